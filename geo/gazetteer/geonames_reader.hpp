#pragma once
// Readers for the GeoNames dump formats (https://download.geonames.org/export/dump/readme.txt):
// the 19-column geoname table (cities500.txt, allCountries.txt, per-country
// files, and the project's landmark file, which adds a 20th column: the
// geonameid of the parent place) and alternateNamesV2.txt.

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer/source_place.hpp"

namespace incimap::geo {

struct ReadStats {
  std::size_t rows = 0;
  std::size_t skipped = 0;  // malformed rows, reported once with the first line number
  std::string first_problem;
};

// Calls `sink` for each row. Throws InputError when the file cannot be read
// or when no row at all is well formed.
ReadStats read_geonames_table(const std::string& path, const std::function<void(SourcePlace&&)>& sink);

// Parses one row; false (with `problem` set) when it is malformed.
bool parse_geonames_row(std::string_view line, SourcePlace& out, std::string& problem);

// alternateNamesV2.txt: English, unspecified-language and abbreviation names,
// skipping historic ones and links/codes. Returns geonameid → names.
std::unordered_map<std::uint32_t, std::vector<SourceName>> read_alternate_names(const std::string& path,
                                                                                 ReadStats& stats);

// Maps a GeoNames feature code to incimap's GeoType.
GeoType geo_type_for(char feature_class, std::string_view feature_code) noexcept;

// True for names written in Latin script (with any diacritics), the only
// alternates an English news matcher can use.
bool is_latin_script(std::string_view utf8) noexcept;

}  // namespace incimap::geo
