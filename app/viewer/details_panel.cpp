#include "app/viewer/details_panel.hpp"

#include "geo/record/record_fields.hpp"

#include <cmath>
#include <cstdio>
#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/viewer/highlighted_text.hpp"
#include "app/viewer/panel_layout.hpp"
#include "app/viewer/ui_style.hpp"

namespace incimap::app {
namespace {

void heading(const UiFonts& fonts, const char* text) {
  ImGui::Spacing();
  ImGui::PushFont(fonts.bold());
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  ImGui::Separator();
}

// One "key: value" row of the facts table.
void fact(const char* key, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", key);
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", value.empty() ? "—" : value.c_str());
}

std::string coordinates(geo::LonLat where) {
  char text[64];
  std::snprintf(text, sizeof text, "%.5f° %c, %.5f° %c", std::abs(where.lat()), where.lat() >= 0 ? 'N' : 'S',
                std::abs(where.lon()), where.lon() >= 0 ? 'E' : 'W');
  return text;
}

std::string casualties(const render::Incident& incident) {
  const std::uint32_t killed = incident.fatalities.value_or(0), injured = incident.injuries.value_or(0);
  if (killed == 0 && injured == 0) return "none reported";
  std::string text;
  if (killed > 0) text = std::to_string(killed) + " killed";
  if (injured > 0) text += (text.empty() ? "" : ", ") + std::to_string(injured) + " injured";
  return text;
}

std::string actors(const render::Incident& incident) {
  if (incident.actor1.empty() && incident.actor2.empty()) return {};
  if (incident.actor2.empty()) return incident.actor1;
  return (incident.actor1.empty() ? std::string("?") : incident.actor1) + " → " + incident.actor2;
}

std::string place_line(const render::Incident& incident) {
  std::string text = incident.location;
  if (!incident.admin1.empty() && incident.admin1 != incident.location) text += ", " + incident.admin1;
  if (!incident.country.empty()) text += " (" + incident.country + ")";
  if (!incident.geo_type.empty()) text += " · " + incident.geo_type;
  return text;
}

void facts_table(const ViewerModel& model, std::uint32_t index) {
  const render::Incident& incident = model.incidents()[index];
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings;
  if (!ImGui::BeginTable("##facts", 2, kFlags)) return;
  ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6.5f);
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
  fact("Date", !incident.event_date ? std::string("unknown")
                                    : incident.date_text() + "  (" + describe(incident.event_date->precision) + ")");
  std::string type = incident.event_type;
  if (!incident.sub_event_type.empty() && incident.sub_event_type != incident.event_type) {
    type += " — " + incident.sub_event_type;
  }
  fact("Event", type);
  fact("Actors", actors(incident));
  fact("Casualties", casualties(incident));
  const CorrectionEntry* correction = model.correction_of(index);
  fact("Place", place_description(incident, correction));
  fact("Precision", precision_description(incident, correction));
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("Confidence");
  ImGui::TableNextColumn();
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", incident.confidence());
  ImGui::ProgressBar(float(incident.confidence()), {-1, ImGui::GetFontSize() * 1.1f}, confidence);
  fact("Position", coordinates(incident.where()));
  if (correction) fact("Corrected", correction_description(*correction));
  fact("Id", incident.id);
  ImGui::EndTable();
}

void excerpt_section(const UiFonts& fonts, const render::Incident& incident) {
  heading(fonts, "Excerpt");
  if (incident.excerpt.empty()) {
    ImGui::TextDisabled("The record has no excerpt.");
    return;
  }
  // Only the mention is marked; when the excerpt does not name the place, nothing is.
  std::vector<TextHighlight> marks;
  if (const auto mention = incident.mention_in_excerpt()) marks.push_back({*mention, ui_colour::kMention});
  highlighted_text(incident.excerpt, marks);
  if (!incident.matched_text.empty()) {
    ImGui::TextDisabled(marks.empty() ? "The place is named elsewhere in the article, as “%s”" : "Place named as “%s”",
                        incident.matched_text.c_str());
  }
}

// The file the button will read, resolved, or why it will read none: a
// record someone sent names its source_file, and the user sees where that
// leads before anything is opened.
const SourceLocation& source_location(const ViewerModel& model, std::uint32_t index, const render::Incident& incident,
                                      UiState& ui) {
  if (ui.source.incident_id != incident.id || ui.source.incident_id.empty()) {
    const auto base_dirs = source_base_dirs(model.dataset().inputs, index);
    ui.source = {incident.id, locate_source_article(incident, base_dirs)};
  }
  return ui.source.location;
}

void source_section(const ViewerModel& model, const UiFonts& fonts, std::uint32_t index,
                    const render::Incident& incident, UiState& ui, CommandList& commands) {
  heading(fonts, "Source");
  if (!incident.source_title.empty()) ImGui::TextWrapped("%s", incident.source_title.c_str());
  if (incident.published_at) {
    ImGui::TextDisabled("Published %s", geo::format_published_at(*incident.published_at).c_str());
  }
  if (!incident.source_url.empty()) {
    ImGui::TextWrapped("%s", incident.source_url.c_str());
    if (ImGui::SmallButton("Copy URL")) ImGui::SetClipboardText(incident.source_url.c_str());
  }
  if (incident.source_file.empty()) return;
  const SourceLocation& location = source_location(model, index, incident, ui);
  ImGui::BeginDisabled(!location.refusal.empty() || !location.exists);
  if (ImGui::Button("Show full article")) {
    commands.push_back(ShowSourceArticle{index});
    ui.panels.article = true;
  }
  ImGui::EndDisabled();
  if (!location.refusal.empty()) {
    ImGui::TextWrapped("%s: %s", incident.source_file.c_str(), location.refusal.c_str());
  } else {
    // One line, the path last: a long one is cut at the panel's edge and
    // shown whole on hover.
    ImGui::TextDisabled(location.exists ? "Opens %s" : "Not on this computer: %s", location.path.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", location.path.c_str());
  }
}

void move_to_place(std::uint32_t index, const geo::GazetteerPlace& place, CommandList& commands) {
  commands.push_back(CorrectLocation{index, place.position, place.name});
}

void place_results(std::uint32_t index, UiState& ui, CommandList& commands) {
  for (std::size_t i = 0; i < ui.place.results.size(); ++i) {
    const geo::GazetteerPlace& place = ui.place.results[i];
    ImGui::PushID(int(i));
    if (ImGui::SmallButton("Move here")) move_to_place(index, place, commands);
    ImGui::SameLine();
    std::string text = place.name;
    if (!place.admin1.empty() && place.admin1 != place.name) text += ", " + place.admin1;
    text += " (" + place.country + ") " + place.feature_code;
    if (place.population > 0) text += " · pop. " + std::to_string(place.population);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopID();
  }
  if (ui.place.searched && ui.place.results.empty()) ImGui::TextDisabled("No place of that name in the gazetteer.");
}

void fix_location_section(const ViewerModel& model, const UiFonts& fonts, std::uint32_t index, PlaceSearch& places,
                          UiState& ui, CommandList& commands) {
  const render::Incident& incident = model.incidents()[index];
  heading(fonts, "Fix the location");
  if (model.busy()) {
    ImGui::TextDisabled("Wait for the running task to finish.");
    return;
  }
  if (ui.place.incident != index) ui.place = PlaceQuery{index, {}, {}, false};
  const bool gazetteer = places.available();
  const std::vector<std::string> candidates = incident.candidate_lines();
  if (!candidates.empty()) {
    ImGui::TextDisabled("The geocoder weighed:");
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      ImGui::PushID(int(i));
      const auto [name, country] = candidate_name_and_country(candidates[i]);
      ImGui::BeginDisabled(!gazetteer);
      if (ImGui::SmallButton("Look up")) {
        ui.place.text = name;
        ui.place.results = places.find(name, country);
        ui.place.searched = true;
      }
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::TextUnformatted(candidates[i].c_str());
      ImGui::PopID();
    }
  }
  if (gazetteer) {
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5);
    const bool entered = ImGui::InputTextWithHint("##place", "Another place…", &ui.place.text,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button("Find") || entered) && !ui.place.text.empty()) {
      ui.place.results = places.find(ui.place.text, incident.country);
      ui.place.searched = true;
    }
    place_results(index, ui, commands);
  } else {
    ImGui::TextDisabled("No gazetteer index: places cannot be looked up.");
  }
  ImGui::TextDisabled("Or drag the selected marker to the right spot.");
  if (model.correction_of(index) && ImGui::Button("Undo the correction")) commands.push_back(UndoCorrection{index});
}

void listed_incidents(const ViewerModel& model, const UiFonts& fonts, CommandList& commands) {
  const auto listed = model.listed();
  const render::Incident& first = model.incidents()[listed.front()];
  ImGui::PushFont(fonts.bold());
  ImGui::Text("%zu incidents at %s", listed.size(), first.location.empty() ? "one spot" : first.location.c_str());
  ImGui::PopFont();
  const float rows = float(std::min<std::size_t>(listed.size(), 8));
  if (ImGui::BeginChild("##listed", {0, rows * ImGui::GetTextLineHeightWithSpacing() + 8}, true)) {
    ImGuiListClipper clipper;
    clipper.Begin(int(listed.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const std::uint32_t index = listed[std::size_t(row)];
        const render::Incident& incident = model.incidents()[index];
        const std::string text = (!incident.event_date ? std::string("undated") : incident.date_text()) +
                                 "  " + incident.event_type + " · " + incident.title + "##" + std::to_string(row);
        if (ImGui::Selectable(text.c_str(), model.selected() == index)) commands.push_back(SelectIncident{index});
      }
    }
  }
  ImGui::EndChild();
}

}  // namespace

std::string place_description(const render::Incident& incident, const CorrectionEntry* correction) {
  if (!correction) return place_line(incident);
  // A dragged marker keeps the record's place name, which no longer says where it is.
  if (correction->correction.location.empty()) return "a spot you marked on the map (corrected)";
  return place_line(incident) + " (corrected)";
}

std::string precision_description(const render::Incident& incident, const CorrectionEntry* correction) {
  if (correction) return "set by you";
  return describe(incident.precision());
}

std::string correction_description(const CorrectionEntry& correction) {
  const Correction& c = correction.correction;
  const std::string was = c.original_location.empty() ? coordinates(c.original)
                                                      : c.original_location + ", " + coordinates(c.original);
  return "by you; the geocoder said " + was + " (" + describe(correction.original.precision()) + ")";
}

const char* describe(geo::DatePrecision precision) noexcept {
  switch (precision) {
    case geo::DatePrecision::day: return "the day";
    case geo::DatePrecision::week: return "within a week";
    case geo::DatePrecision::month: return "within a month";
  }
  return "precision unknown";
}

const char* describe(geo::GeoPrecision precision) noexcept {
  switch (precision) {
    case geo::GeoPrecision::place: return "the place itself";
    case geo::GeoPrecision::near: return "near the place, or part of a region";
    case geo::GeoPrecision::region: return "only the region or country";
  }
  return "";
}

void draw_details_panel(const ViewerModel& model, const UiFonts& fonts, PlaceSearch& places, UiState& ui,
                        CommandList& commands) {
  // Shown while something is selected or listed: the map keeps the room otherwise.
  const auto selected = model.selected();
  const bool has_selection = selected && *selected < model.incident_count();
  if (!has_selection && model.listed().empty()) return;
  place_next_panel(Panel::details, ui.docking);
  bool open = true;
  if (!ImGui::Begin(kDetailsWindow, &open)) {
    ImGui::End();
    return;
  }
  if (!open) commands.push_back(ClearSelection{});
  if (!model.listed().empty()) listed_incidents(model, fonts, commands);
  if (!has_selection) {
    ImGui::TextDisabled("Pick one to see its details.");
    ImGui::End();
    return;
  }
  const render::Incident& incident = model.incidents()[*selected];
  ImGui::PushFont(fonts.large());
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(incident.title.empty() ? incident.id.c_str() : incident.title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  if (model.map() && !model.map()->is_shown(*selected)) {
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui_colour::kWarning), "Hidden by the current filters or layers.");
  }
  facts_table(model, *selected);
  excerpt_section(fonts, incident);
  source_section(model, fonts, *selected, incident, ui, commands);
  fix_location_section(model, fonts, *selected, places, ui, commands);
  ImGui::End();
}

}  // namespace incimap::app
