#pragma once
// Looking places up by name in the gazetteer index, to correct an
// incident's location: the geocoder's other candidates, or any place the
// user types.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "geo/gazetteer/index.hpp"
#include "geo/resolve/place_mention.hpp"

namespace incimap::app {

class PlaceSearch {
 public:
  // The index is opened on first use; without one, find() finds nothing.
  explicit PlaceSearch(std::string gazetteer_path) : gazetteer_path_(std::move(gazetteer_path)) {}

  bool available();
  // Places with this name (folded as the gazetteer folds names): those in
  // `country` (ISO alpha-2, may be empty) first, then by population.
  std::vector<geo::GazetteerPlace> find(std::string_view name, std::string_view country, std::size_t limit = 12);

 private:
  std::string gazetteer_path_;
  std::optional<geo::GazetteerIndex> index_;
  bool tried_ = false;
};

// The name and country of a candidate line as render's loader writes them,
// "Baghdad (IQ) 0.93" -> {"Baghdad", "IQ"}; a bare name has no country.
std::pair<std::string, std::string> candidate_name_and_country(std::string_view line);

}  // namespace incimap::app
