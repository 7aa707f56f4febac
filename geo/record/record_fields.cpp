#include "geo/record/record_fields.hpp"

#include <array>
#include <charconv>
#include <limits>

#include "geo/incidents/date_resolver.hpp"
#include "geo/incidents/taxonomy.hpp"
#include "geo/ingest/published_time.hpp"

namespace incimap::geo {
namespace {

using Record = IncidentRecord;

constexpr std::int32_t kLastSecondOfDay = 86'399;

PropertyValue text(std::string_view s) { return s.empty() ? PropertyValue{} : PropertyValue{s}; }

bool is_null(const PropertyValue& value) {
  const auto* view = std::get_if<std::string_view>(&value);
  return std::holds_alternative<std::monostate>(value) || (view != nullptr && view->empty());
}

// An integer a value holds, whether the format typed it or left it text ("3").
std::optional<std::int64_t> integer_of(const PropertyValue& value) {
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return *integer;
  if (const auto* view = std::get_if<std::string_view>(&value)) {
    std::int64_t n = 0;
    const auto [end, error] = std::from_chars(view->data(), view->data() + view->size(), n);
    if (error == std::errc() && end == view->data() + view->size()) return n;
  }
  return std::nullopt;
}

std::optional<double> real_of(const PropertyValue& value) {
  if (const auto* real = std::get_if<double>(&value)) return *real;
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return static_cast<double>(*integer);
  if (const auto* view = std::get_if<std::string_view>(&value)) {
    double x = 0;
    const auto [end, error] = std::from_chars(view->data(), view->data() + view->size(), x);
    if (error == std::errc() && end == view->data() + view->size()) return x;
  }
  return std::nullopt;
}

// "YYYY-MM-DD" (a longer timestamp is cut to its date), checked against the calendar.
std::optional<long> days_of_iso_date(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0;
  unsigned month = 0, day = 0;
  const auto number = [&](std::size_t at, std::size_t length, auto& out) {
    const auto [end, error] = std::from_chars(text.data() + at, text.data() + at + length, out);
    return error == std::errc() && end == text.data() + at + length;
  };
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return std::nullopt;
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  const long days = days_from_civil(year, month, day);
  const CivilDate back = civil_from_days(days);
  if (back.month != month || back.day != day) return std::nullopt;  // 31 February
  return days;
}

template <auto Member>
PropertyValue get_text(const Record& r, std::string&) {
  return text(r.*Member);
}
template <auto Member>
bool set_text(Record& r, const PropertyValue& value) {
  if (is_null(value)) return true;
  const auto* view = std::get_if<std::string_view>(&value);
  if (view == nullptr) return false;
  (r.*Member).assign(*view);
  return true;
}

template <auto Member>
PropertyValue get_count(const Record& r, std::string&) {
  const std::optional<std::uint32_t>& n = r.*Member;
  return n ? PropertyValue{static_cast<std::int64_t>(*n)} : PropertyValue{};
}
template <auto Member>
bool set_count(Record& r, const PropertyValue& value) {
  if (is_null(value)) return true;
  const auto n = integer_of(value);
  if (!n || *n < 0 || *n > std::numeric_limits<std::uint32_t>::max()) return false;
  r.*Member = static_cast<std::uint32_t>(*n);
  return true;
}

PropertyValue get_event_date(const Record& r, std::string&) {
  return r.event_date ? PropertyValue{*r.event_date} : PropertyValue{};
}
// The day only; time_precision, which comes after it, says what it stands for.
bool set_event_date(Record& r, const PropertyValue& value) {
  if (is_null(value)) return true;
  if (const auto* date = std::get_if<EventDate>(&value)) {
    r.event_date = EventDate{date->days, DatePrecision::day};
    return true;
  }
  if (const auto* time = std::get_if<LocalDateTime>(&value)) {
    r.event_date = EventDate{time->days, DatePrecision::day};
    return true;
  }
  const auto* view = std::get_if<std::string_view>(&value);
  const auto days = view ? days_of_iso_date(*view) : std::nullopt;
  if (!days) return false;
  r.event_date = EventDate{*days, DatePrecision::day};
  return true;
}

PropertyValue get_time_precision(const Record& r, std::string&) {
  return r.event_date ? PropertyValue{static_cast<std::int64_t>(r.event_date->precision)} : PropertyValue{};
}
bool set_time_precision(Record& r, const PropertyValue& value) {
  if (is_null(value)) return true;
  const auto code = integer_of(value);
  if (!code || *code < 1 || *code > 3) return false;
  if (r.event_date) r.event_date->precision = static_cast<DatePrecision>(*code);
  return true;
}

// The whole window the date stands for, inclusive, so that a time slider
// (QGIS, kepler.gl) shows a week- or month-dated event all along it.
PropertyValue get_event_start(const Record& r, std::string&) {
  if (!r.event_date) return {};
  return LocalDateTime{period_of(*r.event_date).first, 0};
}
PropertyValue get_event_end(const Record& r, std::string&) {
  if (!r.event_date) return {};
  return LocalDateTime{period_of(*r.event_date).last, kLastSecondOfDay};
}

PropertyValue get_actor1_status(const Record& r, std::string&) {
  return r.actor1_status ? text(attribution_name(*r.actor1_status)) : PropertyValue{};
}
bool set_actor1_status(Record& r, const PropertyValue& value) {
  if (is_null(value)) return true;
  const auto* view = std::get_if<std::string_view>(&value);
  if (view == nullptr) return false;
  for (const Attribution a : {Attribution::suspected, Attribution::claimed, Attribution::confirmed}) {
    if (attribution_name(a) == *view) {
      r.actor1_status = a;
      return true;
    }
  }
  return false;
}

PropertyValue get_geo_precision(const Record& r, std::string&) {
  return r.geo_precision ? PropertyValue{static_cast<std::int64_t>(*r.geo_precision)} : PropertyValue{};
}
bool set_geo_precision(Record& r, const PropertyValue& value) {
  if (is_null(value)) return true;
  const auto code = integer_of(value);
  if (!code || *code < 1 || *code > 3) return false;
  r.geo_precision = static_cast<GeoPrecision>(*code);
  return true;
}

PropertyValue get_confidence(const Record& r, std::string&) {
  return r.geocode_confidence ? PropertyValue{*r.geocode_confidence} : PropertyValue{};
}
bool set_confidence(Record& r, const PropertyValue& value) {
  if (is_null(value)) return true;
  const auto x = real_of(value);
  if (!x || !(*x >= 0 && *x <= 1)) return false;
  r.geocode_confidence = *x;
  return true;
}

PropertyValue get_published_at(const Record& r, std::string& scratch) {
  if (!r.published_at) return {};
  scratch.clear();
  append_published_at(scratch, *r.published_at);
  return std::string_view(scratch);
}
bool set_published_at(Record& r, const PropertyValue& value) {
  if (is_null(value)) return true;
  const auto* view = std::get_if<std::string_view>(&value);
  const auto time = view ? parse_published_time(*view) : std::nullopt;
  if (!time) return false;
  r.published_at = *time;
  r.published_at->precision = TimePrecision::second;
  return true;
}

std::optional<EventType> event_type_named(std::string_view name) {
  for (const EventType t : {EventType::battles, EventType::explosions_remote_violence,
                            EventType::violence_against_civilians, EventType::protests, EventType::riots,
                            EventType::strategic_developments}) {
    if (acled_name(t) == name) return t;
  }
  return std::nullopt;
}

PropertyValue get_marker_color(const Record& r, std::string&) {
  const auto type = event_type_named(r.event_type);
  return type ? text(marker_color(*type)) : PropertyValue{};
}

constexpr auto kFields = std::to_array<FieldSpec>({
    {kIdField, FieldType::string, get_text<&Record::id>, set_text<&Record::id>},
    {"event_date", FieldType::date, get_event_date, set_event_date},
    {"time_precision", FieldType::integer, get_time_precision, set_time_precision},
    {"event_start", FieldType::datetime, get_event_start, nullptr},
    {"event_end", FieldType::datetime, get_event_end, nullptr},
    {"event_type", FieldType::string, get_text<&Record::event_type>, set_text<&Record::event_type>},
    {"sub_event_type", FieldType::string, get_text<&Record::sub_event_type>, set_text<&Record::sub_event_type>},
    {"actor1", FieldType::string, get_text<&Record::actor1>, set_text<&Record::actor1>},
    {"actor1_status", FieldType::string, get_actor1_status, set_actor1_status},
    {"actor2", FieldType::string, get_text<&Record::actor2>, set_text<&Record::actor2>},
    {"fatalities", FieldType::integer, get_count<&Record::fatalities>, set_count<&Record::fatalities>},
    {"injuries", FieldType::integer, get_count<&Record::injuries>, set_count<&Record::injuries>},
    {"casualties", FieldType::integer, get_count<&Record::casualties>, set_count<&Record::casualties>},
    {"note", FieldType::string, get_text<&Record::note>, set_text<&Record::note>},
    {"location", FieldType::string, get_text<&Record::location>, set_text<&Record::location>},
    {"matched_text", FieldType::string, get_text<&Record::matched_text>, set_text<&Record::matched_text>},
    {"country", FieldType::string, get_text<&Record::country>, set_text<&Record::country>},
    {"admin1", FieldType::string, get_text<&Record::admin1>, set_text<&Record::admin1>},
    {"geo_precision", FieldType::integer, get_geo_precision, set_geo_precision},
    {"geo_type", FieldType::string, get_text<&Record::geo_type>, set_text<&Record::geo_type>},
    {"geonameid", FieldType::integer, get_count<&Record::geonameid>, set_count<&Record::geonameid>},
    {"geocode_confidence", FieldType::real, get_confidence, set_confidence},
    {"article_id", FieldType::string, get_text<&Record::article_id>, set_text<&Record::article_id>},
    {"source_title", FieldType::string, get_text<&Record::source_title>, set_text<&Record::source_title>},
    {"source_url", FieldType::string, get_text<&Record::source_url>, set_text<&Record::source_url>},
    {"source_file", FieldType::string, get_text<&Record::source_file>, set_text<&Record::source_file>},
    {"published_at", FieldType::string, get_published_at, set_published_at},
    {"source_count", FieldType::integer, get_count<&Record::source_count>, set_count<&Record::source_count>},
    {"sources", FieldType::json, get_text<&Record::sources>, set_text<&Record::sources>},
    {"unlisted_sources", FieldType::json, get_text<&Record::unlisted_sources>, set_text<&Record::unlisted_sources>},
    {"excerpt", FieldType::string, get_text<&Record::excerpt>, set_text<&Record::excerpt>},
    {"excerpt_start", FieldType::integer, get_count<&Record::excerpt_start>, set_count<&Record::excerpt_start>},
    {"excerpt_end", FieldType::integer, get_count<&Record::excerpt_end>, set_count<&Record::excerpt_end>},
    {"matched_start", FieldType::integer, get_count<&Record::matched_start>, set_count<&Record::matched_start>},
    {"matched_end", FieldType::integer, get_count<&Record::matched_end>, set_count<&Record::matched_end>},
    {"candidates", FieldType::json, get_text<&Record::candidates>, set_text<&Record::candidates>},
    {"marker-color", FieldType::string, get_marker_color, nullptr},
    {"title", FieldType::string, get_text<&Record::title>, set_text<&Record::title>},
});

}  // namespace

static_assert(kFields[0].name == kIdField, "writers take the first field for the id");

std::span<const FieldSpec> incident_fields() noexcept { return kFields; }

std::size_t field_index(std::string_view name) noexcept {
  for (std::size_t i = 0; i < kFields.size(); ++i) {
    if (kFields[i].name == name) return i;
  }
  return kFields.size();
}

void append_local_date_time(std::string& out, const LocalDateTime& time) {
  append_iso_date(out, civil_from_days(time.days));
  out.push_back('T');
  append_iso_time_of_day(out, time.seconds);
}

std::string format_local_date_time(const LocalDateTime& time) {
  std::string out;
  append_local_date_time(out, time);
  return out;
}

void append_published_at(std::string& out, const PublishedTime& time) {
  PublishedTime instant = time;
  instant.precision = TimePrecision::second;
  append_published_time(out, instant);
}

std::string format_published_at(const PublishedTime& time) {
  std::string out;
  append_published_at(out, time);
  return out;
}

void RecordValues::fill(const IncidentRecord& record) { fill(record, incident_fields()); }

void RecordValues::fill(const IncidentRecord& record, std::span<const FieldSpec> fields) {
  values.resize(fields.size());
  scratch.resize(fields.size());
  for (std::size_t i = 0; i < fields.size(); ++i) values[i] = fields[i].get(record, scratch[i]);
}

}  // namespace incimap::geo
