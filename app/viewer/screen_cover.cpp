#include "app/viewer/screen_cover.hpp"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <vector>

namespace incimap::app {
namespace {

// Coverage is judged on cells of this many pixels: fine enough for panel
// edges, coarse enough to run every frame.
constexpr int kCellPixels = 4;

}  // namespace

std::optional<ScreenRect> uncovered_bounds(geo::ScreenSize window, std::span<const ScreenRect> covered,
                                           double gap_tolerance) {
  const int columns = (window.width + kCellPixels - 1) / kCellPixels;
  const int rows = (window.height + kCellPixels - 1) / kCellPixels;
  if (columns <= 0 || rows <= 0) return std::nullopt;
  std::vector<std::uint8_t> is_covered(std::size_t(columns) * std::size_t(rows), 0);
  for (const ScreenRect& rect : covered) {
    // A cell counts as covered when it lies wholly inside the grown rectangle.
    const double x0 = rect.min.x - gap_tolerance, y0 = rect.min.y - gap_tolerance;
    const double x1 = rect.max.x + gap_tolerance, y1 = rect.max.y + gap_tolerance;
    const int c0 = std::max(0, int(std::ceil(x0 / kCellPixels))), r0 = std::max(0, int(std::ceil(y0 / kCellPixels)));
    const int c1 = std::min(columns, int(std::floor(x1 / kCellPixels)));
    const int r1 = std::min(rows, int(std::floor(y1 / kCellPixels)));
    for (int r = r0; r < r1; ++r) {
      std::fill_n(is_covered.begin() + std::ptrdiff_t(r) * columns + c0, std::max(0, c1 - c0), std::uint8_t{1});
    }
  }
  int min_c = columns, min_r = rows, max_c = -1, max_r = -1;
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < columns; ++c) {
      if (is_covered[std::size_t(r) * std::size_t(columns) + std::size_t(c)]) continue;
      min_c = std::min(min_c, c);
      max_c = std::max(max_c, c);
      min_r = std::min(min_r, r);
      max_r = std::max(max_r, r);
    }
  }
  if (max_c < 0) return std::nullopt;
  return ScreenRect{{double(min_c * kCellPixels), double(min_r * kCellPixels)},
                    {double(std::min(window.width, (max_c + 1) * kCellPixels)),
                     double(std::min(window.height, (max_r + 1) * kCellPixels))}};
}

}  // namespace incimap::app
