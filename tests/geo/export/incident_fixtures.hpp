#pragma once
// Incidents built by hand for export tests, and the properties a GIS user
// should read back for each, written out here rather than taken from the
// writer's own tables.

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/incidents/incident.hpp"
#include "geo/ingest/published_time.hpp"

namespace incimap::geo::testing {

struct ExpectedFeature {
  std::map<std::string, std::optional<std::string>> properties;  // text as read back; nothing = null
  std::optional<std::pair<double, double>> lon_lat;
};

inline GazetteerPlace export_place(std::string name, double lat, double lon, GeoType type, std::uint32_t id) {
  GazetteerPlace p;
  p.name = std::move(name);
  p.position = LonLat::from(Longitude{lon}, Latitude{lat});
  p.type = type;
  p.country = "IQ";
  p.admin1 = "Baghdad";
  p.geonameid = id;
  return p;
}

// Everything set, with text that needs quoting in CSV and escaping in XML.
inline Incident full_incident() {
  Incident i;
  i.id = "0123456789abcdef";
  i.sub_event = SubEventType::shelling_artillery_missile_attack;
  i.date = EventDate{days_from_civil(2020, 1, 26), DatePrecision::day};
  i.actor1 = Actor{"an Iran-backed militia", Attribution::suspected};
  i.actor2 = Actor{"The U.S. Embassy", std::nullopt};
  i.fatalities = 0;
  i.injuries = 2;
  i.casualties = 1;
  i.note = "casualties: reports differ, 0 (“none”) vs 1 (\"one\"); <kept> & noted";
  IncidentLocation where;
  where.place = export_place("Green Zone", 33.304612, 44.383049, GeoType::landmark, 7874041);
  where.precision = GeoPrecision::place;
  where.confidence = 0.875;
  where.matched_text = "Green Zone";
  where.matched_start = 120;
  where.matched_end = 130;
  i.location = where;
  IncidentSource s;
  s.article_id = "embassy-like";
  s.title = "Rockets strike near US Embassy in Baghdad, one casualty reported";
  s.url = "https://example.org/embassy?x=1&y=2";
  s.file = "articles/embassy-like.txt";
  s.published = parse_published_time("2020-01-27T09:00:00+03:00");
  s.excerpt = "According to the military, the group fired seven rockets at the Green Zone.";
  s.excerpt_start = 100;
  s.excerpt_end = 175;
  i.sources.push_back(s);
  return i;
}

// As little as an incident can have: no date, place, actors or counts.
inline Incident bare_incident() {
  Incident i;
  i.id = "fedcba9876543210";
  i.sub_event = SubEventType::attack;
  IncidentSource s;
  s.article_id = "bare";
  s.excerpt = "Gunmen attacked a checkpoint.";
  s.excerpt_start = 0;
  s.excerpt_end = 29;
  i.sources.push_back(s);
  return i;
}

// Two sources, week precision, a city in the southern/western hemispheres.
inline Incident merged_incident() {
  Incident i;
  i.id = "00000000000000ff";
  i.sub_event = SubEventType::peaceful_protest;
  i.date = EventDate{days_from_civil(2021, 3, 5), DatePrecision::week};
  i.casualties = 24;
  i.note = "casualties: “dozens” counted as 24, the least it can mean";
  IncidentLocation where;
  where.place = export_place("Santiago", -33.45694, -70.64827, GeoType::city, 3871336);
  where.place.country = "CL";
  where.place.admin1 = "";
  where.precision = GeoPrecision::near;
  where.confidence = 0.5;
  where.matched_text = "Santiago";
  where.matched_start = 7;
  where.matched_end = 15;
  i.location = where;
  IncidentSource a;
  a.article_id = "a1";
  a.title = "Marcha en Santiago";
  a.excerpt = "Marchers filled Santiago.";
  a.excerpt_start = 0;
  a.excerpt_end = 25;
  a.published = parse_published_time("2021-03-08");
  IncidentSource b = a;
  b.article_id = "b2";
  b.title = "Protest in Santiago";
  i.sources = {a, b};
  return i;
}

inline std::vector<Incident> export_fixtures() { return {full_incident(), bare_incident(), merged_incident()}; }

inline std::string iso_day(long days) {
  const CivilDate c = civil_from_days(days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
  return buf;
}

inline std::optional<std::string> text(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

// The window an event date stands for, as DateTime text: the first second of
// its first day and the last second of its last day, with no zone.
struct ExpectedWindow {
  std::string start;  // "2021-03-02T00:00:00"
  std::string end;    // "2021-03-08T23:59:59"
};

inline ExpectedFeature expected(const Incident& i, const std::string& event_type, const std::string& sub_event,
                                const std::string& color, const std::string& sources_json,
                                const std::optional<ExpectedWindow>& window, const std::optional<std::string>& published) {
  using Opt = std::optional<std::string>;
  const IncidentSource& s = i.sources.front();
  auto number = [](const auto& n) { return n ? Opt(std::to_string(*n)) : Opt(); };
  ExpectedFeature e;
  auto& p = e.properties;
  p["incident_id"] = i.id;
  p["event_date"] = i.date ? Opt(iso_day(i.date->days)) : Opt();
  p["time_precision"] = i.date ? Opt(std::to_string(static_cast<int>(i.date->precision))) : Opt();
  p["event_start"] = window ? Opt(window->start) : Opt();
  p["event_end"] = window ? Opt(window->end) : Opt();
  p["event_type"] = event_type;
  p["sub_event_type"] = sub_event;
  p["actor1"] = i.actor1 ? Opt(i.actor1->name) : Opt();
  p["actor1_status"] = i.actor1 && i.actor1->attribution ? Opt("suspected") : Opt();
  p["actor2"] = i.actor2 ? Opt(i.actor2->name) : Opt();
  p["fatalities"] = number(i.fatalities);
  p["injuries"] = number(i.injuries);
  p["casualties"] = number(i.casualties);
  p["note"] = text(i.note);
  const IncidentLocation* w = i.location ? &*i.location : nullptr;
  p["location"] = w ? Opt(w->place.name) : Opt();
  p["matched_text"] = w ? Opt(w->matched_text) : Opt();
  p["country"] = w ? text(w->place.country) : Opt();
  p["admin1"] = w ? text(w->place.admin1) : Opt();
  p["geo_precision"] = w ? Opt(std::to_string(static_cast<int>(w->precision))) : Opt();
  p["geo_type"] = w ? Opt(w->place.type == GeoType::landmark ? "landmark" : "city") : Opt();
  p["geonameid"] = w ? Opt(std::to_string(w->place.geonameid)) : Opt();
  p["geocode_confidence"] = w ? Opt(std::to_string(w->confidence)) : Opt();  // compared numerically
  p["article_id"] = s.article_id;
  p["source_title"] = text(s.title);
  p["source_url"] = text(s.url);
  p["source_file"] = text(s.file);
  p["published_at"] = published;
  p["source_count"] = std::to_string(i.sources.size());
  p["sources"] = sources_json;  // compared as JSON
  p["unlisted_sources"] = Opt();  // null: every source is listed
  p["excerpt"] = s.excerpt;
  p["excerpt_start"] = std::to_string(s.excerpt_start);
  p["excerpt_end"] = std::to_string(s.excerpt_end);
  p["matched_start"] = w ? Opt(std::to_string(w->matched_start)) : Opt();
  p["matched_end"] = w ? Opt(std::to_string(w->matched_end)) : Opt();
  p["candidates"] = Opt();  // extract has no ranked candidates to give
  p["marker-color"] = color;
  p["title"] = w ? Opt(sub_event + " — " + w->place.name) : Opt(sub_event);
  if (w) e.lon_lat = std::make_pair(w->place.position.lon(), w->place.position.lat());
  return e;
}

// What each fixture must read back as, spelled out.
inline std::vector<ExpectedFeature> expected_fixtures() {
  const auto fixtures = export_fixtures();
  return {
      expected(
          fixtures[0], "Explosions/Remote violence", "Shelling/artillery/missile attack", "#ff7f0e",
          R"([{"article_id":"embassy-like","title":"Rockets strike near US Embassy in Baghdad, one casualty reported",)"
          R"("url":"https://example.org/embassy?x=1&y=2","file":"articles/embassy-like.txt",)"
          R"("published_at":"2020-01-27T09:00:00+03:00","excerpt_start":100,"excerpt_end":175}])",
          ExpectedWindow{"2020-01-26T00:00:00", "2020-01-26T23:59:59"}, "2020-01-27T09:00:00+03:00"),
      expected(fixtures[1], "Violence against civilians", "Attack", "#9467bd",
               R"([{"article_id":"bare","title":null,"url":null,"file":null,"published_at":null,)"
               R"("excerpt_start":0,"excerpt_end":29}])",
               std::nullopt, std::nullopt),
      expected(fixtures[2], "Protests", "Peaceful protest", "#2ca02c",
               R"([{"article_id":"a1","title":"Marcha en Santiago","url":null,"file":null,)"
               R"("published_at":"2021-03-08T00:00:00Z","excerpt_start":0,"excerpt_end":25},)"
               R"({"article_id":"b2","title":"Protest in Santiago","url":null,"file":null,)"
               R"("published_at":"2021-03-08T00:00:00Z","excerpt_start":0,"excerpt_end":25}])",
               // Week precision: the seven days around the date, as KML's TimeSpan.
               ExpectedWindow{"2021-03-02T00:00:00", "2021-03-08T23:59:59"}, "2021-03-08T00:00:00Z"),
  };
}

}  // namespace incimap::geo::testing
