#pragma once
// A command's --help, written from its option table.

#include <cstdio>
#include <string>

#include "app/cli/option_table.hpp"

namespace incimap::app {

// "-o, --output OUT", "--overwrite", "-nln NAME": how help and the man page name an option.
std::string option_label(const Option& option);

// Usage, description, each option group, the epilogue.
void write_help(std::FILE* out, const CommandSpec& spec);

}  // namespace incimap::app
