#pragma once
// What the geoparser (recognize + resolve) hands to the rest of incimap: each
// place an article names, where it is in the text, and where it is on Earth.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/base/lonlat.hpp"

namespace incimap::geo {

enum class MentionKind : std::uint8_t {
  place,    // "Baghdad", "the Green Zone"
  demonym,  // "Iraqi" names Iraq; context only, never an incident location alone
};

// How specific a gazetteer entry is (DESIGN.md's geo_type).
enum class GeoType : std::uint8_t { country, admin1, admin2, city, landmark, region };
// region: continents and named regions ("Middle East", "Darfur") that no
// single division holds.

struct GazetteerPlace {
  std::uint32_t geonameid = 0;  // 0 when the source has none (countries, admin areas)
  std::string name;
  LonLat position = LonLat::from(Longitude{0}, Latitude{0});
  char feature_class = 'P';     // GeoNames class: A, P, S, L, ...
  std::string feature_code;     // GeoNames code: PCLI, ADM1, PPLC, AIRP, ...
  std::string country;          // ISO 3166-1 alpha-2
  std::string admin1;           // admin1 name ("Baghdad"), empty when unknown
  std::uint64_t population = 0;
  GeoType type = GeoType::city;
  std::uint32_t parent_geonameid = 0;  // landmarks: the city they are in
};

// One candidate the resolver weighed, for --explain and the viewer.
struct CandidateScore {
  GazetteerPlace place;
  double score = 0;
  std::vector<std::string> evidence;  // "population 7.2M", "country IQ named in text", ...
};

struct PlaceMention {
  std::uint32_t start = 0;  // UTF-8 byte offsets into Article::text
  std::uint32_t end = 0;
  std::string text;         // the mention as written
  MentionKind kind = MentionKind::place;
  std::optional<GazetteerPlace> place;  // nothing when recognised but unresolved
  double confidence = 0;                // 0..1
  std::vector<CandidateScore> candidates;  // best first; filled when explaining
};

}  // namespace incimap::geo
