#pragma once
// Builds records from the values a reader finds by field name: collects
// them in any order, then sets them in the field table's order (time_precision
// needs event_date first) and reports a value that does not fit its field.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "geo/record/incident_reader.hpp"
#include "geo/record/record_fields.hpp"

namespace incimap::geo {

class RecordBuilder {
 public:
  // Records go to `sink`; problems and counts to `file`.
  RecordBuilder(IncidentFile& file, RecordSink& sink, std::string path);

  // The field table index of a column or member name; incident_fields().size() for none.
  static std::size_t field_named(std::string_view name) noexcept { return field_index(name); }

  // Values view the reader's buffers: they must outlive add().
  void set(std::size_t field, const PropertyValue& value) noexcept {
    if (field < values_.size()) values_[field] = value;
  }
  // A GeoJSON Feature.id: the incident id unless the properties hold one.
  void set_feature_id(std::string_view id) noexcept { feature_id_ = id; }

  void reserve(std::size_t records) { sink_.reserve(records); }

  // Appends the record of the values set since the last add(), then forgets them.
  void add(std::optional<LonLat> position);

 private:
  IncidentFile& file_;
  RecordSink& sink_;
  std::string path_;
  std::vector<PropertyValue> values_;
  std::string_view feature_id_;
};

}  // namespace incimap::geo
