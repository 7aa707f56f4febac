#pragma once
// The incidents as the map holds them: projected positions, layers, the
// cluster index (built once per projection) and what filters and layer
// toggles currently show.

#include <cstdint>
#include <span>
#include <vector>

#include "geo/projection/projection.hpp"
#include "render/markers/cluster_index.hpp"
#include "render/markers/marks.hpp"
#include "render/markers/visible_sums.hpp"
#include "render/model/incident.hpp"
#include "render/model/layering.hpp"

namespace incimap::render {

class IncidentMap {
 public:
  IncidentMap(std::vector<Incident> incidents, const geo::Projection& projection,
              LayerGrouping grouping = LayerGrouping::event_type);

  std::span<const Incident> incidents() const noexcept { return incidents_; }
  std::span<const geo::MapPoint> positions() const noexcept { return positions_; }
  const Layering& layering() const noexcept { return layering_; }
  const ClusterIndex& index() const noexcept { return index_; }
  const VisibleSums& shown() const noexcept { return shown_; }
  MarkSource marks() const { return MarkSource(index_, shown_, positions_, incidents_); }

  // Reprojects and rebuilds the index: the only operation that does.
  void set_projection(const geo::Projection& projection);
  void set_grouping(LayerGrouping grouping);
  void set_layer_visible(std::size_t layer, bool visible);
  // A layer's marker colour (the viewer lets a user pick one).
  void set_layer_colour(std::size_t layer, const Rgba& colour);
  // Replaces one incident's record (a user's correction of its geocode): it
  // is reprojected and the cluster index rebuilt, O(n log n). It keeps its
  // layer until the grouping is set again. Precondition: index < size.
  void replace_incident(std::size_t index, Incident incident, const geo::Projection& projection);
  // Per incident, nonzero when it passes the filters (all pass by default).
  // Precondition: one entry per incident.
  void set_filter(std::vector<std::uint8_t> passes);
  bool is_shown(std::size_t incident) const noexcept;
  std::size_t shown_count() const noexcept { return shown_.count({0, std::uint32_t(incidents_.size())}); }

  // Bounds of the shown incidents (of all when none is shown).
  geo::MapRect shown_bounds() const;

 private:
  void refresh_shown();

  std::vector<Incident> incidents_;
  std::vector<geo::MapPoint> positions_;
  Layering layering_;
  ClusterIndex index_;
  std::vector<std::uint8_t> filter_;
  VisibleSums shown_;
};

}  // namespace incimap::render
