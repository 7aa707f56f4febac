#pragma once
// Pixel assertions shared by the render, render CLI and viewer tests: a
// pixel read back is a style colour within a tolerance (llvmpipe rounds
// blends), and how to print one when it is not.

#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "render/colour.hpp"

namespace incimap::render {

inline bool near(const std::array<std::uint8_t, 4>& pixel, const Rgba& colour, int tolerance = 4) {
  const std::uint32_t expected = colour.to_rgba8();
  return std::abs(int(pixel[0]) - int(expected >> 24)) <= tolerance &&
         std::abs(int(pixel[1]) - int((expected >> 16) & 0xFF)) <= tolerance &&
         std::abs(int(pixel[2]) - int((expected >> 8) & 0xFF)) <= tolerance && pixel[3] == 255;
}

inline std::string describe(const std::array<std::uint8_t, 4>& p) {
  return "rgba(" + std::to_string(p[0]) + "," + std::to_string(p[1]) + "," + std::to_string(p[2]) + "," +
         std::to_string(p[3]) + ")";
}

}  // namespace incimap::render
