#pragma once
// Every subcommand's options (option_table.hpp), in one place: every
// binary holds them all, so `incimap` alone prints the man page and the
// completions of commands it hands to its siblings.

#include <span>
#include <string_view>

#include "app/cli/option_table.hpp"

namespace incimap::app {

// ingest, places, extract, merge, render, view, "gazetteer build",
// "gazetteer lookup", in the order --help lists them.
std::span<const CommandSpec> command_specs();

// The spec named `name`; asserts that there is one (a typo is a bug).
const CommandSpec& command_spec(std::string_view name);

}  // namespace incimap::app
