#include "render/model/load_incidents.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "render/basemap/gdal_handles.hpp"

namespace incimap::render {
namespace {

// "candidates" may be a JSON array of strings or objects {name, country, score}.
std::vector<std::string> candidate_lines(const std::string& field) {
  std::vector<std::string> out;
  if (field.empty()) return out;
  const auto json = nlohmann::json::parse(field, nullptr, false);
  if (!json.is_array()) return {field};
  for (const auto& item : json) {
    if (item.is_string()) {
      out.push_back(item.get<std::string>());
    } else if (item.is_object()) {
      std::string line = item.value("name", std::string("?"));
      if (item.contains("country") && item["country"].is_string()) line += " (" + item["country"].get<std::string>() + ")";
      if (item.contains("score") && item["score"].is_number()) {
        char score[32];
        std::snprintf(score, sizeof score, " %.2f", item["score"].get<double>());
        line += score;
      }
      out.push_back(line);
    }
  }
  return out;
}

// Field access by name; absent or null fields read as empty / the fallback.
class FeatureFields {
 public:
  explicit FeatureFields(OGRFeatureH feature) : feature_(feature) {}

  std::string text(const char* name) const {
    const int i = index(name);
    return i < 0 ? std::string() : std::string(OGR_F_GetFieldAsString(feature_, i));
  }
  // YYYY-MM-DD whether the driver typed the field as a date or left it text.
  std::string date(const char* name) const {
    const int i = index(name);
    if (i < 0) return {};
    const OGRFieldType type = OGR_Fld_GetType(OGR_F_GetFieldDefnRef(feature_, i));
    if (type != OFTDate && type != OFTDateTime) return text(name);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
    float second = 0;
    if (!OGR_F_GetFieldAsDateTimeEx(feature_, i, &year, &month, &day, &hour, &minute, &second, &zone)) return {};
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
    return out;
  }
  int integer(const char* name, int fallback) const {
    const int i = index(name);
    return i < 0 ? fallback : OGR_F_GetFieldAsInteger(feature_, i);
  }
  // A JSON array arrives as a StringList (array of strings) or as JSON text.
  std::vector<std::string> list(const char* name) const {
    const int i = index(name);
    if (i < 0) return {};
    if (OGR_Fld_GetType(OGR_F_GetFieldDefnRef(feature_, i)) != OFTStringList) return candidate_lines(text(name));
    std::vector<std::string> out;
    for (char** item = OGR_F_GetFieldAsStringList(feature_, i); item && *item; ++item) out.emplace_back(*item);
    return out;
  }
  double real(const char* name, double fallback) const {
    const int i = index(name);
    return i < 0 ? fallback : OGR_F_GetFieldAsDouble(feature_, i);
  }

 private:
  int index(const char* name) const {
    const int i = OGR_F_GetFieldIndex(feature_, name);
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(feature_, i) ? i : -1;
  }
  OGRFeatureH feature_;
};

GeoPrecision geo_precision_from(int code) noexcept {
  if (code >= 3) return GeoPrecision::region;
  if (code == 2) return GeoPrecision::near_place;
  return GeoPrecision::place;
}

TimePrecision time_precision_from(int code) noexcept {
  switch (code) {
    case 1: return TimePrecision::day;
    case 2: return TimePrecision::week;
    case 3: return TimePrecision::month;
    default: return TimePrecision::unknown;
  }
}

// The point a feature is drawn at, or why it has none (counted in `dropped`).
std::optional<geo::LonLat> position_of(OGRGeometryH geometry, DroppedFeatures& dropped) {
  if (!geometry || OGR_G_IsEmpty(geometry)) {
    ++dropped.without_geometry;
    return std::nullopt;
  }
  double x = 0, y = 0;
  if (wkbFlatten(OGR_G_GetGeometryType(geometry)) == wkbPoint) {
    x = OGR_G_GetX(geometry, 0);
    y = OGR_G_GetY(geometry, 0);
  } else {
    OgrGeometryPtr centroid(OGR_G_CreateGeometry(wkbPoint));
    if (OGR_G_Centroid(geometry, centroid.get()) != OGRERR_NONE) {
      ++dropped.without_centroid;
      return std::nullopt;
    }
    x = OGR_G_GetX(centroid.get(), 0);
    y = OGR_G_GetY(centroid.get(), 0);
  }
  const auto where = geo::LonLat::from(geo::Longitude{x}, geo::Latitude{y});
  if (!where.valid()) {
    ++dropped.off_earth;
    return std::nullopt;
  }
  return where;
}

// A table with no geometry (incimap's CSV, XLSX and ODS exports, a
// spreadsheet) holds the point in longitude and latitude columns. An empty
// cell is no point, not 0°.
std::optional<geo::LonLat> position_from_columns(OGRFeatureH feature) {
  const FeatureFields f(feature);
  const std::string lon = f.text("longitude"), lat = f.text("latitude");
  if (lon.empty() || lat.empty()) return std::nullopt;
  double x = 0, y = 0;
  const auto [lon_end, lon_error] = std::from_chars(lon.data(), lon.data() + lon.size(), x);
  const auto [lat_end, lat_error] = std::from_chars(lat.data(), lat.data() + lat.size(), y);
  if (lon_error != std::errc() || lat_error != std::errc() || lon_end != lon.data() + lon.size() ||
      lat_end != lat.data() + lat.size()) {
    return std::nullopt;
  }
  const auto where = geo::LonLat::from(geo::Longitude{x}, geo::Latitude{y});
  if (!where.valid()) return std::nullopt;
  return where;
}

Incident incident_from(OGRFeatureH feature, geo::LonLat where) {
  const FeatureFields f(feature);
  Incident incident;
  incident.where = where;
  // GeoJSON exposes a string Feature.id as "id"; other formats keep geo's "incident_id" column.
  incident.id = f.text("id");
  if (incident.id.empty()) incident.id = f.text("incident_id");
  if (incident.id.empty()) incident.id = std::to_string(OGR_F_GetFID(feature));
  incident.title = f.text("title");
  if (incident.title.empty()) incident.title = f.text("source_title");
  incident.event_date = f.date("event_date");
  incident.day = parse_day(incident.event_date);
  incident.time_precision = time_precision_from(f.integer("time_precision", 0));
  incident.event_type = f.text("event_type");
  incident.sub_event_type = f.text("sub_event_type");
  incident.actor1 = f.text("actor1");
  incident.actor2 = f.text("actor2");
  incident.fatalities = std::max(0, f.integer("fatalities", 0));
  incident.injuries = std::max(0, f.integer("injuries", 0));
  incident.location = f.text("location");
  incident.matched_text = f.text("matched_text");
  incident.country = f.text("country");
  incident.admin1 = f.text("admin1");
  incident.geo_precision = geo_precision_from(f.integer("geo_precision", 1));
  incident.geo_type = f.text("geo_type");
  incident.geocode_confidence = std::clamp(f.real("geocode_confidence", 1.0), 0.0, 1.0);
  incident.source_title = f.text("source_title");
  incident.source_url = f.text("source_url");
  incident.source_file = f.text("source_file");
  incident.published_at = f.text("published_at");
  incident.excerpt = f.text("excerpt");
  const int matched_start = f.integer("matched_start", -1), matched_end = f.integer("matched_end", -1);
  if (matched_start >= 0 && matched_end > matched_start) {
    incident.matched_span = std::pair{std::size_t(matched_start), std::size_t(matched_end)};
  }
  incident.candidates = f.list("candidates");
  return incident;
}

}  // namespace

std::vector<Incident> load_incidents(const std::string& path, DroppedFeatures& dropped) {
  const GdalDatasetPtr dataset = open_vector_dataset(path);
  std::vector<Incident> incidents;
  for (int l = 0; l < GDALDatasetGetLayerCount(dataset.get()); ++l) {
    OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), l);
    const OgrTransformPtr to_wgs84 = transform_to_wgs84(layer);
    OGR_L_ResetReading(layer);
    while (OgrFeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
      OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get());
      if (geometry && to_wgs84 && OGR_G_Transform(geometry, to_wgs84.get()) != OGRERR_NONE) {
        ++dropped.not_reprojectable;
        continue;
      }
      // A table without geometry (incimap's CSV) holds the point in columns.
      std::optional<geo::LonLat> where;
      if (geometry == nullptr) {
        where = position_from_columns(feature.get());
        if (!where) ++dropped.without_geometry;
      } else {
        where = position_of(geometry, dropped);
      }
      if (where) incidents.push_back(incident_from(feature.get(), *where));
    }
  }
  return incidents;
}

std::vector<Incident> load_incidents(const std::string& path) {
  DroppedFeatures ignored;
  return load_incidents(path, ignored);
}

std::string describe(const DroppedFeatures& dropped) {
  if (dropped.total() == 0) return {};
  std::string reasons;
  const auto add = [&](std::size_t count, const char* why) {
    if (count == 0) return;
    reasons += (reasons.empty() ? "" : ", ") + std::to_string(count) + " " + why;
  };
  add(dropped.without_geometry, "without geometry");
  add(dropped.without_centroid, "whose geometry has no centre");
  add(dropped.not_reprojectable, "that could not be reprojected to WGS84");
  add(dropped.off_earth, "with coordinates off Earth");
  return std::to_string(dropped.total()) + (dropped.total() == 1 ? " feature" : " features") +
         " left out of the map: " + reasons;
}

}  // namespace incimap::render
