#pragma once
// An RFC 7946 checker written for the tests, independent of GDAL: the
// structural rules a GeoJSON consumer relies on. Returns the violations
// found, empty when the document conforms.
//
// Checked: a FeatureCollection of Feature objects; no "crs" member anywhere
// (§4); Feature "id" a string or number when present (§3.2); every
// geometry a valid type with positions of two or three numbers, longitude
// in [-180, 180] first and latitude in [-90, 90] second (§3.1.1, §4);
// linear rings closed with four or more positions, exterior rings
// counterclockwise and holes clockwise (§3.1.6); at most `max_decimals`
// decimals in the coordinate text.

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace incimap::geo::testing {

class Rfc7946Check {
 public:
  explicit Rfc7946Check(int max_decimals) : max_decimals_(max_decimals) {}

  std::vector<std::string> run(std::string_view text) {
    problems_.clear();
    check_decimals(text);
    nlohmann::json doc;
    try {
      doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
      return {std::string("not JSON: ") + e.what()};
    }
    no_crs(doc, "$");
    if (doc.value("type", "") != "FeatureCollection") problems_.push_back("top level is not a FeatureCollection");
    if (!doc.contains("features") || !doc["features"].is_array()) {
      problems_.push_back("no features array");
      return problems_;
    }
    for (std::size_t i = 0; i < doc["features"].size(); ++i)
      feature(doc["features"][i], "features[" + std::to_string(i) + "]");
    return problems_;
  }

  // Shoelace sum over a ring of [lon, lat] positions: positive when counterclockwise.
  static double signed_area(const nlohmann::json& ring) {
    double sum = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
      sum += ring[i][0].get<double>() * ring[i + 1][1].get<double>() -
             ring[i + 1][0].get<double>() * ring[i][1].get<double>();
    }
    return sum / 2;
  }

 private:
  void check_decimals(std::string_view text) {
    // Numbers inside "coordinates": [...] only.
    for (std::size_t at = text.find("\"coordinates\""); at != std::string_view::npos;
         at = text.find("\"coordinates\"", at + 1)) {
      std::size_t depth = 0;
      std::size_t i = text.find('[', at);
      for (; i < text.size(); ++i) {
        if (text[i] == '[') ++depth;
        if (text[i] == ']' && --depth == 0) break;
        if (text[i] == '.') {
          std::size_t digits = 0;
          while (i + 1 + digits < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1 + digits])))
            ++digits;
          if (static_cast<int>(digits) > max_decimals_) {
            problems_.push_back("coordinate with " + std::to_string(digits) + " decimals");
          }
        }
      }
    }
  }

  void no_crs(const nlohmann::json& value, const std::string& where) {
    if (value.is_object()) {
      if (value.contains("crs")) problems_.push_back(where + " has a crs member");
      for (const auto& [key, child] : value.items()) no_crs(child, where + "." + key);
    } else if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) no_crs(value[i], where + "[" + std::to_string(i) + "]");
    }
  }

  void feature(const nlohmann::json& f, const std::string& where) {
    if (f.value("type", "") != "Feature") problems_.push_back(where + " is not a Feature");
    if (f.contains("id") && !f["id"].is_string() && !f["id"].is_number()) {
      problems_.push_back(where + ".id is neither string nor number");
    }
    if (!f.contains("properties")) problems_.push_back(where + " has no properties member");
    if (!f.contains("geometry")) {
      problems_.push_back(where + " has no geometry member");
      return;
    }
    if (!f["geometry"].is_null()) geometry(f["geometry"], where + ".geometry");
  }

  void position(const nlohmann::json& p, const std::string& where) {
    if (!p.is_array() || p.size() < 2 || p.size() > 3 || !p[0].is_number() || !p[1].is_number()) {
      problems_.push_back(where + " is not a position");
      return;
    }
    const double lon = p[0].get<double>();
    const double lat = p[1].get<double>();
    if (!(lon >= -180 && lon <= 180)) problems_.push_back(where + " longitude out of range");
    if (!(lat >= -90 && lat <= 90)) problems_.push_back(where + " latitude out of range");
  }

  void ring(const nlohmann::json& r, bool exterior, const std::string& where) {
    if (!r.is_array() || r.size() < 4) {
      problems_.push_back(where + " ring has fewer than four positions");
      return;
    }
    for (std::size_t i = 0; i < r.size(); ++i) position(r[i], where + "[" + std::to_string(i) + "]");
    if (r.front() != r.back()) problems_.push_back(where + " ring is not closed");
    const double area = signed_area(r);
    if (exterior && area < 0) problems_.push_back(where + " exterior ring is clockwise");
    if (!exterior && area > 0) problems_.push_back(where + " hole is counterclockwise");
  }

  void polygon(const nlohmann::json& rings, const std::string& where) {
    for (std::size_t i = 0; i < rings.size(); ++i) ring(rings[i], i == 0, where + "[" + std::to_string(i) + "]");
  }

  void geometry(const nlohmann::json& g, const std::string& where) {
    const std::string type = g.value("type", "");
    const nlohmann::json& c = g.contains("coordinates") ? g["coordinates"] : nlohmann::json();
    if (type == "Point") {
      position(c, where);
    } else if (type == "MultiPoint" || type == "LineString") {
      for (const auto& p : c) position(p, where);
    } else if (type == "MultiLineString") {
      for (const auto& line : c)
        for (const auto& p : line) position(p, where);
    } else if (type == "Polygon") {
      polygon(c, where);
    } else if (type == "MultiPolygon") {
      for (const auto& poly : c) polygon(poly, where);
    } else if (type == "GeometryCollection") {
      for (const auto& member : g["geometries"]) geometry(member, where + ".geometries");
    } else {
      problems_.push_back(where + " has unknown geometry type '" + type + "'");
    }
  }

  int max_decimals_;
  std::vector<std::string> problems_;
};

}  // namespace incimap::geo::testing
