#pragma once
// The incident record as files hold it: DESIGN.md's field list as one flat,
// typed value. Every writer (incimap's GeoJSON/GeoJSONSeq, OGR) writes one,
// every reader (geo/record/incident_reader.hpp) reads one back, and the
// viewer holds one per incident, so a field cannot be lost on the way:
// record_fields.hpp lists each field once with how to get and set it.
//
// Fields that are computed from others (time_precision is event_date's,
// event_start/event_end, marker-color) are not stored.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "geo/incidents/incident.hpp"
#include "geo/ingest/article.hpp"
#include "geo/base/lonlat.hpp"

namespace incimap::geo {

struct IncidentRecord {
  std::string id;                       // incident_id; GeoJSON's Feature.id
  std::optional<EventDate> event_date;  // the day, or the week/month it falls in (time_precision)
  std::string event_type;               // ACLED's names; other files may hold other words
  std::string sub_event_type;
  std::string actor1;
  std::optional<Attribution> actor1_status;
  std::string actor2;
  std::optional<std::uint32_t> fatalities;  // absent: the text states none; "no one was hurt" is 0
  std::optional<std::uint32_t> injuries;
  std::optional<std::uint32_t> casualties;  // killed-or-injured counts the text does not split
  std::string note;
  std::string location;  // the resolved place's name
  std::string matched_text;
  std::string country;  // ISO 3166-1 alpha-2
  std::string admin1;
  std::optional<GeoPrecision> geo_precision;
  std::string geo_type;  // country|admin1|admin2|city|landmark|region
  std::optional<std::uint32_t> geonameid;
  std::optional<double> geocode_confidence;  // 0..1
  std::string article_id;                    // the first source's
  std::string source_title;
  std::string source_url;
  std::string source_file;
  // The first source's publication instant, as the exports state it: to the
  // second, with the zone the source gave (UTC when it gave none).
  std::optional<PublishedTime> published_at;
  // Every source, a JSON array of {"article_id","title","url","file",
  // "published_at","excerpt_start","excerpt_end"}; kept as the text so that a
  // file's list passes through unchanged.
  std::string sources;
  // The reports past the listed sources (kMaxListedSources), a JSON array of
  // [article_id, excerpt_start, excerpt_end]; null when every one is listed.
  std::string unlisted_sources;
  std::optional<std::uint32_t> source_count;  // how many reports it holds, listed or not
  std::string excerpt;
  std::optional<std::uint32_t> excerpt_start;  // UTF-8 byte offsets into the source article's text
  std::optional<std::uint32_t> excerpt_end;
  std::optional<std::uint32_t> matched_start;
  std::optional<std::uint32_t> matched_end;
  // The ranked places the geocoder weighed, a JSON array ("Baghdad (IQ) 0.93"
  // strings, or {"name","country","score"} objects); extract leaves it null.
  std::string candidates;
  std::string title;  // the simplestyle title and KML name; extract's is marker_title()
  std::optional<LonLat> position;  // WGS84; absent when no place was found
};

// The record an export writes for `incident`.
IncidentRecord record_of(const Incident& incident);
// The same into `record`, reusing its strings' buffers (an export fills one per feature).
void record_of(const Incident& incident, IncidentRecord& record);

// The incident id as an integer feature id, for formats whose features are
// keyed by one (GeoPackage's fid, SQLite's ogc_fid): incimap's 16 hex digits
// read as a number with the top bit cleared, so a positive int64; another
// id (a foreign file's) is hashed first. A function of the id alone, so an
// incident has the same FID in every file, whichever shard or order made it.
std::int64_t integer_fid(std::string_view incident_id) noexcept;

// "Air/drone strike — Baghdad": the simplestyle title and KML name.
std::string marker_title(const IncidentRecord& record);

}  // namespace incimap::geo
