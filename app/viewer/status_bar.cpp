#include "app/viewer/status_bar.hpp"

#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "app/viewer/panel_layout.hpp"
#include "app/viewer/ui_style.hpp"

namespace incimap::app {
namespace {

ImVec4 notice_colour(NoticeLevel level) {
  switch (level) {
    case NoticeLevel::error: return ImGui::ColorConvertU32ToFloat4(ui_colour::kError);
    case NoticeLevel::warning: return ImGui::ColorConvertU32ToFloat4(ui_colour::kWarning);
    case NoticeLevel::info: break;
  }
  return ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
}

void task_progress(const TaskRunner::Status& task) {
  const std::string text = task.note.empty() ? task.label : task.note;
  const float width = ImGui::GetFontSize() * 14;
  if (task.fraction >= 0) {
    ImGui::ProgressBar(task.fraction, {width, 0}, "");
  } else {
    // Unknown amount of work: a block sweeping to and fro.
    const float t = float(std::fmod(ImGui::GetTime() * 0.8, 2.0));
    const float at = t < 1 ? t : 2 - t;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const float height = ImGui::GetFrameHeight();
    ImGui::Dummy({width, height});
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, {min.x + width, min.y + height}, ImGui::GetColorU32(ImGuiCol_FrameBg), 4);
    const float block = width * 0.25f, x = min.x + (width - block) * at;
    draw->AddRectFilled({x, min.y}, {x + block, min.y + height}, ImGui::GetColorU32(ImGuiCol_PlotHistogram), 4);
  }
  ImGui::SameLine();
  ImGui::TextUnformatted(text.c_str());
}

}  // namespace

void draw_status_bar(const ViewerModel& model, const std::optional<TaskRunner::Status>& task,
                     const std::optional<geo::LonLat>& cursor, UiState& ui) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float height = status_bar_height();
  ImGui::SetNextWindowPos({viewport->WorkPos.x, viewport->WorkPos.y + viewport->WorkSize.y - height});
  ImGui::SetNextWindowSize({viewport->WorkSize.x, height});
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  ImGui::Begin(kStatusWindow, nullptr, kFlags);
  ImGui::PopStyleVar();
  const render::IncidentMap* map = model.map();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%zu of %zu incidents shown", map ? map->shown_count() : 0, model.incident_count());
  ImGui::SameLine(ImGui::GetFontSize() * 15);
  if (cursor) {
    ImGui::TextDisabled("%9.5f° %c  %10.5f° %c", std::abs(cursor->lat()), cursor->lat() >= 0 ? 'N' : 'S',
                        std::abs(cursor->lon()), cursor->lon() >= 0 ? 'E' : 'W');
  }
  ImGui::SameLine(ImGui::GetFontSize() * 29);
  if (task) {
    task_progress(*task);
  } else if (!model.notices().empty()) {
    const Notice& last = model.notices().back();
    ImGui::PushStyleColor(ImGuiCol_Text, notice_colour(last.level));
    ImGui::TextUnformatted(last.text.c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Click for every message");
    if (ImGui::IsItemClicked()) ui.panels.messages = true;
  }
  const char* attribution = "© GeoNames · Natural Earth";
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(attribution).x - ImGui::GetStyle().WindowPadding.x);
  ImGui::TextDisabled("%s", attribution);
  ImGui::End();
}

void draw_messages_panel(const ViewerModel& model, UiState& ui, CommandList& commands) {
  // A new error or warning opens the panel: a failed load must not go unseen.
  for (std::size_t i = ui.notices_seen; i < model.notices().size(); ++i) {
    if (model.notices()[i].level != NoticeLevel::info) ui.panels.messages = true;
  }
  ui.notices_seen = model.notices().size();
  if (!ui.panels.messages) return;
  place_next_panel(Panel::messages);
  if (!ImGui::Begin(kMessagesWindow, &ui.panels.messages)) {
    ImGui::End();
    return;
  }
  if (ImGui::SmallButton("Clear")) commands.push_back(ClearNotices{});
  ImGui::Separator();
  for (const Notice& notice : model.notices()) {
    ImGui::PushStyleColor(ImGuiCol_Text, notice.level == NoticeLevel::info ? ImGui::GetStyleColorVec4(ImGuiCol_Text)
                                                                           : notice_colour(notice.level));
    ImGui::TextWrapped("%s", notice.text.c_str());
    ImGui::PopStyleColor();
  }
  if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY()) ImGui::SetScrollHereY(1.0f);
  ImGui::End();
}

}  // namespace incimap::app
