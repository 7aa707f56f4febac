#pragma once
// The two GeoNames dump formats, as described in
// https://download.geonames.org/export/dump/readme.txt: the 19-column geoname
// table (allCountries.txt) and alternateNamesV2.txt. Tab-separated UTF-8, one
// row per line, '\n' line ends. Strings must hold no tab or newline, and
// alternate names no comma (the table lists them comma-separated).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geo/base/lonlat.hpp"

namespace incimap::tools {

struct GeoNamesRow {
  std::uint32_t geonameid = 0;
  std::string name;                     // UTF-8
  std::string asciiname;                // the name in plain ASCII
  std::vector<std::string> alternates;  // the table's convenience column, any script
  geo::LonLat position = geo::LonLat::from(geo::Longitude{0}, geo::Latitude{0});
  char feature_class = 'P';
  std::string_view feature_code;
  std::string_view country_code;
  std::string admin1_code;
  std::string admin2_code;
  std::uint64_t population = 0;
  int dem_metres = 0;  // GeoNames' digital elevation model column
  std::string_view timezone;
  std::string modified;  // YYYY-MM-DD
};

struct AlternateNameRow {
  std::uint32_t alternate_name_id = 0;
  std::uint32_t geonameid = 0;
  std::string_view language;  // ISO 639 code, or "abbr", "link", "post"; empty when unknown
  std::string_view name;
  bool preferred = false;
  bool short_name = false;
  bool historic = false;
};

// Appends the row and its newline; coordinates with 5 decimals (about 1 m),
// as GeoNames writes them.
void append_geonames_row(std::string& out, const GeoNamesRow& row);

// Appends the 10-column row (the colloquial flag and the from/to periods are
// left empty) and its newline.
void append_alternate_name_row(std::string& out, const AlternateNameRow& row);

}  // namespace incimap::tools
