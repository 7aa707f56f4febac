#pragma once
// The geoparser's output as `incimap places` writes it (DESIGN.md, "The CLI
// contract"): one JSON line per article,
//   {"id": ..., "places": [{"start","end","text","kind","name","lat","lon","geonameid",..}]}
// with start/end as UTF-8 byte offsets into the article text and lat/lon null
// for a mention that was recognised but not resolved. Fields the scorer does
// not use are ignored, so the geoparser can add more.

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geoparse_eval/geo_point.hpp"

namespace incimap::tools {

struct PredictedPlace {
  std::size_t start_byte = 0;
  std::size_t end_byte = 0;
  std::string text;  // as reported; the scorer prefers the article text at the offsets
  std::string kind;  // "place", "demonym", or whatever the geoparser reports
  std::string name;  // resolved name, empty when unresolved
  std::string geonameid;
  std::optional<GeoPoint> point;  // nullopt: unresolved
};

struct PredictedArticle {
  std::string id;
  std::vector<PredictedPlace> places;
};

struct Predictions {
  std::string source;
  std::map<std::string, std::vector<PredictedPlace>> by_article;  // keyed by id
};

// One line. Throws InputError with the reason (no location: the caller
// knows it). A numeric id is read as its decimal spelling, so 40450848 and
// "40450848" name the same article.
PredictedArticle parse_prediction_line(std::string_view line);

// Blank lines are skipped; a repeated id is an error (it would double count).
// Errors read "FILE:LINE: reason".
Predictions parse_predictions(std::string_view jsonl, std::string_view source_name);
Predictions read_predictions(const std::filesystem::path& path);

}  // namespace incimap::tools
