#include "tests/support/image_diff.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace incimap::test_support {
namespace {

using Pixel = std::array<std::uint8_t, 4>;

int channel_delta(const Pixel& a, const Pixel& b) {
  int worst = 0;
  for (std::size_t c = 0; c < 4; ++c) worst = std::max(worst, std::abs(int(a[c]) - int(b[c])));
  return worst;
}

void put(render::RgbaImage& image, int x, int y, Pixel pixel) {
  const std::size_t i = (std::size_t(y) * std::size_t(image.width) + std::size_t(x)) * 4;
  std::copy(pixel.begin(), pixel.end(), image.pixels.begin() + std::ptrdiff_t(i));
}

// The actual image's luminance squeezed into 200..255, so that the marks
// drawn over it stand out while the map stays recognisable.
Pixel faded(const Pixel& p) {
  const double luminance = 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
  const auto grey = std::uint8_t(200 + std::lround(luminance * 55.0 / 255.0));
  return {grey, grey, grey, 255};
}

// Per-channel sums of each block of one image, blocks in row order.
struct BlockSums {
  int columns = 0, rows = 0;
  std::vector<std::array<double, 4>> sums;
  std::vector<int> counts;
};

BlockSums block_sums(const render::RgbaImage& image, int block) {
  BlockSums result;
  result.columns = (image.width + block - 1) / block;
  result.rows = (image.height + block - 1) / block;
  result.sums.assign(std::size_t(result.columns) * std::size_t(result.rows), {0, 0, 0, 0});
  result.counts.assign(result.sums.size(), 0);
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      const std::size_t b = std::size_t(y / block) * std::size_t(result.columns) + std::size_t(x / block);
      const Pixel p = image.at(x, y);
      for (std::size_t c = 0; c < 4; ++c) result.sums[b][c] += p[c];
      ++result.counts[b];
    }
  }
  return result;
}

void outline_block(render::RgbaImage& picture, int x0, int y0, int block) {
  constexpr Pixel kBlue{30, 90, 230, 255};
  const int x1 = std::min(picture.width, x0 + block) - 1, y1 = std::min(picture.height, y0 + block) - 1;
  for (int x = x0; x <= x1; ++x) {
    put(picture, x, y0, kBlue);
    put(picture, x, y1, kBlue);
  }
  for (int y = y0; y <= y1; ++y) {
    put(picture, x0, y, kBlue);
    put(picture, x1, y, kBlue);
  }
}

}  // namespace

std::string ImageDiff::summary(const ImageTolerance& tolerance) const {
  if (!same_size) return "the images differ in size";
  char text[400];
  std::snprintf(text, sizeof text,
                "%ld pixels (%.3f%%, limit %.3f%%) differ by more than %d in a channel (worst %d); "
                "%ld blocks of %dx%d px differ in mean by more than %.1f (worst %.1f at x=%d y=%d)",
                differing_pixels, differing_fraction * 100, tolerance.differing_fraction * 100, tolerance.channel,
                max_channel_delta, blocks_over, tolerance.block, tolerance.block, tolerance.block_channel,
                worst_block_delta, worst_block_x, worst_block_y);
  return text;
}

ImageDiff compare_images(const render::RgbaImage& expected, const render::RgbaImage& actual,
                         const ImageTolerance& tolerance) {
  ImageDiff diff;
  diff.same_size = expected.width == actual.width && expected.height == actual.height &&
                   expected.pixels.size() == actual.pixels.size();
  diff.picture = actual;
  if (!diff.same_size) return diff;

  constexpr Pixel kRed{220, 20, 20, 255};
  constexpr Pixel kYellow{240, 200, 0, 255};
  for (int y = 0; y < actual.height; ++y) {
    for (int x = 0; x < actual.width; ++x) {
      const Pixel a = actual.at(x, y);
      const int delta = channel_delta(expected.at(x, y), a);
      diff.max_channel_delta = std::max(diff.max_channel_delta, delta);
      if (delta > tolerance.channel) ++diff.differing_pixels;
      put(diff.picture, x, y, delta > tolerance.channel ? kRed : delta > 0 ? kYellow : faded(a));
    }
  }
  const double pixels = double(actual.width) * double(actual.height);
  diff.differing_fraction = pixels > 0 ? double(diff.differing_pixels) / pixels : 0;

  const int block = std::max(1, tolerance.block);
  const BlockSums want = block_sums(expected, block), got = block_sums(actual, block);
  for (int row = 0; row < want.rows; ++row) {
    for (int column = 0; column < want.columns; ++column) {
      const std::size_t b = std::size_t(row) * std::size_t(want.columns) + std::size_t(column);
      double delta = 0;
      for (std::size_t c = 0; c < 4; ++c) {
        delta = std::max(delta, std::abs(want.sums[b][c] - got.sums[b][c]) / want.counts[b]);
      }
      if (delta > diff.worst_block_delta) {
        diff.worst_block_delta = delta;
        diff.worst_block_x = column * block;
        diff.worst_block_y = row * block;
      }
      if (delta > tolerance.block_channel) {
        ++diff.blocks_over;
        outline_block(diff.picture, column * block, row * block, block);
      }
    }
  }
  diff.within_tolerance = diff.differing_fraction <= tolerance.differing_fraction && diff.blocks_over == 0;
  return diff;
}

}  // namespace incimap::test_support
