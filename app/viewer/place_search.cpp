#include "app/viewer/place_search.hpp"

#include <algorithm>

#include "geo/gazetteer/fold.hpp"
#include "geo/base/input_error.hpp"

namespace incimap::app {

bool PlaceSearch::available() {
  if (!tried_) {
    tried_ = true;
    try {
      index_.emplace(geo::GazetteerIndex::open(gazetteer_path_));
    } catch (const geo::InputError&) {
      index_.reset();  // no gazetteer: corrections by dragging only
    }
  }
  return index_.has_value();
}

std::vector<geo::GazetteerPlace> PlaceSearch::find(std::string_view name, std::string_view country, std::size_t limit) {
  if (!available()) return {};
  const std::string folded = geo::fold_name(name);
  if (folded.empty()) return {};
  std::vector<std::uint32_t> seen;
  std::vector<geo::GazetteerPlace> places;
  try {
    for (const auto& entry : index_->lookup_folded(folded)) {
      if (std::find(seen.begin(), seen.end(), entry.place) != seen.end()) continue;
      seen.push_back(entry.place);
      places.push_back(index_->place(entry.place));
    }
  } catch (const geo::InputError&) {
    // A large index is checked as it is used: found damaged (or changed on
    // disk) now, it goes as if it had failed to open.
    index_.reset();
    return {};
  }
  std::stable_sort(places.begin(), places.end(), [country](const geo::GazetteerPlace& a, const geo::GazetteerPlace& b) {
    const bool a_home = !country.empty() && a.country == country, b_home = !country.empty() && b.country == country;
    if (a_home != b_home) return a_home;
    return a.population > b.population;
  });
  if (places.size() > limit) places.resize(limit);
  return places;
}

std::pair<std::string, std::string> candidate_name_and_country(std::string_view line) {
  const std::size_t open = line.rfind(" (");
  const std::size_t close = open == std::string_view::npos ? open : line.find(')', open);
  if (close == std::string_view::npos || close - open != 4) {
    // No "(CC)": the name is everything before a trailing score, if any.
    const std::size_t space = line.rfind(' ');
    const bool scored = space != std::string_view::npos && line.find_first_not_of("0123456789.", space + 1) == std::string_view::npos;
    return {std::string(scored ? line.substr(0, space) : line), {}};
  }
  return {std::string(line.substr(0, open)), std::string(line.substr(open + 2, 2))};
}

}  // namespace incimap::app
