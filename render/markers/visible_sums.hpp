#pragma once
// Prefix sums over the cluster index's order of what is currently shown
// (layer toggles and filters applied): a cluster's visible count, centroid
// and main layer in O(layers) per cluster. Rebuilt in O(n) when the filter
// changes; the index itself is not.

#include <cstdint>
#include <span>
#include <vector>

#include "geo/projection/map_point.hpp"
#include "render/markers/cluster_index.hpp"

namespace incimap::render {

class VisibleSums {
 public:
  VisibleSums() = default;
  // Per incident i: positions[i], layer_of[i] < layer_count, shown[i] != 0
  // when it passes the filters. Preconditions: the spans match the index size.
  VisibleSums(const ClusterIndex& index, std::span<const geo::MapPoint> positions,
              std::span<const std::uint8_t> layer_of, std::size_t layer_count, std::span<const std::uint8_t> shown);

  std::uint32_t count(IndexRange range) const noexcept { return total_[range.end] - total_[range.begin]; }
  std::uint32_t count_in_layer(IndexRange range, std::size_t layer) const noexcept;
  std::uint32_t count_in_layer(std::span<const IndexRange> ranges, std::size_t layer) const noexcept;
  std::size_t layer_count() const noexcept { return layer_count_; }
  // Mean position of the shown incidents. Precondition: count(range) > 0.
  geo::MapPoint centroid(IndexRange range) const noexcept;
  // The layer with the most shown incidents (lowest index on ties), over one
  // run or several (a cluster merged from neighbouring cells).
  std::uint8_t main_layer(IndexRange range) const noexcept;
  std::uint8_t main_layer(std::span<const IndexRange> ranges) const noexcept;
  // The position in order() of the first shown incident. Precondition: count(range) > 0.
  std::uint32_t first_shown(IndexRange range) const noexcept;
  bool shown_at(std::uint32_t position) const noexcept { return total_[position + 1] != total_[position]; }

 private:
  std::size_t layer_count_ = 0;
  std::vector<std::uint32_t> total_;     // n + 1
  std::vector<std::uint32_t> by_layer_;  // (n + 1) * layer_count_
  std::vector<double> sum_x_;            // n + 1, metres
  std::vector<double> sum_y_;
};

}  // namespace incimap::render
