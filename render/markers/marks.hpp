#pragma once
// What the marker layer shows at a zoom: the incidents of each non-empty
// cluster cell gathered into one mark, then marks whose discs would touch on
// screen merged (as supercluster merges within a screen radius) until no two
// overlap; each mark is a single incident or a cluster with its count. And
// which mark is under the cursor.

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "geo/projection/screen_point.hpp"
#include "render/camera.hpp"
#include "render/markers/cluster_index.hpp"
#include "render/markers/visible_sums.hpp"
#include "render/model/incident.hpp"

namespace incimap::render {

// Cells are this many pixels wide: marks closer than about this merge.
inline constexpr double kClusterCellPixels = 56;
// Largest disc a mark draws, in pixels: cluster_radius' cap; a single
// incident's radius and halo stay under it.
inline constexpr double kMaxMarkRadius = 26;
// Pixels kept clear between the discs of two marks.
inline constexpr double kMarkGapPixels = 2;

struct Mark {
  geo::MapPoint at;                 // the incident, or the centroid of the shown members of the
                                    // cluster's main cell (the one that absorbed its neighbours)
  std::vector<IndexRange> members;  // runs of ClusterIndex::order(), one per cell merged in
  std::uint32_t count = 0;     // shown incidents it stands for
  std::uint32_t incident = 0;  // index of the incident when count == 1
  std::uint8_t layer = 0;      // the (main) layer: its colour
  bool is_cluster() const noexcept { return count > 1; }
};

// Marker radius in pixels: grows with the square root of the dead (area
// tracks the toll), 5..16 px.
double incident_radius(int fatalities) noexcept;
// Halo width in pixels around an uncertain location (0 when certain).
double uncertainty_halo(const Incident& incident) noexcept;
// Cluster radius in pixels: grows with the log of the count, 11..26 px.
double cluster_radius(std::uint32_t count) noexcept;
double mark_radius(const Mark& mark, std::span<const Incident> incidents) noexcept;

class MarkSource {
 public:
  // All references must outlive the MarkSource.
  MarkSource(const ClusterIndex& index, const VisibleSums& shown, std::span<const geo::MapPoint> positions,
             std::span<const Incident> incidents);

  // Every mark on screen (and a margin around it), no two overlapping
  // (kMarkGapPixels apart at least), largest first so small ones are drawn
  // on top. Cost follows the cells on screen, not the number of incidents.
  std::vector<Mark> visible(const Camera& camera) const;
  // The mark under `cursor`: of visible(camera), the nearest whose disc
  // (with a few pixels of slack for small ones) holds the cursor.
  std::optional<Mark> pick(const Camera& camera, geo::ScreenPoint cursor) const;
  // Incident indices of a mark's shown members, in index order.
  std::vector<std::uint32_t> members(const Mark& mark) const;
  // Bounding box of a mark's shown members.
  geo::MapRect members_bounds(const Mark& mark) const;

 private:
  Mark make_mark(IndexRange range) const;
  void merge_overlapping(std::vector<Mark>& marks, const Camera& camera) const;

  const ClusterIndex& index_;
  const VisibleSums& shown_;
  std::span<const geo::MapPoint> positions_;
  std::span<const Incident> incidents_;
};

}  // namespace incimap::render
