#pragma once
// Compares two incident records field by field through the field table, so
// a field added to the table is compared without touching the tests.

#include <cmath>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "geo/record/record_fields.hpp"

namespace incimap::geo::testing {

inline std::string shown(const PropertyValue& value) {
  if (std::holds_alternative<std::monostate>(value)) return "null";
  if (const auto* s = std::get_if<std::string_view>(&value)) return "\"" + std::string(*s) + "\"";
  if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&value)) return std::to_string(*d);
  if (const auto* e = std::get_if<EventDate>(&value)) return "date " + std::to_string(e->days);
  if (const auto* t = std::get_if<LocalDateTime>(&value)) return format_local_date_time(*t);
  return "?";
}

// "field: wrote X, read Y" for each field that differs, skipping `unheld`
// (the fields a format cannot hold, each named by the test with why).
inline std::vector<std::string> differences(const IncidentRecord& wrote, const IncidentRecord& read,
                                            const std::set<std::string>& unheld = {}) {
  std::vector<std::string> out;
  RecordValues a, b;
  a.fill(wrote);
  b.fill(read);
  const auto fields = incident_fields();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string name(fields[i].name);
    if (unheld.count(name)) continue;
    const auto* x = std::get_if<double>(&a.values[i]);
    const auto* y = std::get_if<double>(&b.values[i]);
    bool same = x && y ? std::abs(*x - *y) < 1e-9 : a.values[i] == b.values[i];
    const auto* json_a = std::get_if<std::string_view>(&a.values[i]);
    const auto* json_b = std::get_if<std::string_view>(&b.values[i]);
    if (!same && fields[i].type == FieldType::json && json_a && json_b) {
      // The same JSON value; a writer may space it out (GDAL's GeoJSON driver does).
      same = nlohmann::json::parse(*json_a, nullptr, false) == nlohmann::json::parse(*json_b, nullptr, false);
    }
    if (!same) out.push_back(name + ": wrote " + shown(a.values[i]) + ", read " + shown(b.values[i]));
  }
  if (!unheld.count("position")) {
    if (wrote.position.has_value() != read.position.has_value()) {
      out.push_back(std::string("position: ") + (wrote.position ? "lost" : "appeared"));
    } else if (wrote.position && (std::abs(wrote.position->lon() - read.position->lon()) > 5e-7 ||
                                  std::abs(wrote.position->lat() - read.position->lat()) > 5e-7)) {
      out.push_back("position: moved");  // 6 decimals: half a unit of the last
    }
  }
  return out;
}

}  // namespace incimap::geo::testing
