#include "geo/export/kml_stream.hpp"

#include <cerrno>
#include <cstring>
#include <variant>

#include "geo/export/coordinate_precision.hpp"
#include "geo/export/export_error.hpp"
#include "geo/incidents/date_resolver.hpp"
#include "geo/text/encoding.hpp"
#include "geo/text/json_writer.hpp"

namespace incimap::geo {
namespace {

constexpr std::size_t kFlushBytes = 1 << 20;
constexpr char32_t kReplacement = 0xFFFD;

// Characters XML 1.0 allows in a document (section 2.2).
bool allowed_in_xml(char32_t c) noexcept {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  return c < 0xFFFE && !(c >= 0xD800 && c <= 0xDFFF);
}

void append_xml_text(std::string& out, std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char c = text[pos];
    if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x80) {
      ++pos;
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        default: out.push_back(c);
      }
      continue;
    }
    const char32_t code_point = next_code_point(text, pos);  // U+FFFD for invalid UTF-8
    append_utf8(out, allowed_in_xml(code_point) ? code_point : kReplacement);
  }
}

// The KML <SimpleField> type of a record field; GDAL's readers type the
// column from it.
const char* kml_type(FieldType type) noexcept {
  switch (type) {
    case FieldType::integer: return "int";
    case FieldType::real: return "float";
    case FieldType::string:
    case FieldType::json:
    case FieldType::date:
    case FieldType::datetime: return "string";
  }
  return "string";
}

// The value as text; false for null.
bool value_text(const PropertyValue& value, std::string& text) {
  text.clear();
  if (const auto* view = std::get_if<std::string_view>(&value)) {
    if (view->empty()) return false;
    text.assign(*view);
  } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    append_json_integer(text, *integer);
  } else if (const auto* real = std::get_if<double>(&value)) {
    append_json_number(text, *real);
    if (text == "null") return false;  // not finite
  } else if (const auto* date = std::get_if<EventDate>(&value)) {
    text = format_event_date(*date);
  } else if (const auto* time = std::get_if<LocalDateTime>(&value)) {
    text = format_local_date_time(*time);
  } else {
    return false;
  }
  return true;
}

void append_element(std::string& out, const char* indent, const char* name, std::string_view text) {
  out.append(indent).append("<").append(name).append(">");
  append_xml_text(out, text);
  out.append("</").append(name).append(">\n");
}

// KML's time primitive for the event date: a <TimeStamp> for a known day, a
// <TimeSpan> over the week or month when that is all the text says.
void append_time(std::string& out, const PropertyValue& event_date) {
  const auto* date = std::get_if<EventDate>(&event_date);
  if (date == nullptr) return;
  if (date->precision == DatePrecision::day) {
    out.append("      <TimeStamp><when>").append(format_event_date(*date)).append("</when></TimeStamp>\n");
    return;
  }
  const DayRange span = period_of(*date);
  out.append("      <TimeSpan><begin>")
      .append(format_event_date(EventDate{span.first, DatePrecision::day}))
      .append("</begin><end>")
      .append(format_event_date(EventDate{span.last, DatePrecision::day}))
      .append("</end></TimeSpan>\n");
}

void append_simple_field(std::string& out, std::string_view name, FieldType type) {
  out.append("    <SimpleField name=\"");
  append_xml_text(out, name);
  out.append("\" type=\"").append(kml_type(type)).append("\"/>\n");
}

void append_simple_data(std::string& out, std::string_view name, const PropertyValue& value, std::string& text) {
  if (!value_text(value, text)) return;
  out.append("          <SimpleData name=\"");
  append_xml_text(out, name);
  out.append("\">");
  append_xml_text(out, text);
  out.append("</SimpleData>\n");
}

}  // namespace

KmlStream::KmlStream(std::FILE* file, std::string path, const std::string& layer, std::vector<ExtraField> extra)
    : file_(file), path_(std::move(path)), extra_(std::move(extra)) {
  std::string escaped_layer;
  append_xml_text(escaped_layer, layer);
  schema_url_ = "#" + escaped_layer + ".schema";
  placemark_prefix_ = escaped_layer + ".";
  buffer_.reserve(kFlushBytes + 64 * 1024);
  buffer_.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n");
  buffer_.append("<Document id=\"root_doc\">\n  <Schema id=\"").append(escaped_layer).append(".schema\">\n");
  for (const FieldSpec& field : incident_fields()) append_simple_field(buffer_, field.name, field.type);
  for (const ExtraField& field : extra_) append_simple_field(buffer_, field.name, field.type);
  buffer_.append("  </Schema>\n  <Document id=\"").append(escaped_layer).append("\">\n    <name>");
  buffer_.append(escaped_layer).append("</name>\n");
}

void KmlStream::write(const IncidentRecord& record, std::span<const PropertyValue> extra_values) {
  values_.fill(record);
  const auto fields = incident_fields();
  std::string text;
  buffer_.append("    <Placemark id=\"").append(placemark_prefix_).append(std::to_string(++written_)).append("\">\n");
  if (value_text(values_.values[field_index("title")], text)) append_element(buffer_, "      ", "name", text);
  if (value_text(values_.values[field_index("excerpt")], text)) append_element(buffer_, "      ", "description", text);
  append_time(buffer_, values_.values[field_index("event_date")]);
  buffer_.append("      <ExtendedData>\n        <SchemaData schemaUrl=\"").append(schema_url_).append("\">\n");
  for (std::size_t i = 0; i < fields.size(); ++i) append_simple_data(buffer_, fields[i].name, values_.values[i], text);
  for (std::size_t i = 0; i < extra_.size() && i < extra_values.size(); ++i)
    append_simple_data(buffer_, extra_[i].name, extra_values[i], text);
  buffer_.append("        </SchemaData>\n      </ExtendedData>\n");
  if (record.position) {
    const LonLat p = *record.position;
    buffer_.append("      <Point><coordinates>");
    append_json_number(buffer_, p.lon(), kCoordinateDecimals);
    buffer_.push_back(',');
    append_json_number(buffer_, p.lat(), kCoordinateDecimals);
    buffer_.append("</coordinates></Point>\n");
  }
  buffer_.append("    </Placemark>\n");
  if (buffer_.size() >= kFlushBytes) write_buffer();
}

void KmlStream::flush() {
  write_buffer();
  if (std::fflush(file_) != 0) throw ExportError(path_, "KML", std::string("cannot write: ") + std::strerror(errno));
}

void KmlStream::finish() {
  buffer_.append("  </Document>\n</Document>\n</kml>\n");
  flush();
}

void KmlStream::write_buffer() {
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    throw ExportError(path_, "KML", std::string("cannot write: ") + std::strerror(errno));
  }
  buffer_.clear();
}

}  // namespace incimap::geo
