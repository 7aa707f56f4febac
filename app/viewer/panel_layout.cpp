#include "app/viewer/panel_layout.hpp"

#include <imgui_internal.h>

namespace incimap::app {
namespace {

// The layout's unit: the font scales with the monitor's content scale.
float layout_scale() { return ImGui::GetFontSize() / 15.0f; }

// Where the panel is now: its window, else what imgui.ini remembers of it.
std::optional<PanelBox> current_box(Panel panel) {
  const char* id = panel_window_id(panel);
  if (const ImGuiWindow* window = ImGui::FindWindowByName(id)) {
    return PanelBox{window->Pos.x, window->Pos.y, window->Size.x, window->Size.y};
  }
  if (const ImGuiWindowSettings* settings = ImGui::FindWindowSettings(ImHashStr(id))) {
    if (settings->Size.x > 0 && settings->Size.y > 0) {
      return PanelBox{float(settings->Pos.x), float(settings->Pos.y), float(settings->Size.x), float(settings->Size.y)};
    }
  }
  return std::nullopt;
}

void set_next(const PanelBox& box, ImGuiCond condition) {
  ImGui::SetNextWindowPos({box.x, box.y}, condition);
  ImGui::SetNextWindowSize({box.width, box.height}, condition);
}

}  // namespace

float status_bar_height() { return ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y * 2; }

const char* panel_window_id(Panel panel) noexcept {
  switch (panel) {
    case Panel::layers: return kLayersWindow;
    case Panel::filters: return kFiltersWindow;
    case Panel::details: return kDetailsWindow;
    case Panel::table: return kTableWindowId;
    case Panel::messages: return kMessagesWindow;
    case Panel::article: return kArticleWindow;
  }
  return kLayersWindow;
}

WorkArea panel_work_area() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  // ImGui learns the main menu bar's height only at the end of the first
  // frame; panels placed in it would sit under the bar, and move on the
  // next. The bar is one frame high (ImGui's BeginMainMenuBar).
  const float top = std::max(viewport->WorkPos.y, viewport->Pos.y + ImGui::GetFrameHeight());
  const float bottom = viewport->Pos.y + viewport->Size.y - status_bar_height();
  return {viewport->WorkPos.x, top, viewport->WorkSize.x, std::max(1.0f, bottom - top)};
}

void place_next_panel(Panel panel, PanelDocking& docking) {
  const WorkArea area = panel_work_area();
  const float scale = layout_scale_for(area, layout_scale());
  const auto slot = std::size_t(panel);
  std::optional<WorkArea>& placed_for = docking.placed_for[slot];
  const std::optional<PanelBox> current = current_box(panel);
  if (docking.reset[slot] || !current) {
    set_next(default_panel_box(panel, area, scale), docking.reset[slot] ? ImGuiCond_Always : ImGuiCond_FirstUseEver);
    docking.reset[slot] = false;
  } else if (!placed_for) {
    // Remembered from an earlier run, in a window of another size perhaps.
    const PanelBox moved = docking.remembered_for ? reflow_panel_box(*current, *docking.remembered_for, area, scale)
                                                  : fit_panel_box(*current, area, scale);
    if (!(moved == *current)) set_next(moved, ImGuiCond_Always);
  } else if (!(*placed_for == area)) {
    set_next(reflow_panel_box(*current, *placed_for, area, scale), ImGuiCond_Always);
  }
  placed_for = area;
  docking.last_area = area;
}

}  // namespace incimap::app
