#include "geo/record/incident_record.hpp"

#include <charconv>

#include "geo/ingest/published_time.hpp"
#include "geo/record/record_fields.hpp"
#include "geo/resolve/place_mention_json.hpp"
#include "geo/text/fnv1a.hpp"
#include "geo/text/json_writer.hpp"

namespace incimap::geo {
namespace {

void append_json_text_or_null(std::string& out, std::string_view text) {
  if (text.empty()) {
    out += "null";
  } else {
    append_json_string(out, text);
  }
}

// [{"article_id","title","url","file","published_at","excerpt_start","excerpt_end"}, ...],
// written directly: an export builds one per feature, a million times.
void write_sources_json(const Incident& incident, std::string& out) {
  out.assign("[");
  for (const IncidentSource& s : incident.sources) {
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
    if (s.published) {
      out.push_back('"');  // an ISO 8601 instant needs no escaping
      append_published_at(out, *s.published);
      out.push_back('"');
    } else {
      out += "null";
    }
    out += ",\"excerpt_start\":";
    append_json_integer(out, s.excerpt_start);
    out += ",\"excerpt_end\":";
    append_json_integer(out, s.excerpt_end);
    out.push_back('}');
  }
  out.push_back(']');
}

// The instant as a file states it (format_published_at) and a reader reads it
// back: a bare date is its first second, an unstated zone UTC ("Z").
std::optional<PublishedTime> as_exported(const std::optional<PublishedTime>& time) {
  if (!time) return std::nullopt;
  PublishedTime stated = *time;
  stated.precision = TimePrecision::second;
  if (!stated.utc_offset_minutes) stated.utc_offset_minutes = 0;
  return stated;
}

// [["article_id", excerpt_start, excerpt_end], ...], or nothing (null) when every source is listed.
void write_unlisted_json(const Incident& incident, std::string& out) {
  out.clear();
  if (incident.unlisted_sources.empty()) return;
  out.push_back('[');
  for (const UnlistedSource& s : incident.unlisted_sources) {
    if (out.size() > 1) out.push_back(',');
    out.push_back('[');
    append_json_string(out, s.article_id);
    out.push_back(',');
    append_json_integer(out, s.excerpt_start);
    out.push_back(',');
    append_json_integer(out, s.excerpt_end);
    out.push_back(']');
  }
  out.push_back(']');
}

}  // namespace

IncidentRecord record_of(const Incident& incident) {
  IncidentRecord r;
  record_of(incident, r);
  return r;
}

void record_of(const Incident& incident, IncidentRecord& r) {
  // Every member assigned, none reset: a reused record keeps its strings' buffers.
  static const IncidentSource kNoSource;
  const IncidentSource& first = incident.sources.empty() ? kNoSource : incident.sources.front();
  const IncidentLocation* where = incident.location ? &*incident.location : nullptr;
  const bool has_source = !incident.sources.empty();
  r.id = incident.id;
  r.event_date = incident.date;
  r.event_type = acled_name(incident.event_type());
  r.sub_event_type = acled_name(incident.sub_event);
  r.actor1 = incident.actor1 ? std::string_view(incident.actor1->name) : std::string_view();
  r.actor1_status = incident.actor1 ? incident.actor1->attribution : std::nullopt;
  r.actor2 = incident.actor2 ? std::string_view(incident.actor2->name) : std::string_view();
  r.fatalities = incident.fatalities;
  r.injuries = incident.injuries;
  r.casualties = incident.casualties;
  r.note = incident.note;
  const UnlocatedPlace* named = incident.unlocated_place ? &*incident.unlocated_place : nullptr;
  r.location = where ? std::string_view(where->place.name) : named ? std::string_view(named->text) : std::string_view();
  r.matched_text = where ? std::string_view(where->matched_text) : named ? std::string_view(named->text) : std::string_view();
  r.country = where ? std::string_view(where->place.country) : std::string_view();
  r.admin1 = where ? std::string_view(where->place.admin1) : std::string_view();
  r.geo_precision = where ? std::optional(where->precision) : std::nullopt;
  r.geo_type = where ? std::string_view(geo_type_name(where->place.type)) : std::string_view();
  r.geonameid = where && where->place.geonameid != 0 ? std::optional(where->place.geonameid) : std::nullopt;
  r.geocode_confidence = where ? std::optional(where->confidence) : std::nullopt;
  r.matched_start = where ? std::optional(where->matched_start) : named ? std::optional(named->start) : std::nullopt;
  r.matched_end = where ? std::optional(where->matched_end) : named ? std::optional(named->end) : std::nullopt;
  r.position = where ? std::optional(where->place.position) : std::nullopt;
  r.article_id = first.article_id;
  r.source_title = first.title;
  r.source_url = first.url;
  r.source_file = first.file;
  r.published_at = as_exported(first.published);
  r.excerpt = first.excerpt;
  r.excerpt_start = has_source ? std::optional(first.excerpt_start) : std::nullopt;
  r.excerpt_end = has_source ? std::optional(first.excerpt_end) : std::nullopt;
  r.source_count = static_cast<std::uint32_t>(incident.source_count());
  write_sources_json(incident, r.sources);
  write_unlisted_json(incident, r.unlisted_sources);
  r.candidates.clear();
  r.title = r.sub_event_type;
  if (!r.location.empty()) (r.title += " — ") += r.location;
}

std::int64_t integer_fid(std::string_view incident_id) noexcept {
  std::uint64_t value = 0;
  const char* end = incident_id.data() + incident_id.size();
  const auto [at, error] = std::from_chars(incident_id.data(), end, value, 16);
  const bool ours = incident_id.size() == 16 && error == std::errc() && at == end;
  if (!ours) value = fnv1a64(incident_id);
  return static_cast<std::int64_t>(value & 0x7fff'ffff'ffff'ffffULL);
}

std::string marker_title(const IncidentRecord& record) {
  std::string title = record.sub_event_type;
  if (!record.location.empty()) title += " — " + record.location;
  return title;
}

}  // namespace incimap::geo
