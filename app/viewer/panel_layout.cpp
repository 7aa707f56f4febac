#include "app/viewer/panel_layout.hpp"

#include <algorithm>

namespace incimap::app {

float status_bar_height() { return ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y * 2; }

void place_next_panel(Panel panel) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float scale = ImGui::GetFontSize() / 15.0f;
  const float gap = 8 * scale;
  const float left_width = 300 * scale, right_width = 360 * scale, table_height = 210 * scale;
  const ImVec2 top_left{viewport->WorkPos.x + gap, viewport->WorkPos.y + gap};
  const float bottom = viewport->WorkPos.y + viewport->WorkSize.y - status_bar_height() - gap;
  const float right = viewport->WorkPos.x + viewport->WorkSize.x - gap;
  const float layers_height = 290 * scale;
  ImVec2 pos, size;
  switch (panel) {
    case Panel::layers:
      pos = top_left;
      size = {left_width, layers_height};
      break;
    case Panel::filters:
      pos = {top_left.x, top_left.y + layers_height + gap};
      size = {left_width, std::max(200 * scale, bottom - pos.y)};
      break;
    case Panel::details:
      pos = {right - right_width, top_left.y};
      size = {right_width, std::max(240 * scale, bottom - table_height - gap - top_left.y)};
      break;
    case Panel::table:
      pos = {top_left.x + left_width + gap, bottom - table_height};
      size = {std::max(300 * scale, right - pos.x), table_height};
      break;
    case Panel::messages:
      pos = {top_left.x + left_width + gap, top_left.y};
      size = {520 * scale, 180 * scale};
      break;
    case Panel::article:
      pos = {viewport->WorkPos.x + viewport->WorkSize.x * 0.25f, top_left.y + 40 * scale};
      size = {viewport->WorkSize.x * 0.45f, viewport->WorkSize.y * 0.7f};
      break;
  }
  ImGui::SetNextWindowPos(pos, ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(size, ImGuiCond_FirstUseEver);
}

}  // namespace incimap::app
