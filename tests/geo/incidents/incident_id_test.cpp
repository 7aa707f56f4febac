#include "geo/incidents/incident_id.hpp"

#include <gtest/gtest.h>

#include "geo/ingest/published_time.hpp"
#include "place_fixtures.hpp"

namespace incimap::geo {
namespace {

Incident located_incident(double lat, double lon, long days) {
  Incident incident;
  incident.sub_event = SubEventType::air_drone_strike;
  incident.date = EventDate{days, DatePrecision::day};
  IncidentLocation where;
  where.place = testing::place("Somewhere", lat, lon, GeoType::city, "IQ", 1);
  incident.location = where;
  IncidentSource source;
  source.article_id = "article-a";
  source.excerpt_start = 10;
  source.excerpt_end = 50;
  incident.sources.push_back(source);
  return incident;
}

TEST(IncidentId, Fnv1aMatchesThePublishedTestVectors) {
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ull);
}

TEST(IncidentId, SameDateTypeAndPlaceGiveTheSameIdFromAnySource) {
  const long day = days_from_civil(2020, 1, 3);
  Incident a = located_incident(33.2622, 44.2346, day);
  Incident b = located_incident(33.2619, 44.2349, day);  // ~40 m away, another article
  b.sources[0].article_id = "article-b";
  EXPECT_EQ(stable_incident_id(a), stable_incident_id(b));
  EXPECT_EQ(stable_incident_id(a).size(), 16u);
}

TEST(IncidentId, DateTypeOrPlaceChangeTheId) {
  const long day = days_from_civil(2020, 1, 3);
  const Incident base = located_incident(33.26, 44.23, day);
  Incident other_day = base;
  other_day.date->days += 1;
  Incident other_type = base;
  other_type.sub_event = SubEventType::shelling_artillery_missile_attack;
  Incident other_place = located_incident(33.36, 44.23, day);
  EXPECT_NE(stable_incident_id(base), stable_incident_id(other_day));
  EXPECT_NE(stable_incident_id(base), stable_incident_id(other_type));
  EXPECT_NE(stable_incident_id(base), stable_incident_id(other_place));
}

TEST(IncidentId, UndatedIncidentsHashTheirSourceAndExcerpt) {
  Incident a = located_incident(33.26, 44.23, 0);
  a.date.reset();
  Incident b = a;
  b.sources[0].excerpt_start = 60;
  b.sources[0].excerpt_end = 90;
  EXPECT_NE(stable_incident_id(a), stable_incident_id(b));
  EXPECT_EQ(stable_incident_id(a), stable_incident_id(Incident(a)));
}

}  // namespace
}  // namespace incimap::geo
