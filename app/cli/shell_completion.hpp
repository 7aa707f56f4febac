#pragma once
// Bash and zsh completion scripts, written from the option tables
// (command_line.hpp): `incimap --completion bash|zsh`, run at build time
// and installed by cmake, or sourced straight from the binary.

#include <cstdio>

namespace incimap::app {

void write_bash_completion(std::FILE* out);
void write_zsh_completion(std::FILE* out);

}  // namespace incimap::app
