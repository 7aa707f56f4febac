#pragma once
// One incident as the map shows it: the GeoJSON properties of DESIGN.md's
// incident record that the viewer and the offscreen map use.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/projection/lonlat.hpp"

namespace incimap::render {

// DESIGN.md's geo_precision: 1 the place itself, 2 near it or part of a
// region, 3 only the region or country is known.
enum class GeoPrecision : std::uint8_t { place = 1, near_place = 2, region = 3 };

// DESIGN.md's time_precision: 1 day, 2 week, 3 month; unknown when absent.
enum class TimePrecision : std::uint8_t { unknown = 0, day = 1, week = 2, month = 3 };

struct Incident {
  std::string id;
  geo::LonLat where = geo::LonLat::from(geo::Longitude{0}, geo::Latitude{0});
  std::string title;
  std::string event_date;  // YYYY-MM-DD or empty
  std::optional<int> day;  // days since 1970-01-01 of event_date
  TimePrecision time_precision = TimePrecision::unknown;
  std::string event_type;
  std::string sub_event_type;
  std::string actor1;
  std::string actor2;
  int fatalities = 0;
  int injuries = 0;
  std::string location;
  std::string matched_text;
  std::string country;  // ISO 3166-1 alpha-2
  std::string admin1;
  GeoPrecision geo_precision = GeoPrecision::place;
  std::string geo_type;
  double geocode_confidence = 1.0;  // 0..1
  std::string source_title;
  std::string source_url;
  std::string source_file;
  std::string published_at;
  std::string excerpt;
  // Where the matched place name sits in the article's text (matched_start,
  // matched_end: UTF-8 byte offsets), when the record says.
  std::optional<std::pair<std::size_t, std::size_t>> matched_span;
  std::vector<std::string> candidates;  // "Name (CC) 0.42" lines the geocoder weighed, when exported

  // Where the matched place name sits in the excerpt, as byte offsets into
  // `excerpt`; nullopt when it does not occur there.
  std::optional<std::pair<std::size_t, std::size_t>> mention_in_excerpt() const;
  // Low geo precision or confidence: drawn with a halo.
  bool is_uncertain() const noexcept { return geo_precision != GeoPrecision::place || geocode_confidence < 0.6; }
};

// Days since 1970-01-01 for "YYYY-MM-DD" (a longer timestamp is cut to its
// date); nullopt when it is not a valid date.
std::optional<int> parse_day(std::string_view date);
std::string format_day(int day);  // "YYYY-MM-DD"

}  // namespace incimap::render
