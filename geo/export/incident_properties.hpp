#pragma once
// The incident record as an attribute table: the fields every export
// writes, in order, and one incident's values for them (DESIGN.md's
// incident record, plus actor1_status, casualties, note, the source list and
// the offsets the viewer highlights).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "geo/incidents/incident.hpp"
#include "geo/ingest/article.hpp"

namespace incimap::geo {

enum class FieldType : std::uint8_t {
  string,
  integer,  // 32-bit: counts, offsets (articles are at most 16 MiB), geonameids
  real,
  date,      // written as a date where the format has one, else "YYYY-MM-DD"
  datetime,  // a LocalDateTime: a date-time where the format has one, else "YYYY-MM-DDTHH:MM:SS"
  json,      // JSON text; a native JSON value where the format has one
};

struct FieldSpec {
  std::string_view name;
  FieldType type;
};

std::span<const FieldSpec> incident_fields() noexcept;

// The field that holds the stable id (GeoJSON writes it as Feature.id).
inline constexpr std::string_view kIdField = "incident_id";

// A wall-clock time with no zone: the bounds of an event's day, week or
// month where it happened (the articles give the local day, not an offset).
struct LocalDateTime {
  long days = 0;                 // since 1970-01-01
  std::int32_t seconds = 0;      // since midnight, 0..86399
};

// "2020-01-05T23:59:59".
std::string format_local_date_time(const LocalDateTime& time);

// A field's value; monostate is null, and so is an empty string.
using PropertyValue = std::variant<std::monostate, std::string_view, std::int64_t, double, EventDate, LocalDateTime>;

// One incident's values, one per incident_fields() entry, in order. Text
// values view the incident or the strings held here, so they stay valid as
// long as both do. Reused across incidents: exports fill it once per feature.
struct IncidentProperties {
  std::vector<PropertyValue> values;
  std::string published_at;  // "2020-01-05T21:30:00+03:00" always (midnight UTC for a bare date)
  std::string sources;       // JSON array of every source
  std::string title;         // "Air/drone strike — Baghdad"
};

void incident_properties(const Incident& incident, IncidentProperties& properties);

// published_at as the exports write it: one ISO 8601 form with a zone, so a
// typed column or a parser takes every row. A time given only as a date
// (or month) is its first instant in UTC, which is how ingest stores it.
std::string format_published_at(const PublishedTime& time);

}  // namespace incimap::geo
