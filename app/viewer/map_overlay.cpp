#include "app/viewer/map_overlay.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "app/viewer/details_panel.hpp"
#include "app/viewer/panel_layout.hpp"

namespace incimap::app {
namespace {

void incident_tooltip(const render::Incident& incident) {
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
  ImGui::TextUnformatted(incident.title.empty() ? incident.id.c_str() : incident.title.c_str());
  ImGui::PopTextWrapPos();
  const std::string date = incident.date_text();
  ImGui::TextDisabled("%s  ·  %s", date.empty() ? "undated" : date.c_str(),
                      incident.event_type.c_str());
  std::string place = incident.location;
  if (!incident.country.empty()) place += " (" + incident.country + ")";
  ImGui::Text("%s", place.c_str());
  if (incident.is_uncertain()) ImGui::TextDisabled("Approximate: %s", describe(incident.precision()));
}

void cluster_tooltip(const ViewerModel& model, const render::Mark& mark) {
  const render::IncidentMap& map = *model.map();
  ImGui::Text("%u incidents", mark.count);
  // The layers it holds, most first (at most five lines).
  std::vector<std::pair<std::uint32_t, std::size_t>> by_layer;
  for (std::size_t layer = 0; layer < map.shown().layer_count(); ++layer) {
    const std::uint32_t count = map.shown().count_in_layer(mark.members, layer);
    if (count > 0) by_layer.emplace_back(count, layer);
  }
  std::sort(by_layer.rbegin(), by_layer.rend());
  for (std::size_t i = 0; i < by_layer.size() && i < 5; ++i) {
    const render::Layer& layer = map.layering().layers[by_layer[i].second];
    ImGui::ColorButton("##swatch", {layer.colour.r, layer.colour.g, layer.colour.b, 1.0f},
                       ImGuiColorEditFlags_NoTooltip, {ImGui::GetFontSize() * 0.7f, ImGui::GetFontSize() * 0.7f});
    ImGui::SameLine();
    ImGui::Text("%u  %s", by_layer[i].first, layer.name.c_str());
  }
  const geo::MapRect bounds = map.marks().members_bounds(mark);
  const bool one_spot = std::max(bounds.width(), bounds.height()) < kMinMetresPerPixel * render::kClusterCellPixels;
  ImGui::TextDisabled(one_spot ? "Click to list them" : "Click to zoom in");
}

}  // namespace

void draw_map_tooltip(const ViewerModel& model, const MapView& view) {
  const auto& hovered = view.hovered();
  if (!hovered || !model.map() || view.marker_drag()) return;
  ImGui::BeginTooltip();
  if (hovered->is_cluster()) {
    cluster_tooltip(model, *hovered);
  } else {
    incident_tooltip(model.incidents()[hovered->incident]);
  }
  ImGui::EndTooltip();
}

double round_scale_length(double metres) noexcept {
  if (!(metres > 0)) return 0;
  const double power = std::pow(10.0, std::floor(std::log10(metres)));
  for (const double step : {5.0, 2.0, 1.0}) {
    if (step * power <= metres) return step * power;
  }
  return power;
}

void draw_scale_bar(const ViewerModel& model, const MapView& view, float framebuffer_scale) {
  const render::Camera& camera = view.camera();
  const geo::ScreenSize size = camera.viewport();
  const geo::ScreenPoint centre{size.width / 2.0, size.height / 2.0};
  constexpr double kProbePixels = 100;
  const auto a = model.projection().inverse(camera.to_map(centre));
  const auto b = model.projection().inverse(camera.to_map({centre.x + kProbePixels, centre.y}));
  if (!a || !b) return;
  const double metres_per_pixel = geo::great_circle_km(*a, *b) * 1000 / kProbePixels;
  if (!(metres_per_pixel > 0)) return;
  const double target_pixels = 120 * framebuffer_scale;
  const double length = round_scale_length(metres_per_pixel * target_pixels);
  const float bar = float(length / metres_per_pixel / framebuffer_scale);  // in ImGui (window) pixels
  char label[32];
  if (length >= 1000) {
    std::snprintf(label, sizeof label, "%g km", length / 1000);
  } else {
    std::snprintf(label, sizeof label, "%g m", length);
  }
  const MapInsets& insets = view.insets();
  const ImVec2 origin{float(insets.left / framebuffer_scale) + 14,
                      float((size.height - insets.bottom) / framebuffer_scale) - 18};
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const ImU32 ink = IM_COL32(40, 44, 52, 230), paper = IM_COL32(255, 255, 255, 200);
  const ImVec2 text = ImGui::CalcTextSize(label);
  draw->AddRectFilled({origin.x - 6, origin.y - text.y - 6}, {origin.x + bar + 6, origin.y + 6}, paper, 3);
  draw->AddLine({origin.x, origin.y}, {origin.x + bar, origin.y}, ink, 2);
  draw->AddLine({origin.x, origin.y - 5}, {origin.x, origin.y + 1}, ink, 2);
  draw->AddLine({origin.x + bar, origin.y - 5}, {origin.x + bar, origin.y + 1}, ink, 2);
  draw->AddText({origin.x + (bar - text.x) / 2, origin.y - text.y - 3}, ink, label);
}

}  // namespace incimap::app
