#pragma once
// Colours as straight (not premultiplied) RGBA in 0..1.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace incimap::render {

struct Rgba {
  float r = 0, g = 0, b = 0, a = 1;
  constexpr bool operator==(const Rgba&) const noexcept = default;

  constexpr Rgba with_alpha(float alpha) const noexcept { return {r, g, b, alpha}; }
  // 0xRRGGBB, opaque.
  static constexpr Rgba from_rgb(std::uint32_t rgb) noexcept {
    return {float((rgb >> 16) & 0xFF) / 255.0f, float((rgb >> 8) & 0xFF) / 255.0f, float(rgb & 0xFF) / 255.0f, 1.0f};
  }
  std::uint32_t to_rgba8() const noexcept;  // 0xRRGGBBAA
};

// "#rgb", "#rrggbb" or "#rrggbbaa"; nullopt for anything else.
std::optional<Rgba> parse_hex_colour(std::string_view text);
std::string to_hex(const Rgba& colour);  // "#rrggbb"

}  // namespace incimap::render
