#pragma once
// Where the synthetic places of each country lie: real ISO codes, rough
// bounding boxes and time zones of real countries, and each country's share
// of the rows (roughly its share of a real allCountries dump). Boxes are
// approximate, in WGS84 degrees; a point inside one may fall in the sea.

#include <span>
#include <string_view>

namespace incimap::tools {

struct CountryFrame {
  std::string_view code;  // ISO 3166-1 alpha-2
  double south;           // degrees, south < north
  double north;
  double west;            // degrees, west < east (no frame crosses the antimeridian)
  double east;
  std::string_view timezone;
  int admin1_count;       // first-level divisions to generate
  double weight;          // relative share of the rows
};

std::span<const CountryFrame> country_frames() noexcept;

}  // namespace incimap::tools
