#include "app/viewer/corrections.hpp"

#include <fstream>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "geo/base/input_error.hpp"
#include "geo/io/durable_rename.hpp"

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

namespace {

// The sidecar's document, or nothing when it is missing. Throws InputError
// when it exists but is not a corrections file this version reads.
std::optional<Json> read_sidecar(const std::filesystem::path& sidecar) {
  std::ifstream in(sidecar, std::ios::binary);
  if (!in) return std::nullopt;
  const Json json = Json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.is_object() || !json.contains(kFormatKey)) {
    throw geo::InputError(sidecar.string(), "not an incimap corrections file");
  }
  if (json[kFormatKey] != kFormatVersion) {
    throw geo::InputError(sidecar.string(), "corrections format " + json[kFormatKey].dump() + " is not supported");
  }
  if (json.contains("corrections") && !json["corrections"].is_array()) {
    throw geo::InputError(sidecar.string(), "\"corrections\" is not a list");
  }
  return json;
}

// The entries of a readable sidecar that are not valid corrections, as
// they stand: a save must keep them for the person to mend, not drop them.
std::vector<Json> invalid_entries(const Json& json, const std::filesystem::path& sidecar) {
  std::vector<Json> invalid;
  for (const Json& item : json.value("corrections", Json::array())) {
    try {
      correction_from(item, sidecar);
    } catch (const geo::InputError&) {
      invalid.push_back(item);
    }
  }
  return invalid;
}

// A free name beside the sidecar for a copy of it: SIDECAR.unreadable,
// SIDECAR.unreadable.2, ...
std::filesystem::path backup_path(const std::filesystem::path& sidecar) {
  std::filesystem::path backup = sidecar;
  backup += ".unreadable";
  std::error_code ec;
  for (int n = 2; std::filesystem::exists(backup, ec); ++n) {
    backup = sidecar;
    backup += ".unreadable." + std::to_string(n);
  }
  return backup;
}

}  // namespace

SidecarCorrections read_corrections(const std::filesystem::path& sidecar) {
  SidecarCorrections read;
  const auto json = read_sidecar(sidecar);
  if (!json) return read;
  std::size_t index = 0;
  for (const Json& item : json->value("corrections", Json::array())) {
    try {
      read.corrections.push_back(correction_from(item, sidecar));
    } catch (const geo::InputError& e) {
      read.invalid.push_back(e.path() + ": correction " + std::to_string(index + 1) + ": " + e.reason());
    }
    ++index;
  }
  return read;
}

std::optional<std::filesystem::path> write_corrections(const std::filesystem::path& sidecar,
                                                       std::span<const Correction> corrections) {
  std::vector<Json> kept;
  std::optional<std::filesystem::path> backup;
  try {
    if (const auto existing = read_sidecar(sidecar)) kept = invalid_entries(*existing, sidecar);
  } catch (const geo::InputError&) {
    // Unreadable, so its content cannot be carried over entry by entry:
    // keep the whole file before replacing it.
    backup = backup_path(sidecar);
    std::error_code error;
    std::filesystem::copy_file(sidecar, *backup, error);
    if (error) {
      throw std::runtime_error(sidecar.string() + ": cannot be read, and cannot be backed up to " + backup->string() +
                               " before saving (" + error.message() + "); nothing was saved");
    }
  }
  std::error_code ignored;
  if (corrections.empty() && kept.empty()) {
    std::filesystem::remove(sidecar, ignored);
    return backup;
  }
  Json list = Json::array();
  for (const Correction& c : corrections) {
    list.push_back({{"id", c.incident_id},
                    {"position", lon_lat_json(c.where)},
                    {"location", c.location},
                    {"original_position", lon_lat_json(c.original)},
                    {"original_location", c.original_location}});
  }
  for (Json& item : kept) list.push_back(std::move(item));
  const Json json = {{kFormatKey, kFormatVersion}, {"corrections", std::move(list)}};
  std::filesystem::path temporary = sidecar;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << json.dump(2) << '\n';
    if (!out.flush()) {
      std::filesystem::remove(temporary, ignored);
      throw std::runtime_error(temporary.string() + ": cannot write the corrections");
    }
  }
  if (const std::error_code error = geo::durable_rename(temporary, sidecar)) {
    std::filesystem::remove(temporary, ignored);
    throw std::runtime_error(sidecar.string() + ": cannot save the corrections (" + error.message() + ")");
  }
  return backup;
}

std::vector<Correction> replace_correction(std::vector<Correction> stored, std::string_view incident_id,
                                           const Correction* now) {
  std::erase_if(stored, [incident_id](const Correction& c) { return c.incident_id == incident_id; });
  if (now) stored.push_back(*now);
  return stored;
}

render::Incident corrected(render::Incident incident, const Correction& correction) {
  incident.position = correction.where;
  if (!correction.location.empty()) incident.location = correction.location;
  incident.geo_precision = geo::GeoPrecision::place;
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
    entry.correction.original = incidents[i].where();
    entry.correction.original_location = incidents[i].location;
    incidents[i] = corrected(std::move(incidents[i]), entry.correction);
    applied.push_back(std::move(entry));
  }
  return applied;
}

}  // namespace incimap::app
