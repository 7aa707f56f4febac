#include "app/viewer/state_dump.hpp"

#include <fstream>
#include <stdexcept>

#include "app/viewer/incident_table.hpp"

namespace incimap::app {
namespace {

using Json = nlohmann::ordered_json;

// Rows listed in full; beyond, only the count.
constexpr std::size_t kRowsListed = 200;

Json incident_json(const ViewerModel& model, std::uint32_t index) {
  const render::Incident& incident = model.incidents()[index];
  Json json = {{"id", incident.id},
               {"title", incident.title},
               {"event_date", incident.event_date},
               {"event_type", incident.event_type},
               {"location", incident.location},
               {"country", incident.country},
               {"lon", incident.where.lon()},
               {"lat", incident.where.lat()},
               {"excerpt", incident.excerpt},
               {"geocode_status", model.correction_of(index) ? "corrected" : "geocoded"}};
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

}  // namespace

Json viewer_state_json(const ViewerSnapshot& snapshot) {
  const ViewerModel& model = snapshot.model;
  Json json;
  json["framebuffer"] = {{"width", snapshot.framebuffer.width}, {"height", snapshot.framebuffer.height}};
  json["camera"] = camera_json(model, snapshot.view.camera());
  Json inputs = Json::array();
  for (const InputRecord& input : model.dataset().inputs) inputs.push_back({{"path", input.path}, {"incidents", input.count}});
  json["inputs"] = std::move(inputs);
  json["incidents"] = model.incident_count();
  json["shown"] = model.map() ? model.map()->shown_count() : 0;
  json["marks_drawn"] = snapshot.view.drawn_marks();
  json["layers_by"] = render::grouping_name(model.grouping());
  json["layers"] = layers_json(model);
  json["filter"] = filter_json(model.filter());
  json["table"] = table_json(model);
  json["selected"] = model.selected() ? incident_json(model, *model.selected()) : Json();
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
  json["article"] = model.article() ? Json{{"path", model.article()->path}, {"title", model.article()->title}} : Json();
  Json panels = Json::object();
  for (const auto& [name, rect] : snapshot.panels) {
    panels[name] = {{"x", rect.x}, {"y", rect.y}, {"width", rect.width}, {"height", rect.height}};
  }
  json["panels"] = std::move(panels);
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
