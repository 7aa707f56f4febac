#pragma once
// Marker layers: incidents grouped by event type (the default), source,
// country or month, each group with its colour and count.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "render/colour.hpp"
#include "render/model/incident.hpp"

namespace incimap::render {

enum class LayerGrouping { event_type, source, country, month };

const char* grouping_name(LayerGrouping grouping) noexcept;  // "event type", "source", ...

struct Layer {
  std::string name;
  Rgba colour;
  std::size_t count = 0;
  bool visible = true;
};

// More groups than this are drawn as one "Other" layer: beyond a dozen
// colours no one can tell the layers apart.
inline constexpr std::size_t kMaxLayers = 12;

struct Layering {
  LayerGrouping grouping = LayerGrouping::event_type;
  std::vector<Layer> layers;           // largest first, "Other" (when present) last
  std::vector<std::uint8_t> layer_of;  // per incident, an index into layers
};

Layering make_layering(std::span<const Incident> incidents, LayerGrouping grouping);

// The colour an event type always gets (ACLED's types have fixed ones so maps
// compare across runs); other names get palette colours in order.
Rgba event_type_colour(std::string_view event_type, std::size_t fallback_index) noexcept;

}  // namespace incimap::render
