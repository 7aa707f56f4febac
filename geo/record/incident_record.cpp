#include "geo/record/incident_record.hpp"

#include "geo/ingest/published_time.hpp"
#include "geo/record/record_fields.hpp"
#include "geo/resolve/place_mention_json.hpp"
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
std::string sources_json(const Incident& incident) {
  std::string out = "[";
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
    append_json_text_or_null(out, s.published ? format_published_at(*s.published) : std::string());
    out += ",\"excerpt_start\":";
    append_json_integer(out, s.excerpt_start);
    out += ",\"excerpt_end\":";
    append_json_integer(out, s.excerpt_end);
    out.push_back('}');
  }
  out.push_back(']');
  return out;
}

// The instant as a file states it (format_published_at), read back: a bare
// date becomes its first second, an unstated zone UTC.
std::optional<PublishedTime> as_exported(const std::optional<PublishedTime>& time) {
  if (!time) return std::nullopt;
  auto stated = parse_published_time(format_published_at(*time));
  if (stated) stated->precision = TimePrecision::second;
  return stated;
}

}  // namespace

IncidentRecord record_of(const Incident& incident) {
  IncidentRecord r;
  r.id = incident.id;
  r.event_date = incident.date;
  r.event_type = acled_name(incident.event_type());
  r.sub_event_type = acled_name(incident.sub_event);
  if (incident.actor1) {
    r.actor1 = incident.actor1->name;
    r.actor1_status = incident.actor1->attribution;
  }
  if (incident.actor2) r.actor2 = incident.actor2->name;
  r.fatalities = incident.fatalities;
  r.injuries = incident.injuries;
  r.casualties = incident.casualties;
  r.note = incident.note;
  if (const auto& where = incident.location) {
    r.location = where->place.name;
    r.matched_text = where->matched_text;
    r.country = where->place.country;
    r.admin1 = where->place.admin1;
    r.geo_precision = where->precision;
    r.geo_type = geo_type_name(where->place.type);
    if (where->place.geonameid != 0) r.geonameid = where->place.geonameid;
    r.geocode_confidence = where->confidence;
    r.matched_start = where->matched_start;
    r.matched_end = where->matched_end;
    r.position = where->place.position;
  }
  if (!incident.sources.empty()) {
    const IncidentSource& first = incident.sources.front();
    r.article_id = first.article_id;
    r.source_title = first.title;
    r.source_url = first.url;
    r.source_file = first.file;
    r.published_at = as_exported(first.published);
    r.excerpt = first.excerpt;
    r.excerpt_start = first.excerpt_start;
    r.excerpt_end = first.excerpt_end;
  }
  r.source_count = static_cast<std::uint32_t>(incident.sources.size());
  r.sources = sources_json(incident);
  r.title = marker_title(r);
  return r;
}

std::string marker_title(const IncidentRecord& record) {
  std::string title = record.sub_event_type;
  if (!record.location.empty()) title += " — " + record.location;
  return title;
}

}  // namespace incimap::geo
