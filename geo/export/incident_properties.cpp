#include "geo/export/incident_properties.hpp"

#include <array>
#include <cstdio>

#include "geo/incidents/date_resolver.hpp"
#include "geo/ingest/published_time.hpp"
#include "geo/resolve/place_mention_json.hpp"
#include "geo/text/json_writer.hpp"

namespace incimap::geo {
namespace {

constexpr auto kFields = std::to_array<FieldSpec>({
    {kIdField, FieldType::string},          {"event_date", FieldType::date},
    {"time_precision", FieldType::integer}, {"event_start", FieldType::datetime},
    {"event_end", FieldType::datetime},     {"event_type", FieldType::string},
    {"sub_event_type", FieldType::string},  {"actor1", FieldType::string},
    {"actor1_status", FieldType::string},   {"actor2", FieldType::string},
    {"fatalities", FieldType::integer},     {"injuries", FieldType::integer},
    {"casualties", FieldType::integer},     {"note", FieldType::string},
    {"location", FieldType::string},        {"matched_text", FieldType::string},
    {"country", FieldType::string},         {"admin1", FieldType::string},
    {"geo_precision", FieldType::integer},  {"geo_type", FieldType::string},
    {"geonameid", FieldType::integer},      {"geocode_confidence", FieldType::real},
    {"article_id", FieldType::string},      {"source_title", FieldType::string},
    {"source_url", FieldType::string},      {"source_file", FieldType::string},
    {"published_at", FieldType::string},    {"source_count", FieldType::integer},
    {"sources", FieldType::json},           {"excerpt", FieldType::string},
    {"excerpt_start", FieldType::integer},  {"excerpt_end", FieldType::integer},
    {"matched_start", FieldType::integer},  {"matched_end", FieldType::integer},
    {"marker-color", FieldType::string},    {"title", FieldType::string},
});

PropertyValue text(std::string_view s) { return s.empty() ? PropertyValue{} : PropertyValue{s}; }

template <typename T>
PropertyValue count(const std::optional<T>& n) {
  return n ? PropertyValue{static_cast<std::int64_t>(*n)} : PropertyValue{};
}

void append_json_text_or_null(std::string& out, std::string_view text) {
  if (text.empty()) {
    out += "null";
  } else {
    append_json_string(out, text);
  }
}

// [{"article_id","title","url","file","published_at","excerpt_start","excerpt_end"}, ...],
// written directly: an export builds one per feature, a million times.
// `first_published` is the first source's published_at, already formatted.
void write_sources_json(const Incident& incident, const std::string& first_published, std::string& out) {
  out.clear();
  out.push_back('[');
  for (const IncidentSource& s : incident.sources) {
    const bool first = &s == &incident.sources.front();
    if (out.size() > 1) out.push_back(',');
    out += "{\"article_id\":";
    append_json_string(out, s.article_id);
    out += ",\"title\":";
    append_json_text_or_null(out, s.title);
    out += ",\"url\":";
    append_json_text_or_null(out, s.url);
    out += ",\"file\":";
    append_json_text_or_null(out, s.file);
    out += ",\"published_at\":";
    if (first) {
      append_json_text_or_null(out, first_published);
    } else {
      append_json_text_or_null(out, s.published ? format_published_at(*s.published) : std::string());
    }
    out += ",\"excerpt_start\":";
    append_json_integer(out, s.excerpt_start);
    out += ",\"excerpt_end\":";
    append_json_integer(out, s.excerpt_end);
    out.push_back('}');
  }
  out.push_back(']');
}

std::string marker_title(const Incident& incident) {
  std::string title(acled_name(incident.sub_event));
  if (incident.location) title += " — " + incident.location->place.name;
  return title;
}

constexpr std::int32_t kLastSecondOfDay = 86'399;

}  // namespace

std::span<const FieldSpec> incident_fields() noexcept { return kFields; }

std::string format_local_date_time(const LocalDateTime& time) {
  const CivilDate c = civil_from_days(time.days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d", c.year, c.month, c.day, time.seconds / 3600,
                (time.seconds / 60) % 60, time.seconds % 60);
  return buf;
}

std::string format_published_at(const PublishedTime& time) {
  PublishedTime instant = time;
  instant.precision = TimePrecision::second;
  return format_published_time(instant);
}

void incident_properties(const Incident& incident, IncidentProperties& properties) {
  static const IncidentSource kNoSource;
  const IncidentSource& source = incident.sources.empty() ? kNoSource : incident.sources.front();
  const IncidentLocation* where = incident.location ? &*incident.location : nullptr;
  properties.published_at = source.published ? format_published_at(*source.published) : std::string();
  write_sources_json(incident, properties.published_at, properties.sources);
  properties.title = marker_title(incident);
  std::vector<PropertyValue>& values = properties.values;
  values.clear();
  values.push_back(text(incident.id));
  values.push_back(incident.date ? PropertyValue{*incident.date} : PropertyValue{});
  values.push_back(incident.date ? PropertyValue{static_cast<std::int64_t>(incident.date->precision)}
                                 : PropertyValue{});
  if (incident.date) {
    // The whole window the date stands for, inclusive, so that a time
    // slider (QGIS, kepler.gl) shows a week- or month-dated event all along it.
    const DayRange window = period_of(*incident.date);
    values.push_back(LocalDateTime{window.first, 0});
    values.push_back(LocalDateTime{window.last, kLastSecondOfDay});
  } else {
    values.push_back({});
    values.push_back({});
  }
  values.push_back(text(acled_name(incident.event_type())));
  values.push_back(text(acled_name(incident.sub_event)));
  values.push_back(incident.actor1 ? text(incident.actor1->name) : PropertyValue{});
  values.push_back(incident.actor1 && incident.actor1->attribution
                       ? text(attribution_name(*incident.actor1->attribution))
                       : PropertyValue{});
  values.push_back(incident.actor2 ? text(incident.actor2->name) : PropertyValue{});
  values.push_back(count(incident.fatalities));
  values.push_back(count(incident.injuries));
  values.push_back(count(incident.casualties));
  values.push_back(text(incident.note));
  values.push_back(where ? text(where->place.name) : PropertyValue{});
  values.push_back(where ? text(where->matched_text) : PropertyValue{});
  values.push_back(where ? text(where->place.country) : PropertyValue{});
  values.push_back(where ? text(where->place.admin1) : PropertyValue{});
  values.push_back(where ? PropertyValue{static_cast<std::int64_t>(where->precision)} : PropertyValue{});
  values.push_back(where ? text(geo_type_name(where->place.type)) : PropertyValue{});
  values.push_back(where && where->place.geonameid != 0
                       ? PropertyValue{static_cast<std::int64_t>(where->place.geonameid)}
                       : PropertyValue{});
  values.push_back(where ? PropertyValue{where->confidence} : PropertyValue{});
  values.push_back(text(source.article_id));
  values.push_back(text(source.title));
  values.push_back(text(source.url));
  values.push_back(text(source.file));
  values.push_back(text(properties.published_at));
  values.push_back(static_cast<std::int64_t>(incident.sources.size()));
  values.push_back(text(properties.sources));
  values.push_back(text(source.excerpt));
  values.push_back(static_cast<std::int64_t>(source.excerpt_start));
  values.push_back(static_cast<std::int64_t>(source.excerpt_end));
  values.push_back(where ? PropertyValue{static_cast<std::int64_t>(where->matched_start)} : PropertyValue{});
  values.push_back(where ? PropertyValue{static_cast<std::int64_t>(where->matched_end)} : PropertyValue{});
  values.push_back(text(marker_color(incident.event_type())));
  values.push_back(text(properties.title));
}

}  // namespace incimap::geo
