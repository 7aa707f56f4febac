#include "app/viewer/table_panel.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include <imgui.h>

#include "app/viewer/panel_layout.hpp"

namespace incimap::app {
namespace {

struct ColumnSpec {
  const char* title;
  TableColumn column;
  float width;  // in font heights
};

constexpr std::array<ColumnSpec, 7> kColumns = {{
    {"Date", TableColumn::date, 5.6f},
    {"Type", TableColumn::event_type, 9.0f},
    {"Place", TableColumn::location, 7.0f},
    {"CC", TableColumn::country, 2.2f},
    {"Dead", TableColumn::fatalities, 3.2f},
    {"Conf.", TableColumn::confidence, 3.2f},
    {"Title", TableColumn::title, 24.0f},
}};

void apply_sort_specs(const ViewerModel& model, CommandList& commands) {
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (!specs || !specs->SpecsDirty || specs->SpecsCount == 0) return;
  const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
  const TableSort sort{kColumns[std::size_t(spec.ColumnIndex)].column,
                       spec.SortDirection == ImGuiSortDirection_Ascending ? SortOrder::ascending : SortOrder::descending};
  if (sort != model.table_sort()) commands.push_back(SetTableSort{sort});
  specs->SpecsDirty = false;
}

void row(const ViewerModel& model, std::uint32_t index, CommandList& commands) {
  const render::Incident& incident = model.incidents()[index];
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushID(int(index));
  const bool selected = model.selected() == index;
  constexpr ImGuiSelectableFlags kRowFlags = ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap;
  const std::string date = incident.date_text();
  if (ImGui::Selectable(date.empty() ? "undated" : date.c_str(), selected, kRowFlags)) {
    commands.push_back(SelectIncident{index, CameraMove::fly_to});
  }
  ImGui::PopID();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(incident.event_type.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(incident.location.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(incident.country.c_str());
  ImGui::TableNextColumn();
  ImGui::Text("%d", incident.fatalities_or_zero());
  ImGui::TableNextColumn();
  ImGui::Text("%.2f", incident.confidence());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(incident.title.c_str());
}

}  // namespace

void draw_table_panel(const ViewerModel& model, UiState& ui, CommandList& commands) {
  if (!ui.panels.table) return;
  place_next_panel(Panel::table, ui.docking);
  char title[96];
  std::snprintf(title, sizeof title, "%s (%zu of %zu)%s", kTableWindow, model.table_rows().size(),
                model.incident_count(), kTableWindowId);
  if (!ImGui::Begin(title, &ui.panels.table)) {
    ImGui::End();
    return;
  }
  // Scrolls sideways in a narrow window rather than squeezing the title away.
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                     ImGuiTableFlags_RowBg |
                                     ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                     ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable |
                                     ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("##incidents", int(kColumns.size()), kFlags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const ColumnSpec& spec : kColumns) {
      ImGuiTableColumnFlags flags = ImGuiTableColumnFlags_WidthFixed;
      if (spec.column == TableColumn::date) flags |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending;
      ImGui::TableSetupColumn(spec.title, flags, spec.width * ImGui::GetFontSize(), ImGuiID(spec.column));
    }
    ImGui::TableHeadersRow();
    apply_sort_specs(model, commands);
    const auto rows = model.table_rows();
    if (ui.scroll_table_to) {
      const auto found = std::find(rows.begin(), rows.end(), *ui.scroll_table_to);
      if (found != rows.end()) {
        const float row_height = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
        ImGui::SetScrollY(std::max(0.0f, float(found - rows.begin() - 2) * row_height));
      }
      ui.scroll_table_to.reset();
    }
    ImGuiListClipper clipper;
    clipper.Begin(int(rows.size()));
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) row(model, rows[std::size_t(r)], commands);
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace incimap::app
