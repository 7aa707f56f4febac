#pragma once
// A place as the gazetteer holds it: what the index returns and the
// geoparser resolves a mention to.

#include <cstdint>
#include <string>

#include "geo/base/lonlat.hpp"

namespace incimap::geo {

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

}  // namespace incimap::geo
