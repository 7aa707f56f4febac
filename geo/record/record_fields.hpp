#pragma once
// The incident record's field table: each exported field once, with its
// type and how to get its value from an IncidentRecord and set it back.
// Every writer and reader iterates this table, so adding a field is one row
// here (and one test).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "geo/record/incident_record.hpp"

namespace incimap::geo {

enum class FieldType : std::uint8_t {
  string,
  integer,  // 32-bit: counts, offsets (articles are at most 16 MiB), geonameids
  real,
  date,      // written as a date where the format has one, else "YYYY-MM-DD"
  datetime,  // a LocalDateTime: a date-time where the format has one, else "YYYY-MM-DDTHH:MM:SS"
  json,      // JSON text; a native JSON value where the format has one
};

// A wall-clock time with no zone: the bounds of an event's day, week or
// month where it happened (the articles give the local day, not an offset).
struct LocalDateTime {
  long days = 0;             // since 1970-01-01
  std::int32_t seconds = 0;  // since midnight, 0..86399
  constexpr bool operator==(const LocalDateTime&) const noexcept = default;
};

// "2020-01-05T23:59:59".
std::string format_local_date_time(const LocalDateTime& time);
void append_local_date_time(std::string& out, const LocalDateTime& time);

// A field's value; monostate is null, and so is an empty string. A text
// value views the record or the scratch string given to FieldSpec::get.
using PropertyValue = std::variant<std::monostate, std::string_view, std::int64_t, double, EventDate, LocalDateTime>;

// Whether a reader sets the field back, or it is computed from others.
enum class FieldRole : std::uint8_t { stored, derived };

struct FieldSpec {
  std::string_view name;
  FieldType type;
  // The value of this field for `record`; a formatted text is kept in `scratch`.
  PropertyValue (*get)(const IncidentRecord& record, std::string& scratch);
  // Sets the field from a value as a file held it (a text where the format
  // has no such type: "2020-01-05", "3"); false when the value does not
  // fit (the field is left unset). Null for a derived field.
  bool (*set)(IncidentRecord& record, const PropertyValue& value);
  FieldRole role() const noexcept { return set ? FieldRole::stored : FieldRole::derived; }
};

std::span<const FieldSpec> incident_fields() noexcept;

// The field that holds the stable id (GeoJSON writes it as Feature.id).
inline constexpr std::string_view kIdField = "incident_id";

// The index in incident_fields() of `name`, or incident_fields().size().
std::size_t field_index(std::string_view name) noexcept;

// published_at as the exports write it: one ISO 8601 form with a zone, so a
// typed column or a parser takes every row. A time given only as a date
// (or month) is its first instant in UTC, which is how ingest stores it.
std::string format_published_at(const PublishedTime& time);
void append_published_at(std::string& out, const PublishedTime& time);

// A column an application writes beside the record's (the viewer's
// geocode_status, original_lon, ...), with its values given per feature.
struct ExtraField {
  std::string name;
  FieldType type = FieldType::string;
};

// Values of one record, one per incident_fields() entry, with the strings
// they view; reused across records (an export fills it once per feature).
struct RecordValues {
  std::vector<PropertyValue> values;
  std::vector<std::string> scratch;
  void fill(const IncidentRecord& record);
  // The same for another table of the record's fields (acled_fields.hpp).
  void fill(const IncidentRecord& record, std::span<const FieldSpec> fields);
};

}  // namespace incimap::geo
