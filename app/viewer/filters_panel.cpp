#include "app/viewer/filters_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/viewer/panel_layout.hpp"
#include "app/viewer/timeline_view.hpp"

namespace incimap::app {
namespace {

void label(const char* text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  ImGui::SameLine(ImGui::GetFontSize() * 6.5f);
  ImGui::SetNextItemWidth(-1);
}

// A combo over the values with "Any" first; writes the choice into `value`.
bool value_combo(const char* id, const std::vector<ValueCount>& values, std::string& value) {
  bool changed = false;
  if (ImGui::BeginCombo(id, value.empty() ? "Any" : value.c_str())) {
    if (ImGui::Selectable("Any", value.empty())) {
      value.clear();
      changed = true;
    }
    for (const ValueCount& item : values) {
      const std::string text = item.value + "  (" + std::to_string(item.count) + ")";
      if (ImGui::Selectable(text.c_str(), item.value == value)) {
        value = item.value;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

std::string describe_range(const DayRange& range) {
  const std::string first = render::format_day(range.first);
  if (range.first == range.last) return first;
  return first + " – " + render::format_day(range.last) + "  (" + std::to_string(range.length()) + " days)";
}

void playback_controls(const ViewerModel& model, IncidentFilter& filter, bool& changed, CommandList& commands) {
  const bool playing = model.playback() == Playback::playing;
  if (ImGui::ArrowButton("##back", ImGuiDir_Left)) commands.push_back(StepPlayback{-1});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("One step back");
  ImGui::SameLine();
  if (ImGui::Button(playing ? "Pause" : "Play")) {
    commands.push_back(SetPlayback{playing ? Playback::stopped : Playback::playing});
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Step the date range through time");
  ImGui::SameLine();
  if (ImGui::ArrowButton("##forward", ImGuiDir_Right)) commands.push_back(StepPlayback{1});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("One step on");
  ImGui::SameLine();
  ImGui::BeginDisabled(!filter.days.has_value());
  if (ImGui::Button("All dates")) {
    filter.days.reset();
    changed = true;
    if (playing) commands.push_back(SetPlayback{Playback::stopped});
  }
  ImGui::EndDisabled();
  ImGui::TextDisabled("%s", filter.days ? describe_range(*filter.days).c_str() : "every date");

  PlaybackSettings settings = model.playback_settings();
  static constexpr double kSpeeds[] = {0.5, 1, 2, 4};
  static constexpr const char* kSpeedNames[] = {"½×", "1×", "2×", "4×"};
  static constexpr int kWindows[] = {0, 1, 7, 30};
  static constexpr const char* kWindowNames[] = {"a tenth", "a day", "a week", "a month"};
  const float third = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x * 2) / 3;
  int speed = 1;
  for (int i = 0; i < 4; ++i) speed = settings.speed == kSpeeds[i] ? i : speed;
  ImGui::SetNextItemWidth(third);
  if (ImGui::Combo("##speed", &speed, kSpeedNames, 4)) settings.speed = kSpeeds[speed];
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Playback speed");
  ImGui::SameLine();
  int window = 0;
  for (int i = 0; i < 4; ++i) window = settings.window_days == kWindows[i] ? i : window;
  ImGui::SetNextItemWidth(third);
  if (ImGui::Combo("##window", &window, kWindowNames, 4)) settings.window_days = kWindows[window];
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("How much time is shown at once");
  ImGui::SameLine();
  bool loop = settings.at_end == PlaybackEnd::loop;
  if (ImGui::Checkbox("Loop", &loop)) settings.at_end = loop ? PlaybackEnd::loop : PlaybackEnd::stop;
  if (!(settings == model.playback_settings())) commands.push_back(SetPlaybackSettings{settings});
}

void date_section(const ViewerModel& model, IncidentFilter& filter, bool& changed, CommandList& commands) {
  const Timeline& timeline = model.timeline();
  ImGui::Spacing();
  ImGui::TextUnformatted(timeline.bin_width() == BinWidth::day ? "Incidents per day" : "Incidents per week");
  if (timeline.empty()) {
    ImGui::TextDisabled("No dated incidents.");
    return;
  }
  if (timeline_histogram(timeline, filter.days, ImGui::GetFontSize() * 4.5f) == RangeEdit::changed) changed = true;
  const float third = ImGui::GetContentRegionAvail().x / 3;
  ImGui::TextDisabled("%s", render::format_day(timeline.span().first).c_str());
  ImGui::SameLine(third * 2);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + third - ImGui::CalcTextSize("0000-00-00").x);
  ImGui::TextDisabled("%s", render::format_day(timeline.span().last).c_str());
  // Fine control over the ends, one bin at a time.
  int first_bin = int(timeline.bin_of(filter.days ? filter.days->first : timeline.span().first));
  int last_bin = int(timeline.bin_of(filter.days ? filter.days->last : timeline.span().last));
  const int bins = int(timeline.counts().size());
  const std::string first_text = render::format_day(timeline.bin_days(std::size_t(first_bin)).first);
  const std::string last_text = render::format_day(timeline.bin_days(std::size_t(last_bin)).last);
  label("From");
  if (ImGui::SliderInt("##from", &first_bin, 0, bins - 1, first_text.c_str())) {
    filter.days = DayRange{timeline.bin_days(std::size_t(first_bin)).first,
                           timeline.bin_days(std::size_t(std::max(first_bin, last_bin))).last};
    changed = true;
  }
  label("To");
  if (ImGui::SliderInt("##to", &last_bin, 0, bins - 1, last_text.c_str())) {
    filter.days = DayRange{timeline.bin_days(std::size_t(std::min(first_bin, last_bin))).first,
                           timeline.bin_days(std::size_t(last_bin)).last};
    changed = true;
  }
  playback_controls(model, filter, changed, commands);
  if (timeline.undated() > 0 && filter.days) {
    ImGui::TextDisabled("%zu undated incidents are hidden while dates are chosen", timeline.undated());
  }
}

}  // namespace

void draw_filters_panel(const ViewerModel& model, UiState& ui, CommandList& commands) {
  if (!ui.panels.filters) return;
  place_next_panel(Panel::filters, ui.docking);
  if (!ImGui::Begin(kFiltersWindow, &ui.panels.filters)) {
    ImGui::End();
    return;
  }
  IncidentFilter filter = model.filter();
  bool changed = false;
  ImGui::SetNextItemWidth(-1);
  // A focused text box keeps its own copy of the text and would write it
  // back over a Reset: after one, the box is a new widget (a new id).
  ImGui::PushID(ui.filter_resets);
  if (ImGui::InputTextWithHint("##search", "Search titles, places, actors, excerpts…", &filter.text)) changed = true;
  ImGui::PopID();
  label("Event type");
  if (value_combo("##type", model.event_types(), filter.event_type)) changed = true;
  label("Country");
  if (value_combo("##country", model.countries(), filter.country)) changed = true;
  label("Confidence ≥");
  float confidence = float(filter.min_confidence);
  if (ImGui::SliderFloat("##confidence", &confidence, 0.0f, 1.0f, "%.2f")) {
    filter.min_confidence = double(confidence);
    changed = true;
  }
  date_section(model, filter, changed, commands);
  ImGui::Spacing();
  ImGui::Separator();
  const render::IncidentMap* map = model.map();
  ImGui::Text("%zu of %zu incidents shown", map ? map->shown_count() : 0, model.incident_count());
  ImGui::SameLine();
  ImGui::BeginDisabled(model.filter().is_empty());
  if (ImGui::SmallButton("Reset")) {
    filter = IncidentFilter{};
    ++ui.filter_resets;
    changed = true;
    commands.push_back(SetPlayback{Playback::stopped});
  }
  ImGui::EndDisabled();
  if (changed) commands.push_back(SetFilter{std::move(filter)});
  ImGui::End();
}

}  // namespace incimap::app
