#include "app/viewer/state_dump.hpp"

#include <fstream>
#include <stdexcept>
#include <type_traits>
#include <variant>

#include "app/viewer/details_panel.hpp"
#include "app/viewer/incident_table.hpp"
#include "geo/incidents/date_resolver.hpp"
#include "geo/record/record_fields.hpp"

namespace incimap::app {
namespace {

using Json = nlohmann::ordered_json;

// Rows listed in full; beyond, only the count.
constexpr std::size_t kRowsListed = 200;

// Every field of the record, by the field table (JSON-typed fields as text).
Json record_json(const geo::IncidentRecord& record) {
  Json json = Json::object();
  geo::RecordValues values;
  values.fill(record);
  const auto fields = geo::incident_fields();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string name(fields[i].name);
    std::visit(
        [&](const auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, std::monostate>) {
            json[name] = nullptr;
          } else if constexpr (std::is_same_v<T, std::string_view>) {
            json[name] = std::string(value);
          } else if constexpr (std::is_same_v<T, geo::EventDate>) {
            json[name] = geo::format_event_date(value);
          } else if constexpr (std::is_same_v<T, geo::LocalDateTime>) {
            json[name] = geo::format_local_date_time(value);
          } else {
            json[name] = value;
          }
        },
        values.values[i]);
  }
  return json;
}

Json incident_json(const ViewerModel& model, std::uint32_t index) {
  const render::Incident& incident = model.incidents()[index];
  Json json = {{"id", incident.id},
               {"title", incident.title},
               {"event_date", incident.date_text()},
               {"event_type", incident.event_type},
               {"location", incident.location},
               {"country", incident.country},
               {"lon", incident.where().lon()},
               {"lat", incident.where().lat()},
               {"excerpt", incident.excerpt},
               {"geocode_status", model.correction_of(index) ? "corrected" : "geocoded"}};
  const CorrectionEntry* correction = model.correction_of(index);
  json["place_line"] = place_description(incident, correction);
  json["precision_line"] = precision_description(incident, correction);
  if (correction) {
    json["corrected"] = correction_description(*correction);
    json["original"] = {{"lon", correction->correction.original.lon()},
                        {"lat", correction->correction.original.lat()},
                        {"location", correction->correction.original_location}};
  }
  json["record"] = record_json(incident);
  // As the card's "The geocoder weighed" lists them, best first.
  json["candidates"] = incident.candidate_lines();
  if (const auto mention = incident.mention_in_excerpt()) {
    json["mention"] = incident.excerpt.substr(mention->first, mention->second - mention->first);
  }
  return json;
}

Json layers_json(const ViewerModel& model) {
  Json layers = Json::array();
  if (!model.map()) return layers;
  const auto& all = model.map()->layering().layers;
  for (std::size_t i = 0; i < all.size(); ++i) {
    layers.push_back({{"name", all[i].name},
                      {"colour", render::to_hex(all[i].colour)},
                      {"count", all[i].count},
                      {"filtered", model.filtered_in_layer(i)},
                      {"visible", all[i].visible}});
  }
  return layers;
}

Json filter_json(const IncidentFilter& filter) {
  Json json = {{"text", filter.text},
               {"event_type", filter.event_type},
               {"country", filter.country},
               {"min_confidence", filter.min_confidence}};
  if (filter.days) {
    json["days"] = {render::format_day(filter.days->first), render::format_day(filter.days->last)};
  } else {
    json["days"] = nullptr;
  }
  return json;
}

Json table_json(const ViewerModel& model) {
  Json ids = Json::array();
  const auto rows = model.table_rows();
  for (std::size_t i = 0; i < rows.size() && i < kRowsListed; ++i) ids.push_back(model.incidents()[rows[i]].id);
  return {{"rows", rows.size()},
          {"ids", std::move(ids)},
          {"sort", column_name(model.table_sort().column)},
          {"order", model.table_sort().order == SortOrder::ascending ? "ascending" : "descending"}};
}

Json camera_json(const ViewerModel& model, const render::Camera& camera) {
  return {{"crs", model.projection().crs()},
          {"centre_x", camera.centre().x},
          {"centre_y", camera.centre().y},
          {"metres_per_pixel", camera.metres_per_pixel()},
          {"width", camera.viewport().width},
          {"height", camera.viewport().height}};
}

// The bar's rectangle and where each of its texts went, in framebuffer pixels
// (the layout is kept in ImGui's; `ui_scale` converts).
Json status_bar_json(const ViewerSnapshot& snapshot) {
  const PanelRect& bar = snapshot.status_bar;
  const double scale = snapshot.ui_scale;
  Json segments = Json::object();
  const StatusLayout& layout = snapshot.ui.status_bar;
  for (const auto& [name, segment] : {std::pair{"count", layout.count}, std::pair{"cursor", layout.cursor},
                                      std::pair{"activity", layout.activity}, std::pair{"attribution", layout.attribution}}) {
    if (!segment.shown()) continue;
    segments[name] = {{"x", bar.x + segment.x * scale}, {"width", segment.width * scale}};
  }
  return {{"x", bar.x}, {"y", bar.y}, {"width", bar.width}, {"height", bar.height}, {"segments", std::move(segments)}};
}

// The marks on screen (framebuffer pixels), so that tests can check that
// none overlaps another; the first kRowsListed only.
Json marks_json(const ViewerSnapshot& snapshot) {
  Json marks = Json::array();
  const render::IncidentMap* map = snapshot.model.map();
  if (!map || snapshot.model.incident_style() != render::IncidentStyle::markers) return marks;
  const render::Camera& camera = snapshot.view.camera();
  for (const render::Mark& mark : map->marks().visible(camera)) {
    if (marks.size() >= kRowsListed) break;
    const geo::ScreenPoint at = camera.to_screen(mark.at);
    marks.push_back({{"x", at.x}, {"y", at.y}, {"radius", render::mark_radius(mark, map->incidents())}, {"count", mark.count}});
  }
  return marks;
}

Json span_json(const std::optional<std::pair<std::size_t, std::size_t>>& span) {
  return span ? Json::array({span->first, span->second}) : Json();
}

// What the details panel says "Show full article" will read for the
// selected incident; null until the panel has shown it.
Json source_preview_json(const ViewerSnapshot& snapshot) {
  const render::Incident* incident = snapshot.model.selected_incident();
  const SourcePreview& preview = snapshot.ui.source;
  if (!incident || preview.incident_id != incident->id) return Json();
  const SourceLocation& location = preview.location;
  return {{"source_file", incident->source_file},
          {"opens", location.refusal.empty() ? Json(location.path.string()) : Json()},
          {"exists", location.exists},
          {"refused", location.refusal.empty() ? Json() : Json(location.refusal)}};
}

// The article shown and the spans its view marks: the excerpt, the mention.
Json article_json(const ViewerModel& model) {
  const SourceArticle* article = model.article();
  if (!article) return Json();
  Json json{{"path", article->path}, {"title", article->title}, {"excerpt", span_json(article->excerpt)}};
  const render::Incident* incident = model.selected_incident();
  const auto mention = incident ? mention_in_article(*article, *incident) : std::nullopt;
  json["mention"] = span_json(mention);
  if (mention) json["mention_text"] = article->text.substr(mention->first, mention->second - mention->first);
  return json;
}

Json dialog_json(const UiState& ui) {
  static constexpr const char* kNames[] = {"", "open", "export", "png", "about", "controls"};
  if (ui.dialog == Dialog::none) return Json();
  return {{"open", kNames[int(ui.dialog)]}, {"writing", ui.awaiting_write.has_value()}, {"error", ui.dialog_error}};
}

}  // namespace

Json viewer_state_json(const ViewerSnapshot& snapshot) {
  const ViewerModel& model = snapshot.model;
  Json json;
  json["framebuffer"] = {{"width", snapshot.framebuffer.width}, {"height", snapshot.framebuffer.height}};
  json["camera"] = camera_json(model, snapshot.view.camera());
  const ScreenRect clear = snapshot.view.clear_area();
  json["map_area"] = {{"x", clear.min.x}, {"y", clear.min.y}, {"width", clear.width()}, {"height", clear.height()}};
  Json inputs = Json::array();
  for (const InputRecord& input : model.dataset().inputs) inputs.push_back({{"path", input.path}, {"incidents", input.count}});
  json["inputs"] = std::move(inputs);
  json["incidents"] = model.incident_count();
  json["shown"] = model.map() ? model.map()->shown_count() : 0;
  json["marks_drawn"] = snapshot.view.drawn_marks();
  json["marks"] = marks_json(snapshot);
  json["basemap"] = {{"natural_earth", model.basemap_choice().natural_earth}, {"user", model.basemap_choice().user}};
  json["incident_style"] = model.incident_style() == render::IncidentStyle::density ? "density" : "markers";
  json["density"] = {{"peak", snapshot.view.density_peak()}, {"counted", snapshot.view.density_counted()}};
  json["layers_by"] = render::grouping_name(model.grouping());
  json["layers"] = layers_json(model);
  json["filter"] = filter_json(model.filter());
  json["playback"] = {{"playing", model.playback() == Playback::playing},
                      {"speed", model.playback_settings().speed},
                      {"window_days", model.playback_settings().window_days},
                      {"loop", model.playback_settings().at_end == PlaybackEnd::loop}};
  json["table"] = table_json(model);
  json["selected"] = model.selected() ? incident_json(model, *model.selected()) : Json();
  json["source_preview"] = source_preview_json(snapshot);
  Json listed = Json::array();
  for (const std::uint32_t i : model.listed()) listed.push_back(model.incidents()[i].id);
  json["listed"] = std::move(listed);
  if (const auto& hovered = snapshot.view.hovered()) {
    json["hovered"] = {{"count", hovered->count},
                       {"id", hovered->is_cluster() ? Json() : Json(model.incidents()[hovered->incident].id)}};
  } else {
    json["hovered"] = nullptr;
  }
  Json corrections = Json::array();
  for (const auto& [index, entry] : model.dataset().corrections) {
    corrections.push_back({{"id", entry.correction.incident_id},
                           {"lon", entry.correction.where.lon()},
                           {"lat", entry.correction.where.lat()},
                           {"location", entry.correction.location}});
  }
  json["corrections"] = std::move(corrections);
  json["article"] = article_json(model);
  Json panels = Json::object();
  for (const auto& [name, rect] : snapshot.panels) {
    panels[name] = {{"x", rect.x}, {"y", rect.y}, {"width", rect.width}, {"height", rect.height}};
  }
  json["panels"] = std::move(panels);
  json["status_bar"] = status_bar_json(snapshot);
  json["dialog"] = dialog_json(snapshot.ui);
  Json notices = Json::array();
  for (const Notice& notice : model.notices()) {
    notices.push_back({{"level", notice.level == NoticeLevel::error     ? "error"
                                 : notice.level == NoticeLevel::warning ? "warning"
                                                                        : "info"},
                       {"text", notice.text}});
  }
  json["notices"] = std::move(notices);
  return json;
}

void write_viewer_state(const std::string& path, const ViewerSnapshot& snapshot) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << viewer_state_json(snapshot).dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  if (!out.flush()) throw std::runtime_error(path + ": cannot write the viewer state");
}

}  // namespace incimap::app
