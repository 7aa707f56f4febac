#pragma once
// The hierarchical index behind marker clustering: a linear quadtree. Points
// are sorted once by their Morton (Z-order) key at the finest level, so the
// points of any cell at any level are one contiguous run found by binary
// search. Zooming picks a level; nothing is rebuilt.

#include <cstdint>
#include <span>
#include <vector>

#include "geo/projection/map_point.hpp"

namespace incimap::render {

// A run of positions in ClusterIndex::order(): [begin, end).
struct IndexRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  constexpr bool empty() const noexcept { return begin >= end; }
  constexpr std::uint32_t size() const noexcept { return end - begin; }
  constexpr bool operator==(const IndexRange&) const noexcept = default;
};

struct CellId {
  int level = 0;
  std::uint32_t ix = 0;  // column, from the west edge of the index square
  std::uint32_t iy = 0;  // row, from the south edge
  constexpr bool operator==(const CellId&) const noexcept = default;
};

class ClusterIndex {
 public:
  // Level kFinestLevel splits the world square into 2^24 cells a side, about
  // 2.4 m for Web Mercator: finer than any geocoder's precision.
  static constexpr int kFinestLevel = 24;

  ClusterIndex() = default;
  // Points outside `world` are clamped onto its edge. O(n log n).
  ClusterIndex(std::span<const geo::MapPoint> points, const geo::MapRect& world);

  std::size_t size() const noexcept { return order_.size(); }
  // Point indices (into the constructor's span) in Morton order.
  std::span<const std::uint32_t> order() const noexcept { return order_; }

  // Edge length in metres of a cell at `level`.
  double cell_size(int level) const noexcept;
  // The coarsest level whose cells are at most `cell_pixels` wide on screen.
  int level_for(double metres_per_pixel, double cell_pixels) const noexcept;
  CellId cell_of(geo::MapPoint at, int level) const noexcept;
  geo::MapRect cell_rect(CellId cell) const noexcept;
  IndexRange range_of(CellId cell) const noexcept;

  // Calls visit(CellId, IndexRange) for every non-empty cell of `level`
  // meeting `area`. Precondition: `area` covers a bounded number of cells
  // (a screen's worth at the level level_for() picked).
  template <class Visit>
  void for_each_cell(int level, const geo::MapRect& area, Visit&& visit) const {
    if (order_.empty() || area.empty()) return;
    const CellId low = cell_of({area.min_x, area.min_y}, level);
    const CellId high = cell_of({area.max_x, area.max_y}, level);
    for (std::uint32_t iy = low.iy; iy <= high.iy; ++iy) {
      for (std::uint32_t ix = low.ix; ix <= high.ix; ++ix) {
        const CellId cell{level, ix, iy};
        if (const IndexRange range = range_of(cell); !range.empty()) visit(cell, range);
      }
    }
  }

 private:
  std::vector<std::uint64_t> keys_;  // sorted Morton keys at kFinestLevel
  std::vector<std::uint32_t> order_;
  double origin_x_ = 0;
  double origin_y_ = 0;
  double extent_ = 1;  // metres, the side of the index square
};

// Interleaves the low 32 bits of x and y (x in the even bits).
std::uint64_t morton_key(std::uint32_t x, std::uint32_t y) noexcept;

}  // namespace incimap::render
