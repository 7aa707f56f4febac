#include "app/viewer/corrections.hpp"

#include <fstream>
#include <stdexcept>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "geo/ingest/input_error.hpp"

namespace incimap::app {
namespace {

constexpr const char* kFormatKey = "incimap_corrections";
constexpr int kFormatVersion = 1;

using Json = nlohmann::ordered_json;

Json lon_lat_json(geo::LonLat where) { return Json::array({where.lon(), where.lat()}); }

geo::LonLat lon_lat_from(const Json& pair, const std::filesystem::path& sidecar) {
  if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number() || !pair[1].is_number()) {
    throw geo::InputError(sidecar.string(), "a position must be [longitude, latitude]");
  }
  const auto where = geo::LonLat::from(geo::Longitude{pair[0].get<double>()}, geo::Latitude{pair[1].get<double>()});
  if (!where.valid()) throw geo::InputError(sidecar.string(), "position " + pair.dump() + " is not on Earth");
  return where;
}

Correction correction_from(const Json& item, const std::filesystem::path& sidecar) {
  if (!item.is_object() || !item.contains("id") || !item["id"].is_string() || !item.contains("position")) {
    throw geo::InputError(sidecar.string(), "each correction needs an \"id\" and a \"position\"");
  }
  Correction correction;
  correction.incident_id = item["id"].get<std::string>();
  correction.where = lon_lat_from(item["position"], sidecar);
  correction.location = item.value("location", std::string());
  if (item.contains("original_position")) correction.original = lon_lat_from(item["original_position"], sidecar);
  correction.original_location = item.value("original_location", std::string());
  return correction;
}

}  // namespace

std::filesystem::path corrections_path(const std::string& input) {
  std::filesystem::path path(input);
  if (path.has_filename()) return path.concat(".corrections.json");
  return path.parent_path().concat(".corrections.json");  // "folder/" names the folder
}

std::vector<Correction> read_corrections(const std::filesystem::path& sidecar) {
  std::ifstream in(sidecar, std::ios::binary);
  if (!in) return {};
  const Json json = Json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.is_object() || !json.contains(kFormatKey)) {
    throw geo::InputError(sidecar.string(), "not an incimap corrections file");
  }
  if (json[kFormatKey] != kFormatVersion) {
    throw geo::InputError(sidecar.string(), "corrections format " + json[kFormatKey].dump() + " is not supported");
  }
  std::vector<Correction> corrections;
  for (const Json& item : json.value("corrections", Json::array())) {
    corrections.push_back(correction_from(item, sidecar));
  }
  return corrections;
}

void write_corrections(const std::filesystem::path& sidecar, std::span<const Correction> corrections) {
  std::error_code ignored;
  if (corrections.empty()) {
    std::filesystem::remove(sidecar, ignored);
    return;
  }
  Json list = Json::array();
  for (const Correction& c : corrections) {
    list.push_back({{"id", c.incident_id},
                    {"position", lon_lat_json(c.where)},
                    {"location", c.location},
                    {"original_position", lon_lat_json(c.original)},
                    {"original_location", c.original_location}});
  }
  const Json json = {{kFormatKey, kFormatVersion}, {"corrections", std::move(list)}};
  std::filesystem::path temporary = sidecar;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << json.dump(2) << '\n';
    if (!out.flush()) throw std::runtime_error(temporary.string() + ": cannot write the corrections");
  }
  std::error_code error;
  std::filesystem::rename(temporary, sidecar, error);
  if (error) {
    std::filesystem::remove(temporary, ignored);
    throw std::runtime_error(sidecar.string() + ": cannot save the corrections (" + error.message() + ")");
  }
}

render::Incident corrected(render::Incident incident, const Correction& correction) {
  incident.where = correction.where;
  if (!correction.location.empty()) incident.location = correction.location;
  incident.geo_precision = render::GeoPrecision::place;
  incident.geocode_confidence = 1.0;
  return incident;
}

std::vector<AppliedCorrection> apply_corrections(std::vector<render::Incident>& incidents,
                                                 std::span<const Correction> corrections) {
  std::unordered_map<std::string_view, const Correction*> by_id;
  for (const Correction& c : corrections) by_id[c.incident_id] = &c;
  std::vector<AppliedCorrection> applied;
  for (std::size_t i = 0; i < incidents.size(); ++i) {
    const auto found = by_id.find(incidents[i].id);
    if (found == by_id.end()) continue;
    AppliedCorrection entry{i, *found->second, incidents[i]};
    entry.correction.original = incidents[i].where;
    entry.correction.original_location = incidents[i].location;
    incidents[i] = corrected(std::move(incidents[i]), entry.correction);
    applied.push_back(std::move(entry));
  }
  return applied;
}

}  // namespace incimap::app
