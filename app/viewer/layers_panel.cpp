#include "app/viewer/layers_panel.hpp"

#include <array>

#include <imgui.h>

#include "app/viewer/panel_layout.hpp"

namespace incimap::app {
namespace {

constexpr std::array kGroupings = {render::LayerGrouping::event_type, render::LayerGrouping::source,
                                   render::LayerGrouping::country, render::LayerGrouping::month};

void grouping_selector(const ViewerModel& model, CommandList& commands) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Colour by");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##grouping", render::grouping_name(model.grouping()))) {
    for (const auto grouping : kGroupings) {
      if (ImGui::Selectable(render::grouping_name(grouping), grouping == model.grouping())) {
        commands.push_back(SetGrouping{grouping});
      }
    }
    ImGui::EndCombo();
  }
}

void style_selector(const ViewerModel& model, CommandList& commands) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Show as");
  ImGui::SameLine();
  const bool density = model.incident_style() == render::IncidentStyle::density;
  if (ImGui::RadioButton("Markers", !density) && density) {
    commands.push_back(SetIncidentStyle{render::IncidentStyle::markers});
  }
  ImGui::SameLine();
  if (ImGui::RadioButton("Density", density) && !density) {
    commands.push_back(SetIncidentStyle{render::IncidentStyle::density});
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("A heatmap of the shown incidents: where they crowd");
}

void layer_row(const ViewerModel& model, std::size_t index, CommandList& commands) {
  const render::Layer& layer = model.map()->layering().layers[index];
  ImGui::PushID(int(index));
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  bool visible = layer.visible;
  if (ImGui::Checkbox("##visible", &visible)) {
    commands.push_back(SetLayerVisibility{layer.name, visible ? Visibility::shown : Visibility::hidden});
  }
  ImGui::TableNextColumn();
  float rgb[3] = {layer.colour.r, layer.colour.g, layer.colour.b};
  if (ImGui::ColorEdit3("##colour", rgb, ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoLabel)) {
    commands.push_back(SetLayerColour{layer.name, render::Rgba{rgb[0], rgb[1], rgb[2], 1.0f}});
  }
  ImGui::TableNextColumn();
  if (!layer.visible) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(layer.name.c_str());
  if (ImGui::IsItemHovered() && ImGui::CalcTextSize(layer.name.c_str()).x > ImGui::GetColumnWidth()) {
    ImGui::SetTooltip("%s", layer.name.c_str());
  }
  ImGui::TableNextColumn();
  const std::size_t filtered = model.filtered_in_layer(index);
  if (filtered == layer.count) {
    ImGui::Text("%zu", layer.count);
  } else {
    ImGui::Text("%zu / %zu", filtered, layer.count);
  }
  if (!layer.visible) ImGui::PopStyleColor();
  ImGui::PopID();
}

void show_all_buttons(const ViewerModel& model, CommandList& commands) {
  const auto& layers = model.map()->layering().layers;
  if (ImGui::SmallButton("Show all")) {
    for (const auto& layer : layers) commands.push_back(SetLayerVisibility{layer.name, Visibility::shown});
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Hide all")) {
    for (const auto& layer : layers) commands.push_back(SetLayerVisibility{layer.name, Visibility::hidden});
  }
}

}  // namespace

void draw_layers_panel(const ViewerModel& model, UiState& ui, CommandList& commands) {
  if (!ui.panels.layers) return;
  place_next_panel(Panel::layers, ui.docking);
  if (!ImGui::Begin(kLayersWindow, &ui.panels.layers)) {
    ImGui::End();
    return;
  }
  grouping_selector(model, commands);
  style_selector(model, commands);
  if (!model.map() || model.map()->layering().layers.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled(model.busy() ? "Loading…"
                                     : "No incidents loaded. Open a file (File ▸ Open…, Ctrl+O) or drop files onto "
                                       "the window: incident GeoJSON or GeoPackage, or articles.");
    ImGui::PopTextWrapPos();
    ImGui::End();
    return;
  }
  show_all_buttons(model, commands);
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("##layers", 4, kFlags)) {
    ImGui::TableSetupColumn("on", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("colour", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("layer", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("count", ImGuiTableColumnFlags_WidthFixed);
    for (std::size_t i = 0; i < model.map()->layering().layers.size(); ++i) layer_row(model, i, commands);
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace incimap::app
