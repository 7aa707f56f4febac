#include "geo/resources/resource_dirs.hpp"

#include <cstdlib>
#include <system_error>

namespace incimap::geo {
namespace {

std::filesystem::path executable_folder() {
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::current_path(error) : exe.parent_path();
}

std::filesystem::path find_share_dir() {
  const std::filesystem::path exe = executable_folder();
  std::filesystem::path ancestor = exe.parent_path();
  constexpr int kLevels = 3;  // bin/, tests/, tests/app/ below the prefix or build folder
  for (int level = 0; level < kLevels && !ancestor.empty(); ++level) {
    const auto candidate = ancestor / "share" / "incimap";
    std::error_code error;
    if (std::filesystem::is_directory(candidate, error)) return candidate;
    if (ancestor == ancestor.parent_path()) break;
    ancestor = ancestor.parent_path();
  }
  return (exe.parent_path() / "share" / "incimap").lexically_normal();
}

std::filesystem::path from_environment_or(const char* variable, const std::filesystem::path& fallback) {
  if (const char* value = std::getenv(variable); value != nullptr && *value != '\0') return value;
  return fallback;
}

}  // namespace

const std::filesystem::path& share_dir() {
  static const std::filesystem::path dir = find_share_dir();
  return dir;
}

std::filesystem::path assets_dir() { return from_environment_or("INCIMAP_ASSETS_DIR", share_dir() / "assets"); }

std::filesystem::path data_dir() { return from_environment_or("INCIMAP_DATA_DIR", share_dir() / "data"); }

}  // namespace incimap::geo
