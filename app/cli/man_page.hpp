#pragma once
// incimap(1), in roff, written from the option tables (command_line.hpp):
// `incimap --man-page > incimap.1` at build time, installed by cmake.

#include <cstdio>

namespace incimap::app {

void write_man_page(std::FILE* out);

}  // namespace incimap::app
