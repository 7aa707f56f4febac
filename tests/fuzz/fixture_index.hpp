#pragma once
// The fixture gazetteer of tests/data/gazetteer, built into a file for the
// fuzz targets that need a real index (the pipeline) or a seed (the index
// reader). Built where the caller says; nothing is cached between runs.

#include <string>

#include "geo/gazetteer/gazetteer_build.hpp"

namespace incimap::fuzz {

inline void build_fixture_index(const std::string& output) {
  const std::string dir = std::string(INCIMAP_TEST_DATA_DIR) + "/gazetteer/";
  geo::GazetteerSources s;
  s.geonames_tables = {dir + "cities.txt"};
  s.countries_json = dir + "countries.json";
  s.admin1_json = dir + "admin1.json";
  s.project_tables = {dir + "landmarks.txt"};
  s.extra_names_tsv = dir + "extra-names.tsv";
  s.country_positions_tsv = dir + "country-positions.tsv";
  s.dictionaries = {dir + "words.txt"};
  s.given_names = {dir + "given-names.txt"};
  geo::build_gazetteer(s, output);
}

}  // namespace incimap::fuzz
