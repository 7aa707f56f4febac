#include "geo/record/record_incident.hpp"

#include <simdjson.h>

#include <string_view>

#include "geo/incidents/taxonomy.hpp"
#include "geo/base/input_error.hpp"
#include "geo/ingest/published_time.hpp"
#include "geo/resolve/place_mention_json.hpp"

namespace incimap::geo {
namespace {

namespace dom = simdjson::dom;

template <class Enum, class Name>
std::optional<Enum> enum_named(std::string_view name, Enum last, Name name_of) {
  for (int i = 0; i <= static_cast<int>(last); ++i) {
    const auto value = static_cast<Enum>(i);
    if (std::string_view(name_of(value)) == name) return value;
  }
  return std::nullopt;
}

std::optional<Actor> actor(const std::string& name, std::optional<Attribution> attribution) {
  if (name.empty()) return std::nullopt;
  return Actor{name, attribution};
}

std::optional<IncidentLocation> location_of(const IncidentRecord& r) {
  if (!r.position) return std::nullopt;
  IncidentLocation l;
  l.place.position = *r.position;
  l.place.name = r.location;
  l.place.country = r.country;
  l.place.admin1 = r.admin1;
  l.place.geonameid = r.geonameid.value_or(0);
  l.place.type = enum_named(r.geo_type, GeoType::region, geo_type_name).value_or(GeoType::city);
  if (r.geo_precision) l.precision = *r.geo_precision;
  l.confidence = r.geocode_confidence.value_or(0);
  l.matched_text = r.matched_text;
  l.matched_start = r.matched_start.value_or(0);
  l.matched_end = r.matched_end.value_or(0);
  return l;
}

// A place named without coordinates: a record with a location name and its
// span but no position (extract's unlocated_place).
std::optional<UnlocatedPlace> unlocated_place_of(const IncidentRecord& r) {
  if (r.position || r.location.empty() || !r.matched_start || !r.matched_end) return std::nullopt;
  return UnlocatedPlace{r.location, *r.matched_start, *r.matched_end};
}

// A member of a source object: its text (null or absent is empty), its offset (else 0).
std::string text_member(dom::object object, std::string_view key) {
  std::string_view text;
  return object[key].get(text) == simdjson::SUCCESS ? std::string(text) : std::string();
}
std::uint32_t offset_member(dom::object object, std::string_view key) {
  std::uint64_t n = 0;
  return object[key].get(n) == simdjson::SUCCESS && n <= UINT32_MAX ? static_cast<std::uint32_t>(n) : 0;
}

// One parser per thread, reused: its buffers grow to the longest list once.
dom::element parsed(const std::string& json, const std::string& where, const char* field) {
  thread_local dom::parser parser;
  dom::element root;
  if (parser.parse(json).get(root) != simdjson::SUCCESS) throw InputError(where, std::string(field) + " is not JSON");
  return root;
}

std::vector<IncidentSource> listed_sources(const IncidentRecord& r, const std::string& where) {
  std::vector<IncidentSource> out;
  if (!r.sources.empty()) {
    dom::array list;
    if (parsed(r.sources, where, "sources").get(list) != simdjson::SUCCESS)
      throw InputError(where, "the sources field is not a JSON array");
    for (const dom::element item : list) {
      dom::object s;
      if (item.get(s) != simdjson::SUCCESS)
        throw InputError(where, "a source in the sources field is not a JSON object");
      IncidentSource source;
      source.article_id = text_member(s, "article_id");
      source.title = text_member(s, "title");
      source.url = text_member(s, "url");
      source.file = text_member(s, "file");
      source.published = parse_published_time(text_member(s, "published_at"));
      source.excerpt_start = offset_member(s, "excerpt_start");
      source.excerpt_end = offset_member(s, "excerpt_end");
      out.push_back(std::move(source));
    }
  }
  if (out.empty()) {  // a format that cut the list: the first source's flat fields
    IncidentSource source;
    source.article_id = r.article_id;
    source.title = r.source_title;
    source.url = r.source_url;
    source.file = r.source_file;
    source.published = r.published_at;
    source.excerpt_start = r.excerpt_start.value_or(0);
    source.excerpt_end = r.excerpt_end.value_or(0);
    out.push_back(std::move(source));
  }
  out.front().excerpt = r.excerpt;
  return out;
}

std::vector<UnlistedSource> unlisted_sources(const IncidentRecord& r, const std::string& where) {
  std::vector<UnlistedSource> out;
  if (r.unlisted_sources.empty()) return out;
  const auto bad = [&] {
    return InputError(where, "unlisted_sources is not a JSON array of [article_id, excerpt_start, excerpt_end]");
  };
  dom::array list;
  if (parsed(r.unlisted_sources, where, "unlisted_sources").get(list) != simdjson::SUCCESS) throw bad();
  for (const dom::element item : list) {
    dom::array triple;
    std::string_view article;
    std::uint64_t start = 0, end = 0;
    if (item.get(triple) != simdjson::SUCCESS || triple.size() != 3 || triple.at(0).get(article) != simdjson::SUCCESS ||
        triple.at(1).get(start) != simdjson::SUCCESS || triple.at(2).get(end) != simdjson::SUCCESS ||
        start > UINT32_MAX || end > UINT32_MAX)
      throw bad();
    out.push_back({std::string(article), static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
  }
  return out;
}

}  // namespace

Incident incident_of(const IncidentRecord& r, const std::string& where) {
  Incident incident;
  incident.id = r.id;
  if (incident.id.empty()) throw InputError(where, "a feature without incident_id (not an incimap incident file?)");
  const auto sub_event = enum_named(r.sub_event_type, SubEventType::other,
                                    [](SubEventType t) { return acled_name(t); });
  if (!sub_event) throw InputError(where, "incident " + r.id + ": unknown sub_event_type \"" + r.sub_event_type + "\"");
  incident.sub_event = *sub_event;
  incident.date = r.event_date;
  incident.actor1 = actor(r.actor1, r.actor1_status);
  incident.actor2 = actor(r.actor2, std::nullopt);
  incident.fatalities = r.fatalities;
  incident.injuries = r.injuries;
  incident.casualties = r.casualties;
  incident.note = r.note;
  incident.location = location_of(r);
  incident.unlocated_place = unlocated_place_of(r);
  incident.sources = listed_sources(r, where);
  incident.unlisted_sources = unlisted_sources(r, where);
  return incident;
}

}  // namespace incimap::geo
