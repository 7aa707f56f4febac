#include "app/viewer/timeline_view.hpp"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "app/viewer/ui_style.hpp"
#include "render/model/incident.hpp"

namespace incimap::app {
namespace {

std::size_t bin_at(const Timeline& timeline, float x, float left, float width) {
  const float t = std::clamp((x - left) / width, 0.0f, 0.9999f);
  return std::size_t(t * float(timeline.counts().size()));
}

void draw_bars(const Timeline& timeline, const std::optional<DayRange>& range, ImVec2 min, ImVec2 max) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, ui_colour::kHistogramBackground, 3.0f);
  const auto counts = timeline.counts();
  const float bar_width = (max.x - min.x) / float(counts.size());
  // Square-root heights: one busy day must not flatten every other bar.
  const float top = std::sqrt(std::max(1.0f, timeline.max_count()));
  for (std::size_t bin = 0; bin < counts.size(); ++bin) {
    if (counts[bin] <= 0) continue;
    const float h = (max.y - min.y - 2) * std::sqrt(counts[bin]) / top;
    const float x0 = min.x + bar_width * float(bin);
    const DayRange days = timeline.bin_days(bin);
    const bool lit = range && days.last >= range->first && days.first <= range->last;
    draw->AddRectFilled({x0 + (bar_width > 3 ? 0.5f : 0.0f), max.y - std::max(1.0f, h)},
                        {x0 + std::max(1.0f, bar_width - (bar_width > 3 ? 0.5f : 0.0f)), max.y},
                        lit ? ui_colour::kHistogramSelected : ui_colour::kHistogram);
  }
  if (range) {
    const float width = max.x - min.x;
    const float span = float(timeline.span().length());
    const float x0 = min.x + width * float(range->first - timeline.span().first) / span;
    const float x1 = min.x + width * float(range->last + 1 - timeline.span().first) / span;
    draw->AddRect({std::max(min.x, x0), min.y}, {std::min(max.x, x1), max.y}, ui_colour::kHistogramSelected, 2.0f, 0, 1.5f);
  }
}

}  // namespace

RangeEdit timeline_histogram(const Timeline& timeline, std::optional<DayRange>& range, float height) {
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float width = std::max(40.0f, ImGui::GetContentRegionAvail().x);
  ImGui::InvisibleButton("##timeline", {width, height});
  const ImVec2 max{min.x + width, min.y + height};
  draw_bars(timeline, range, min, max);
  const ImGuiID anchor_key = ImGui::GetID("##timeline-anchor");
  ImGuiStorage* storage = ImGui::GetStateStorage();
  RangeEdit edit = RangeEdit::none;
  if (ImGui::IsItemActivated()) storage->SetInt(anchor_key, int(bin_at(timeline, ImGui::GetIO().MousePos.x, min.x, width)));
  if (ImGui::IsItemActive()) {
    const std::size_t anchor = std::size_t(storage->GetInt(anchor_key));
    const std::size_t here = bin_at(timeline, ImGui::GetIO().MousePos.x, min.x, width);
    const DayRange next{timeline.bin_days(std::min(anchor, here)).first, timeline.bin_days(std::max(anchor, here)).last};
    if (!range || *range != next) {
      range = next;
      edit = RangeEdit::changed;
    }
  }
  if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) {
    const std::size_t bin = bin_at(timeline, ImGui::GetIO().MousePos.x, min.x, width);
    const DayRange days = timeline.bin_days(bin);
    ImGui::BeginTooltip();
    if (days.first == days.last) {
      ImGui::Text("%s: %.0f incidents", render::format_day(days.first).c_str(), double(timeline.counts()[bin]));
    } else {
      ImGui::Text("%s – %s: %.0f incidents", render::format_day(days.first).c_str(),
                  render::format_day(days.last).c_str(), double(timeline.counts()[bin]));
    }
    ImGui::TextDisabled("Drag across the bars to choose dates");
    ImGui::EndTooltip();
  }
  return edit;
}

}  // namespace incimap::app
