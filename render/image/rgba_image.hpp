#pragma once
// An 8-bit RGBA image, rows top to bottom, and its PNG file form.

#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace incimap::render {

struct RgbaImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  // width * height * 4, row 0 is the top

  // Precondition: 0 <= x < width, 0 <= y < height.
  std::array<std::uint8_t, 4> at(int x, int y) const noexcept {
    const std::size_t i = (std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4;
    return {pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]};
  }
};

// Throws std::runtime_error naming the path when it cannot be written.
void write_png(const std::string& path, const RgbaImage& image);
// The same PNG to an open stream (stdout for `render -o -`); `name` is what
// errors call it. Throws std::runtime_error when a write fails.
void write_png(std::FILE* file, const std::string& name, const RgbaImage& image);
// Throws std::runtime_error naming the path when it is not a readable image.
RgbaImage read_png(const std::string& path);

}  // namespace incimap::render
