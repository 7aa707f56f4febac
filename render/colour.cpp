#include "render/colour.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace incimap::render {
namespace {

std::uint32_t to_byte(float channel) noexcept {
  return std::uint32_t(std::lround(std::clamp(channel, 0.0f, 1.0f) * 255.0f));
}

}  // namespace

std::uint32_t Rgba::to_rgba8() const noexcept {
  return (to_byte(r) << 24) | (to_byte(g) << 16) | (to_byte(b) << 8) | to_byte(a);
}

std::optional<Rgba> parse_hex_colour(std::string_view text) {
  if (text.empty() || text.front() != '#') return std::nullopt;
  text.remove_prefix(1);
  std::string digits;
  if (text.size() == 3) {
    for (char c : text) digits += std::string(2, c);
  } else if (text.size() == 6 || text.size() == 8) {
    digits = text;
  } else {
    return std::nullopt;
  }
  if (digits.size() == 6) digits += "ff";
  std::uint32_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, 16);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  const auto channel = [value](int shift) { return float((value >> shift) & 0xFF) / 255.0f; };
  return Rgba{channel(24), channel(16), channel(8), channel(0)};
}

std::string to_hex(const Rgba& colour) {
  char text[8];
  std::snprintf(text, sizeof text, "#%06x", unsigned(colour.to_rgba8() >> 8));
  return text;
}

}  // namespace incimap::render
