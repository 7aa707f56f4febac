#pragma once
// The JSON form of place mentions, as `incimap places` prints them
// (DESIGN.md's CLI contract).

#include <nlohmann/json.hpp>
#include <vector>

#include "geo/resolve/place_mention.hpp"

namespace incimap::geo {

// {"start","end","text","kind","name","lat","lon","geonameid","feature_class",
//  "feature_code","country","admin1","confidence"[, "candidates"]}; null
// coordinates for an unresolved mention; lat/lon rounded to 6 decimals.
nlohmann::json place_mention_to_json(const PlaceMention& mention);

const char* geo_type_name(GeoType type) noexcept;

}  // namespace incimap::geo
