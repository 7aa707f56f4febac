#pragma once
// JSON Lines files read whole: each non-blank line parsed and handed on,
// every failure reported as InputError "FILE:LINE: REASON".

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "geoparse_eval/input_file.hpp"

namespace incimap::tools {

// The string member `key`; empty when absent or null. Throws InputError
// when it is there but not a string.
inline std::string string_or_empty(const nlohmann::json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return {};
  if (!found->is_string()) throw InputError(std::string("\"") + key + "\" must be a string or null");
  return found->get<std::string>();
}

// Calls `handle(line)` for each non-blank line of `content` (whitespace and
// the GeoJSONSeq record separator 0x1E count as blank).
template <typename Handle>
void for_each_line(const std::string& path, const std::string& content, Handle handle) {
  std::size_t line_number = 0;
  for (std::size_t at = 0; at < content.size();) {
    std::size_t newline = content.find('\n', at);
    if (newline == std::string::npos) newline = content.size();
    const std::string_view line(content.data() + at, newline - at);
    ++line_number;
    at = newline + 1;
    if (line.find_first_not_of(" \t\r\x1e") == std::string_view::npos) continue;
    try {
      handle(line);
    } catch (const std::exception& e) {
      throw InputError(path + ":" + std::to_string(line_number) + ": " + e.what());
    }
  }
}

}  // namespace incimap::tools
