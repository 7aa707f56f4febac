#include "app/viewer/status_bar.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>

#include "app/viewer/panel_layout.hpp"
#include "app/viewer/status_layout.hpp"
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

// Text cut with an ellipsis to `width` pixels from the cursor.
void text_within(const std::string& text, float width) {
  // On the line's text baseline, as ImGui::Text would draw it after AlignTextToFramePadding.
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 min{cursor.x, cursor.y + ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset};
  const float height = ImGui::GetTextLineHeight();
  ImGui::Dummy({width, height});
  ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), min, {min.x + width, min.y + height}, min.x + width,
                            min.x + width, text.c_str(), text.c_str() + text.size(), nullptr);
}

float progress_bar_width(float room) { return std::min(ImGui::GetFontSize() * 14, room * 0.5f); }

void task_progress(const TaskRunner::Status& task, float room) {
  const std::string text = task.note.empty() ? task.label : task.note;
  const float width = progress_bar_width(room);
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
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  text_within(text, std::max(0.0f, room - width - spacing));
}

std::string cursor_text(const std::optional<geo::LonLat>& cursor) {
  if (!cursor) return {};
  char text[64];
  std::snprintf(text, sizeof text, "%9.5f° %c  %10.5f° %c", std::abs(cursor->lat()), cursor->lat() >= 0 ? 'N' : 'S',
                std::abs(cursor->lon()), cursor->lon() >= 0 ? 'E' : 'W');
  return text;
}

float text_width(const std::string& text) { return text.empty() ? 0.0f : ImGui::CalcTextSize(text.c_str()).x; }

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
  char count[64];
  std::snprintf(count, sizeof count, "%zu of %zu incidents shown", map ? map->shown_count() : 0, model.incident_count());
  const std::string where = cursor_text(cursor);
  const Notice* notice = task || model.notices().empty() ? nullptr : &model.notices().back();
  const std::string activity = task ? (task->note.empty() ? task->label : task->note) : notice ? notice->text : "";
  const ImGuiStyle& style = ImGui::GetStyle();
  const float em = ImGui::GetFontSize();
  const char* attribution = "© GeoNames · Natural Earth";
  StatusWidths widths{text_width(count), text_width(where), text_width(activity), text_width(attribution)};
  if (task) widths.activity += em * 14 + style.ItemSpacing.x;
  const StatusGrid grid{style.WindowPadding.x, style.ItemSpacing.x * 2, em * 15, em * 29, em * 6};
  const StatusLayout layout = layout_status_bar(ImGui::GetWindowWidth(), widths, grid);
  ui.status_bar = layout;
  const auto at = [](const StatusSegment& segment) {
    ImGui::SameLine(segment.x);
    ImGui::AlignTextToFramePadding();
  };
  ImGui::AlignTextToFramePadding();
  text_within(count, layout.count.width);
  if (layout.cursor.shown()) {
    at(layout.cursor);
    ImGui::TextDisabled("%s", where.c_str());
  }
  if (layout.activity.shown()) {
    at(layout.activity);
    if (task) {
      task_progress(*task, layout.activity.width);
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, notice_colour(notice->level));
      text_within(activity, layout.activity.width);
      ImGui::PopStyleColor();
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Click for every message");
      if (ImGui::IsItemClicked()) ui.panels.messages = true;
    }
  }
  if (layout.attribution.shown()) {
    at(layout.attribution);
    ImGui::TextDisabled("%s", attribution);
  }
  ImGui::End();
}

void draw_messages_panel(const ViewerModel& model, UiState& ui, CommandList& commands) {
  // A new error or warning opens the panel: a failed load must not go unseen.
  for (std::size_t i = ui.notices_seen; i < model.notices().size(); ++i) {
    if (model.notices()[i].level != NoticeLevel::info) ui.panels.messages = true;
  }
  ui.notices_seen = model.notices().size();
  if (!ui.panels.messages) return;
  place_next_panel(Panel::messages, ui.docking);
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
