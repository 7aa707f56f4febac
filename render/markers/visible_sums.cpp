#include "render/markers/visible_sums.hpp"

#include <algorithm>
#include <cassert>

namespace incimap::render {

VisibleSums::VisibleSums(const ClusterIndex& index, std::span<const geo::MapPoint> positions,
                         std::span<const std::uint8_t> layer_of, std::size_t layer_count,
                         std::span<const std::uint8_t> shown)
    : layer_count_(layer_count) {
  const auto order = index.order();
  assert(positions.size() == order.size() && layer_of.size() == order.size() && shown.size() == order.size());
  const std::size_t n = order.size();
  total_.assign(n + 1, 0);
  by_layer_.assign((n + 1) * layer_count_, 0);
  sum_x_.assign(n + 1, 0);
  sum_y_.assign(n + 1, 0);
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t i = order[k];
    const bool visible = shown[i] != 0;
    total_[k + 1] = total_[k] + (visible ? 1 : 0);
    sum_x_[k + 1] = sum_x_[k] + (visible ? positions[i].x : 0);
    sum_y_[k + 1] = sum_y_[k] + (visible ? positions[i].y : 0);
    const std::uint32_t* previous = &by_layer_[k * layer_count_];
    std::uint32_t* current = &by_layer_[(k + 1) * layer_count_];
    std::copy(previous, previous + layer_count_, current);
    if (visible && layer_of[i] < layer_count_) ++current[layer_of[i]];
  }
}

std::uint32_t VisibleSums::count_in_layer(IndexRange range, std::size_t layer) const noexcept {
  return by_layer_[range.end * layer_count_ + layer] - by_layer_[range.begin * layer_count_ + layer];
}

std::uint32_t VisibleSums::count_in_layer(std::span<const IndexRange> ranges, std::size_t layer) const noexcept {
  std::uint32_t total = 0;
  for (const IndexRange& range : ranges) total += count_in_layer(range, layer);
  return total;
}

geo::MapPoint VisibleSums::centroid(IndexRange range) const noexcept {
  const double n = count(range);
  return {(sum_x_[range.end] - sum_x_[range.begin]) / n, (sum_y_[range.end] - sum_y_[range.begin]) / n};
}

std::uint8_t VisibleSums::main_layer(IndexRange range) const noexcept { return main_layer(std::span(&range, 1)); }

std::uint8_t VisibleSums::main_layer(std::span<const IndexRange> ranges) const noexcept {
  std::uint8_t best = 0;
  std::uint32_t best_count = 0;
  for (std::size_t layer = 0; layer < layer_count_; ++layer) {
    if (const std::uint32_t c = count_in_layer(ranges, layer); c > best_count) {
      best_count = c;
      best = std::uint8_t(layer);
    }
  }
  return best;
}

std::uint32_t VisibleSums::first_shown(IndexRange range) const noexcept {
  // total_ is non-decreasing; the first shown incident is where it first
  // rises above its value at range.begin.
  const auto first = std::upper_bound(total_.begin() + range.begin + 1, total_.begin() + range.end + 1,
                                      total_[range.begin]);
  return std::uint32_t(first - total_.begin() - 1);
}

}  // namespace incimap::render
