#include "render/assets.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

namespace incimap::render {
namespace {

std::filesystem::path executable_folder() {
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path() : exe.parent_path();
}

std::vector<std::filesystem::path> asset_roots() {
  std::vector<std::filesystem::path> roots;
  if (const char* env = std::getenv("INCIMAP_ASSETS"); env && *env) roots.emplace_back(env);
  if (const auto exe = executable_folder(); !exe.empty()) {
    roots.push_back(exe / ".." / "assets");
    roots.push_back(exe / ".." / "share" / "incimap" / "assets");
  }
  roots.emplace_back(INCIMAP_SOURCE_DIR "/assets");
  return roots;
}

}  // namespace

std::filesystem::path asset_path(std::string_view relative) {
  std::string tried;
  for (const auto& root : asset_roots()) {
    const auto candidate = root / relative;
    if (std::filesystem::exists(candidate)) return candidate.lexically_normal();
    tried += (tried.empty() ? "" : ", ") + candidate.string();
  }
  throw std::runtime_error("cannot find asset " + std::string(relative) + " (tried " + tried + ")");
}

std::filesystem::path data_path(std::string_view relative) {
  std::vector<std::filesystem::path> roots;
  if (const char* env = std::getenv("INCIMAP_DATA_DIR"); env && *env) roots.emplace_back(env);
  roots.emplace_back(INCIMAP_SOURCE_DIR "/.data");
  for (const auto& root : roots) {
    const auto candidate = root / relative;
    if (std::filesystem::exists(candidate)) return candidate;
  }
  return {};
}

}  // namespace incimap::render
