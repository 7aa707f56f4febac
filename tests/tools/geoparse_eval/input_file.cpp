#include "geoparse_eval/input_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace incimap::tools {

std::string read_whole_file(const std::filesystem::path& path) {
  // ifstream opens a directory on Linux and then fails on read with no errno,
  // so a directory is named explicitly.
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) throw InputError(path.string() + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string() + ": " + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw InputError(path.string() + ": read failed");
  return std::move(bytes).str();
}

}  // namespace incimap::tools
