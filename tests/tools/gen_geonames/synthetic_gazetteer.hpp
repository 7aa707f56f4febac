#pragma once
// A synthetic stand-in for GeoNames' allCountries.txt (and, optionally,
// alternateNamesV2.txt) at full scale, for measuring the gazetteer index and
// the geoparser where the real dump cannot be downloaded. The rows look like
// GeoNames rows to every reader: real country codes, time zones and
// coordinates inside each country's box, places clustered around their
// divisions, ADM1/ADM2 rows that the places' admin codes link to, the feature
// class mix of the real dump, Zipf-like populations and names that repeat
// the way real names do. Nothing in it is a real place name.

#include <cstdint>
#include <ostream>

namespace incimap::tools {

struct GenerationOptions {
  // Rows of the table, divisions included. The default gives an index of
  // about 12 million (place, name) pairs, the size of one built from
  // allCountries + alternateNamesV2.
  std::uint64_t rows = 3'900'000;
  std::uint64_t seed = 1;
  // Above the largest real geonameid (~13 million) so that a table built
  // beside real GeoNames files never shares an id with them.
  std::uint32_t first_geonameid = 20'000'000;
  // Multiplies every feature kind's mean number of alternate names.
  double alternates_scale = 1.0;
};

struct GenerationStats {
  std::uint64_t rows = 0;
  std::uint64_t division_rows = 0;        // ADM1 and ADM2
  std::uint64_t populated_rows = 0;       // population > 0
  std::uint64_t alternate_name_rows = 0;  // rows of the alternate names file, when one is written
  // (place, folded name) pairs that incimap's index keeps from the table alone,
  // and the further pairs only the alternate names file adds (abbreviations).
  std::uint64_t table_index_names = 0;
  std::uint64_t alternates_file_index_names = 0;
};

// The fewest rows that hold every country's divisions.
std::uint64_t minimum_rows() noexcept;

// Writes the table to `table` and, when `alternate_names` is not null, the
// alternate names file. The same options give the same bytes on every
// platform. Throws std::invalid_argument when options.rows < minimum_rows().
GenerationStats generate_geonames(const GenerationOptions& options, std::ostream& table,
                                  std::ostream* alternate_names);

}  // namespace incimap::tools
