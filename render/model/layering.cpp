#include "render/model/layering.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace incimap::render {
namespace {

// Colour-blind-aware qualitative palette (Okabe-Ito ordering, extended).
constexpr std::array<std::uint32_t, 12> kPalette = {0xD55E00, 0x0072B2, 0xCC79A7, 0x009E73, 0xE69F00, 0x56B4E9,
                                                    0x882255, 0x117733, 0x999933, 0x6F4E7C, 0xAA4499, 0x44AA99};
constexpr std::uint32_t kOtherColour = 0x8A8F98;

std::string group_key(const Incident& incident, LayerGrouping grouping) {
  switch (grouping) {
    case LayerGrouping::event_type: return incident.event_type.empty() ? "Unclassified" : incident.event_type;
    case LayerGrouping::source: {
      if (!incident.source_title.empty()) return incident.source_title;
      const std::string& path = incident.source_url.empty() ? incident.source_file : incident.source_url;
      return path.empty() ? "Unknown source" : path;
    }
    case LayerGrouping::country: return incident.country.empty() ? "Unknown country" : incident.country;
    case LayerGrouping::month:
      return incident.day() ? format_day(*incident.day()).substr(0, 7) : std::string("Undated");
  }
  return {};
}

}  // namespace

const char* grouping_name(LayerGrouping grouping) noexcept {
  switch (grouping) {
    case LayerGrouping::event_type: return "event type";
    case LayerGrouping::source: return "source";
    case LayerGrouping::country: return "country";
    case LayerGrouping::month: return "month";
  }
  return "";
}

Rgba event_type_colour(std::string_view event_type, std::size_t fallback_index) noexcept {
  struct Known {
    std::string_view name;
    std::uint32_t rgb;
  };
  static constexpr Known kKnown[] = {
      {"Battles", 0xC62828},
      {"Explosions/Remote violence", 0xEF6C00},
      {"Violence against civilians", 0x6A1B9A},
      {"Protests", 0x1565C0},
      {"Riots", 0xF9A825},
      {"Strategic developments", 0x00897B},
  };
  for (const auto& known : kKnown) {
    if (known.name == event_type) return Rgba::from_rgb(known.rgb);
  }
  return Rgba::from_rgb(kPalette[fallback_index % kPalette.size()]);
}

Layering make_layering(std::span<const Incident> incidents, LayerGrouping grouping) {
  std::vector<std::string> keys(incidents.size());
  std::unordered_map<std::string, std::size_t> counts;
  for (std::size_t i = 0; i < incidents.size(); ++i) {
    keys[i] = group_key(incidents[i], grouping);
    ++counts[keys[i]];
  }
  std::vector<std::pair<std::string, std::size_t>> groups(counts.begin(), counts.end());
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  // Months read best in calendar order.
  if (grouping == LayerGrouping::month) std::sort(groups.begin(), groups.end());

  Layering layering;
  layering.grouping = grouping;
  const bool needs_other = groups.size() > kMaxLayers;
  const std::size_t named = needs_other ? kMaxLayers - 1 : groups.size();
  std::unordered_map<std::string, std::uint8_t> index_of;
  std::size_t palette_next = 0;
  for (std::size_t i = 0; i < named; ++i) {
    const Rgba colour = grouping == LayerGrouping::event_type ? event_type_colour(groups[i].first, palette_next++)
                                                              : Rgba::from_rgb(kPalette[i % kPalette.size()]);
    layering.layers.push_back({groups[i].first, colour, groups[i].second, true});
    index_of[groups[i].first] = std::uint8_t(i);
  }
  if (needs_other) layering.layers.push_back({"Other", Rgba::from_rgb(kOtherColour), 0, true});
  layering.layer_of.resize(incidents.size());
  for (std::size_t i = 0; i < incidents.size(); ++i) {
    const auto found = index_of.find(keys[i]);
    if (found != index_of.end()) {
      layering.layer_of[i] = found->second;
    } else {
      layering.layer_of[i] = std::uint8_t(named);
      ++layering.layers.back().count;
    }
  }
  return layering;
}

}  // namespace incimap::render
