#include "app/incident_shard.hpp"

#include <cstring>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "geo/gdal/gdal_handles.hpp"
#include "geo/base/input_error.hpp"
#include "geo/ingest/published_time.hpp"
#include "geo/resolve/place_mention_json.hpp"

namespace incimap::app {
namespace {

using geo::InputError;

// A layer's field numbers by name, looked up once a layer rather than by
// OGR's case-blind scan of every field for every value of every feature.
class FieldNumbers {
 public:
  explicit FieldNumbers(OGRFeatureDefnH defn) : defn_(defn) {}
  int of(const char* name) {
    const auto [it, added] = numbers_.try_emplace(name, -1);
    if (added) it->second = OGR_FD_GetFieldIndex(defn_, name);
    return it->second;
  }

 private:
  OGRFeatureDefnH defn_;
  std::unordered_map<std::string, int> numbers_;
};

// One feature's fields by name; a missing or null field reads as nothing.
class FeatureFields {
 public:
  FeatureFields(OGRFeatureH feature, FieldNumbers& numbers) : feature_(feature), numbers_(numbers) {}

  std::optional<std::string> text(const char* name) const {
    const int i = index(name);
    if (i < 0) return std::nullopt;
    const char* value = OGR_F_GetFieldAsString(feature_, i);
    if (value == nullptr || *value == '\0') return std::nullopt;
    return std::string(value);
  }
  std::string text_or_empty(const char* name) const { return text(name).value_or(""); }
  std::optional<long long> integer(const char* name) const {
    const int i = index(name);
    if (i < 0) return std::nullopt;
    return OGR_F_GetFieldAsInteger64(feature_, i);
  }
  std::optional<double> real(const char* name) const {
    const int i = index(name);
    if (i < 0) return std::nullopt;
    return OGR_F_GetFieldAsDouble(feature_, i);
  }
  // A date column, typed (GPKG, GeoJSON) or as "YYYY-MM-DD" text (CSV).
  std::optional<long> days(const char* name) const {
    const int i = index(name);
    if (i < 0) return std::nullopt;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
    float second = 0;
    if (OGR_F_GetFieldAsDateTimeEx(feature_, i, &year, &month, &day, &hour, &minute, &second, &zone) && year > 0)
      return geo::days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    return std::nullopt;
  }

 private:
  int index(const char* name) const {
    const int i = numbers_.of(name);
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(feature_, i) ? i : -1;
  }
  OGRFeatureH feature_;
  FieldNumbers& numbers_;
};

template <class Enum>
std::optional<Enum> enum_named(std::string_view name, Enum last, std::string_view (*name_of)(Enum) noexcept) {
  for (int i = 0; i <= static_cast<int>(last); ++i) {
    const auto value = static_cast<Enum>(i);
    if (name_of(value) == name) return value;
  }
  return std::nullopt;
}

std::string_view attribution_label(geo::Attribution a) noexcept { return geo::attribution_name(a); }
std::string_view sub_event_label(geo::SubEventType t) noexcept { return geo::acled_name(t); }
std::string_view geo_type_label(geo::GeoType t) noexcept { return geo::geo_type_name(t); }

std::optional<geo::Actor> actor(const FeatureFields& f, const char* name, const char* status) {
  auto who = f.text(name);
  if (!who) return std::nullopt;
  geo::Actor a{std::move(*who), std::nullopt};
  if (status != nullptr) {
    if (const auto s = f.text(status)) a.attribution = enum_named(*s, geo::Attribution::confirmed, attribution_label);
  }
  return a;
}

std::optional<std::uint32_t> count(const FeatureFields& f, const char* name) {
  const auto n = f.integer(name);
  if (!n || *n < 0) return std::nullopt;
  return static_cast<std::uint32_t>(*n);
}

// The point: the geometry, or the longitude/latitude columns of a table format.
std::optional<geo::LonLat> position(OGRFeatureH feature, const FeatureFields& f) {
  OGRGeometryH g = OGR_F_GetGeometryRef(feature);
  if (g != nullptr && !OGR_G_IsEmpty(g) && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPoint)
    return geo::LonLat::from(geo::Longitude{OGR_G_GetX(g, 0)}, geo::Latitude{OGR_G_GetY(g, 0)});
  const auto lon = f.real("longitude");
  const auto lat = f.real("latitude");
  if (lon && lat) return geo::LonLat::from(geo::Longitude{*lon}, geo::Latitude{*lat});
  return std::nullopt;
}

std::optional<geo::IncidentLocation> location(OGRFeatureH feature, const FeatureFields& f) {
  const auto where = position(feature, f);
  if (!where) return std::nullopt;
  geo::IncidentLocation l;
  l.place.position = *where;
  l.place.name = f.text_or_empty("location");
  l.place.country = f.text_or_empty("country");
  l.place.admin1 = f.text_or_empty("admin1");
  l.place.geonameid = static_cast<std::uint32_t>(f.integer("geonameid").value_or(0));
  if (const auto type = f.text("geo_type")) l.place.type = enum_named(*type, geo::GeoType::region, geo_type_label).value_or(geo::GeoType::city);
  if (const auto p = f.integer("geo_precision"); p && *p >= 1 && *p <= 3) l.precision = static_cast<geo::GeoPrecision>(*p);
  l.confidence = f.real("geocode_confidence").value_or(0);
  l.matched_text = f.text_or_empty("matched_text");
  l.matched_start = static_cast<std::uint32_t>(f.integer("matched_start").value_or(0));
  l.matched_end = static_cast<std::uint32_t>(f.integer("matched_end").value_or(0));
  return l;
}

std::string json_text(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::uint32_t json_offset(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_number_unsigned() ? it->get<std::uint32_t>() : 0;
}

// The sources list, else (a format that cut it) the first source's flat fields.
std::vector<geo::IncidentSource> sources(const FeatureFields& f, const std::string& where) {
  std::vector<geo::IncidentSource> out;
  if (const auto list = f.text("sources")) {
    const auto parsed = nlohmann::json::parse(*list, nullptr, false);
    if (!parsed.is_array()) throw InputError(where, "the sources field is not a JSON array");
    for (const auto& s : parsed) {
      if (!s.is_object()) throw InputError(where, "a source in the sources field is not a JSON object");
      geo::IncidentSource source;
      source.article_id = json_text(s, "article_id");
      source.title = json_text(s, "title");
      source.url = json_text(s, "url");
      source.file = json_text(s, "file");
      source.published = geo::parse_published_time(json_text(s, "published_at"));
      source.excerpt_start = json_offset(s, "excerpt_start");
      source.excerpt_end = json_offset(s, "excerpt_end");
      out.push_back(std::move(source));
    }
  }
  if (out.empty()) {
    geo::IncidentSource source;
    source.article_id = f.text_or_empty("article_id");
    source.title = f.text_or_empty("source_title");
    source.url = f.text_or_empty("source_url");
    source.file = f.text_or_empty("source_file");
    source.published = geo::parse_published_time(f.text_or_empty("published_at"));
    source.excerpt_start = static_cast<std::uint32_t>(f.integer("excerpt_start").value_or(0));
    source.excerpt_end = static_cast<std::uint32_t>(f.integer("excerpt_end").value_or(0));
    out.push_back(std::move(source));
  }
  out.front().excerpt = f.text_or_empty("excerpt");
  return out;
}

geo::Incident incident_of(OGRFeatureH feature, FieldNumbers& numbers, const std::string& where) {
  const FeatureFields f(feature, numbers);
  geo::Incident incident;
  // GeoJSON keeps it as Feature.id, which OGR reads as a field named "id".
  incident.id = f.text("incident_id").value_or(f.text_or_empty("id"));
  if (incident.id.empty()) throw InputError(where, "a feature without incident_id (not an incimap incident file?)");
  const auto sub_event = f.text("sub_event_type");
  const auto parsed = sub_event ? enum_named(*sub_event, geo::SubEventType::other, sub_event_label) : std::nullopt;
  if (!parsed) throw InputError(where, "incident " + incident.id + ": unknown sub_event_type \"" + sub_event.value_or("") + "\"");
  incident.sub_event = *parsed;
  if (const auto day = f.days("event_date")) {
    const auto precision = f.integer("time_precision").value_or(1);
    incident.date = geo::EventDate{*day, precision >= 1 && precision <= 3 ? static_cast<geo::DatePrecision>(precision)
                                                                          : geo::DatePrecision::day};
  }
  incident.actor1 = actor(f, "actor1", "actor1_status");
  incident.actor2 = actor(f, "actor2", nullptr);
  incident.fatalities = count(f, "fatalities");
  incident.injuries = count(f, "injuries");
  incident.casualties = count(f, "casualties");
  incident.note = f.text_or_empty("note");
  incident.location = location(feature, f);
  incident.sources = sources(f, where);
  return incident;
}

}  // namespace

std::vector<geo::Incident> read_incident_shard(const std::string& path) {
  geo::gdal::ensure_registered();
  const geo::gdal::QuietErrors quiet;
  geo::gdal::DatasetPtr dataset(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  if (!dataset) throw InputError(path, geo::gdal::last_error_or("not a vector file GDAL can open"));
  std::vector<geo::Incident> incidents;
  const int layers = GDALDatasetGetLayerCount(dataset.get());
  for (int l = 0; l < layers; ++l) {
    OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), l);
    OGR_L_ResetReading(layer);
    FieldNumbers numbers(OGR_L_GetLayerDefn(layer));
    std::size_t n = 0;
    while (geo::gdal::FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
      ++n;
      incidents.push_back(incident_of(feature.get(), numbers, path + " [feature " + std::to_string(n) + "]"));
    }
  }
  return incidents;
}

}  // namespace incimap::app
