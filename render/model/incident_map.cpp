#include "render/model/incident_map.hpp"

#include <cassert>

namespace incimap::render {

IncidentMap::IncidentMap(std::vector<Incident> incidents, const geo::Projection& projection, LayerGrouping grouping)
    : incidents_(std::move(incidents)), layering_(make_layering(incidents_, grouping)), filter_(incidents_.size(), 1) {
  set_projection(projection);
}

void IncidentMap::set_projection(const geo::Projection& projection) {
  std::vector<double> xs(incidents_.size()), ys(incidents_.size());
  for (std::size_t i = 0; i < incidents_.size(); ++i) {
    xs[i] = incidents_[i].where().lon();
    ys[i] = incidents_[i].where().lat();
  }
  projection.forward_in_place(xs, ys);
  positions_.resize(incidents_.size());
  const geo::MapPoint fallback = projection.world_bounds().centre();
  for (std::size_t i = 0; i < incidents_.size(); ++i) {
    const bool ok = std::isfinite(xs[i]) && std::isfinite(ys[i]);
    positions_[i] = ok ? geo::MapPoint{xs[i], ys[i]} : fallback;
  }
  index_ = ClusterIndex(positions_, projection.world_bounds());
  refresh_shown();
}

void IncidentMap::set_grouping(LayerGrouping grouping) {
  layering_ = make_layering(incidents_, grouping);
  refresh_shown();
}

void IncidentMap::set_layer_visible(std::size_t layer, bool visible) {
  if (layer >= layering_.layers.size() || layering_.layers[layer].visible == visible) return;
  layering_.layers[layer].visible = visible;
  refresh_shown();
}

void IncidentMap::set_layer_colour(std::size_t layer, const Rgba& colour) {
  if (layer < layering_.layers.size()) layering_.layers[layer].colour = colour;
}

void IncidentMap::replace_incident(std::size_t index, Incident incident, const geo::Projection& projection) {
  assert(index < incidents_.size());
  positions_[index] = projection.forward(incident.where()).value_or(projection.world_bounds().centre());
  incidents_[index] = std::move(incident);
  index_ = ClusterIndex(positions_, projection.world_bounds());
  refresh_shown();
}

void IncidentMap::set_filter(std::vector<std::uint8_t> passes) {
  assert(passes.size() == incidents_.size());
  filter_ = std::move(passes);
  refresh_shown();
}

bool IncidentMap::is_shown(std::size_t incident) const noexcept {
  return filter_[incident] != 0 && layering_.layers[layering_.layer_of[incident]].visible;
}

void IncidentMap::refresh_shown() {
  std::vector<std::uint8_t> shown(incidents_.size());
  for (std::size_t i = 0; i < incidents_.size(); ++i) shown[i] = is_shown(i) ? 1 : 0;
  shown_ = VisibleSums(index_, positions_, layering_.layer_of, layering_.layers.size(), shown);
}

geo::MapRect IncidentMap::shown_bounds() const {
  geo::MapRect bounds, all;
  for (std::size_t i = 0; i < incidents_.size(); ++i) {
    all.expand(positions_[i]);
    if (is_shown(i)) bounds.expand(positions_[i]);
  }
  return bounds.empty() ? all : bounds;
}

}  // namespace incimap::render
