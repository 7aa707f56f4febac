#include "geo/export/geojson_stream.hpp"

#include <cerrno>
#include <cstring>
#include <variant>

#include "geo/export/data_attribution.hpp"
#include "geo/export/coordinate_precision.hpp"
#include "geo/export/export_error.hpp"
#include "geo/base/calendar.hpp"
#include "geo/record/record_fields.hpp"
#include "geo/text/json_writer.hpp"

namespace incimap::geo {
namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

void append_value(std::string& out, FieldType type, const PropertyValue& value) {
  if (const auto* text = std::get_if<std::string_view>(&value)) {
    if (type == FieldType::json) {
      out.append(*text);  // already JSON: a native array, not a string
    } else {
      append_json_string(out, *text);
    }
  } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    append_json_integer(out, *integer);
  } else if (const auto* real = std::get_if<double>(&value)) {
    append_json_number(out, *real);
  } else if (const auto* date = std::get_if<EventDate>(&value)) {
    // Digits and dashes need no escaping.
    out.push_back('"');
    append_iso_date(out, civil_from_days(date->days));
    out.push_back('"');
  } else if (const auto* time = std::get_if<LocalDateTime>(&value)) {
    out.push_back('"');
    append_local_date_time(out, *time);
    out.push_back('"');
  } else {
    out.append("null");
  }
}

void append_geometry(std::string& out, const IncidentRecord& record) {
  if (!record.position) {
    out.append("null");
    return;
  }
  const LonLat p = *record.position;
  out.append("{ \"type\": \"Point\", \"coordinates\": [ ");
  append_json_number(out, p.lon(), kCoordinateDecimals);
  out.append(", ");
  append_json_number(out, p.lat(), kCoordinateDecimals);
  out.append(" ] }");
}

}  // namespace

void append_geojson_feature(std::string& out, const IncidentRecord& record, const RecordValues& values,
                            std::span<const ExtraField> extra, std::span<const PropertyValue> extra_values) {
  const auto fields = incident_fields();
  out.append("{ \"type\": \"Feature\"");
  bool first_property = true;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const PropertyValue& value = values.values[i];
    if (fields[i].name == kIdField) {
      // Feature.id, as GDAL's ID_FIELD option writes it; an incident always has one.
      out.append(", \"id\": ");
      append_value(out, fields[i].type, value);
      continue;
    }
    out.append(first_property ? ", \"properties\": { \"" : ", \"");
    first_property = false;
    out.append(fields[i].name);
    out.append("\": ");
    append_value(out, fields[i].type, value);
  }
  for (std::size_t i = 0; i < extra.size() && i < extra_values.size(); ++i) {
    out.append(first_property ? ", \"properties\": { " : ", ");
    first_property = false;
    append_json_string(out, extra[i].name);  // the application's name: escaped, unlike ours
    out.append(": ");
    append_value(out, extra[i].type, extra_values[i]);
  }
  out.append(first_property ? ", \"properties\": { }" : " }");
  out.append(", \"geometry\": ");
  append_geometry(out, record);
  out.append(" }");
}

GeoJsonStream::GeoJsonStream(std::FILE* file, std::string path, GeoJsonLayout layout, std::vector<ExtraField> extra)
    : file_(file), path_(std::move(path)), layout_(layout), extra_(std::move(extra)) {
  buffer_.reserve(kFlushBytes + 64 * 1024);
  if (layout_ == GeoJsonLayout::collection) {
    // "description" carries the data credit, where GDAL's DESCRIPTION layer option puts it.
    buffer_.append("{\n\"type\": \"FeatureCollection\",\n\"description\": ");
    append_json_string(buffer_, export_attribution());
    buffer_.append(",\n\"features\": [\n");
  }
}

void GeoJsonStream::write(const IncidentRecord& record, std::span<const PropertyValue> extra_values) {
  values_.fill(record);
  begin_feature();
  append_geojson_feature(buffer_, record, values_, extra_, extra_values);
  end_feature();
}

void GeoJsonStream::write_rendered(std::string_view feature) {
  begin_feature();
  buffer_.append(feature);
  end_feature();
}

void GeoJsonStream::begin_feature() {
  if (layout_ == GeoJsonLayout::collection && !first_) buffer_.append(",\n");
  first_ = false;
}

void GeoJsonStream::end_feature() {
  if (layout_ == GeoJsonLayout::sequence) buffer_.push_back('\n');
  flush_if_full();
}

void GeoJsonStream::flush() {
  write_buffer();
  if (std::fflush(file_) != 0) throw ExportError(path_, "GeoJSON", std::string("cannot write: ") + std::strerror(errno));
}

void GeoJsonStream::finish() {
  if (layout_ == GeoJsonLayout::collection) buffer_.append(first_ ? "]\n}\n" : "\n]\n}\n");
  flush();
}

void GeoJsonStream::flush_if_full() {
  if (buffer_.size() >= kFlushBytes) write_buffer();
}

void GeoJsonStream::write_buffer() {
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    throw ExportError(path_, "GeoJSON", std::string("cannot write: ") + std::strerror(errno));
  }
  buffer_.clear();
}

}  // namespace incimap::geo
