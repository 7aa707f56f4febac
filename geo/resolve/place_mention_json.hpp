#pragma once
// The JSON form of place mentions, as `incimap places` prints them
// (DESIGN.md's CLI contract).

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "geo/resolve/place_mention.hpp"

namespace incimap::geo {

// {"start","end","text","kind","name","lat","lon","geonameid","feature_class",
//  "feature_code","country","admin1","confidence"[, "candidates"]}; null
// coordinates for an unresolved mention; lat/lon rounded to 6 decimals.
void append_place_mention_json(std::string& out, const PlaceMention& mention);

// One line of `incimap places`, {"id": ..., "places": [...]} and a newline,
// in pieces of about `piece_bytes` to be written one after the other. Why
// pieces: an article naming a place on every line (4 MiB, half a million
// mentions) makes a line of 130 MB, and one string grown by doubling holds
// one and a half times that while it grows.
std::vector<std::string> places_line_pieces(std::string_view article_id, const std::vector<PlaceMention>& mentions,
                                            std::size_t piece_bytes = std::size_t{1} << 20);

// The same object as a JSON value, for callers that work on one.
nlohmann::json place_mention_to_json(const PlaceMention& mention);

const char* geo_type_name(GeoType type) noexcept;

}  // namespace incimap::geo
