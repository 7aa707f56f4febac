#include "render/markers/cluster_index.hpp"

#include <algorithm>
#include <cmath>

namespace incimap::render {
namespace {

std::uint64_t spread_bits(std::uint32_t v) noexcept {
  std::uint64_t x = v;
  x = (x | (x << 16)) & 0x0000FFFF0000FFFFull;
  x = (x | (x << 8)) & 0x00FF00FF00FF00FFull;
  x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0Full;
  x = (x | (x << 2)) & 0x3333333333333333ull;
  x = (x | (x << 1)) & 0x5555555555555555ull;
  return x;
}

}  // namespace

std::uint64_t morton_key(std::uint32_t x, std::uint32_t y) noexcept { return spread_bits(x) | (spread_bits(y) << 1); }

ClusterIndex::ClusterIndex(std::span<const geo::MapPoint> points, const geo::MapRect& world) {
  if (!world.empty()) {
    origin_x_ = world.min_x;
    origin_y_ = world.min_y;
    extent_ = std::max(world.width(), world.height());
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    const CellId cell = cell_of(points[i], kFinestLevel);
    keyed[i] = {morton_key(cell.ix, cell.iy), std::uint32_t(i)};
  }
  std::sort(keyed.begin(), keyed.end());
  keys_.resize(keyed.size());
  order_.resize(keyed.size());
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    keys_[i] = keyed[i].first;
    order_[i] = keyed[i].second;
  }
}

double ClusterIndex::cell_size(int level) const noexcept { return std::ldexp(extent_, -level); }

int ClusterIndex::level_for(double metres_per_pixel, double cell_pixels) const noexcept {
  const double cells = extent_ / (metres_per_pixel * cell_pixels);
  if (!(cells > 1)) return 0;
  return std::clamp(int(std::ceil(std::log2(cells))), 0, kFinestLevel);
}

CellId ClusterIndex::cell_of(geo::MapPoint at, int level) const noexcept {
  const double cells = std::ldexp(1.0, level);
  const auto clamp_index = [cells](double v) {
    return std::uint32_t(std::clamp(std::floor(v * cells), 0.0, cells - 1));
  };
  return {level, clamp_index((at.x - origin_x_) / extent_), clamp_index((at.y - origin_y_) / extent_)};
}

geo::MapRect ClusterIndex::cell_rect(CellId cell) const noexcept {
  const double size = cell_size(cell.level);
  const geo::MapPoint low{origin_x_ + cell.ix * size, origin_y_ + cell.iy * size};
  return geo::MapRect::from_corners(low, {low.x + size, low.y + size});
}

IndexRange ClusterIndex::range_of(CellId cell) const noexcept {
  const int shift = 2 * (kFinestLevel - cell.level);
  const std::uint64_t first = morton_key(cell.ix, cell.iy) << shift;
  const std::uint64_t past = first + (std::uint64_t(1) << shift);
  const auto begin = std::lower_bound(keys_.begin(), keys_.end(), first);
  const auto end = std::lower_bound(begin, keys_.end(), past);
  return {std::uint32_t(begin - keys_.begin()), std::uint32_t(end - keys_.begin())};
}

}  // namespace incimap::render
