#include "geo/resolve/place_mention_json.hpp"

#include <cmath>

namespace incimap::geo {
namespace {

double round6(double v) { return std::round(v * 1e6) / 1e6; }
double round3(double v) { return std::round(v * 1e3) / 1e3; }

nlohmann::json string_or_null(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

void put_place(nlohmann::json& j, const GazetteerPlace& p) {
  j["name"] = p.name;
  j["lat"] = round6(p.position.lat());
  j["lon"] = round6(p.position.lon());
  j["geonameid"] = p.geonameid ? nlohmann::json(p.geonameid) : nlohmann::json();
  j["feature_class"] = std::string(1, p.feature_class);
  j["feature_code"] = p.feature_code;
  j["country"] = string_or_null(p.country);
  j["admin1"] = string_or_null(p.admin1);
  j["geo_type"] = geo_type_name(p.type);
}

}  // namespace

const char* geo_type_name(GeoType type) noexcept {
  switch (type) {
    case GeoType::country: return "country";
    case GeoType::admin1: return "admin1";
    case GeoType::admin2: return "admin2";
    case GeoType::city: return "city";
    case GeoType::landmark: return "landmark";
    case GeoType::region: return "region";
  }
  return "city";
}

nlohmann::json place_mention_to_json(const PlaceMention& m) {
  nlohmann::json j;
  j["start"] = m.start;
  j["end"] = m.end;
  j["text"] = m.text;
  j["kind"] = m.kind == MentionKind::demonym ? "demonym" : "place";
  if (m.place) {
    put_place(j, *m.place);
  } else {
    for (const char* key : {"name", "lat", "lon", "geonameid", "feature_class", "feature_code", "country", "admin1",
                            "geo_type"})
      j[key] = nullptr;
  }
  j["confidence"] = round3(m.confidence);
  if (!m.candidates.empty()) {
    auto& list = j["candidates"] = nlohmann::json::array();
    for (const auto& c : m.candidates) {
      nlohmann::json cj;
      put_place(cj, c.place);
      cj["score"] = round3(c.score);
      cj["evidence"] = c.evidence;
      list.push_back(std::move(cj));
    }
  }
  return j;
}

}  // namespace incimap::geo
