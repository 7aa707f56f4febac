#pragma once
// Reading the evaluator's inputs. Every failure (missing file, unreadable,
// malformed) is an InputError whose message starts with the file name, so the
// CLI can print it as is and exit with its "unreadable input" status.

#include <filesystem>
#include <stdexcept>
#include <string>

namespace incimap::tools {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Whole file as bytes. Throws InputError "NAME: REASON" (e.g. "No such file
// or directory", "is a directory").
std::string read_whole_file(const std::filesystem::path& path);

}  // namespace incimap::tools
