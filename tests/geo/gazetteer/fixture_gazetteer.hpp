#pragma once
// The fixture gazetteer of tests/data/gazetteer (see its README), built once
// per test process into a temporary directory that is removed at exit.

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "geo/gazetteer/gazetteer_build.hpp"
#include "geo/resolve/geoparser.hpp"
#include "geo/resolve/place_mention_json.hpp"

namespace incimap::geo {

// GoogleTest prints a GeoType by name in failure messages.
inline void PrintTo(GeoType type, std::ostream* os) { *os << geo_type_name(type); }

}  // namespace incimap::geo

namespace incimap::geo::fixture {

inline std::string data_file(std::string_view name) {
  return (std::filesystem::path(INCIMAP_TEST_DATA_DIR) / "gazetteer" / name).string();
}

// Every source the builder reads, all from the fixture directory.
inline GazetteerSources sources() {
  GazetteerSources s;
  s.geonames_tables = {data_file("cities.txt")};
  s.countries_json = data_file("countries.json");
  s.admin1_json = data_file("admin1.json");
  s.admin2_json = data_file("admin2.json");
  s.project_tables = {data_file("landmarks.txt")};
  s.extra_names_tsv = data_file("extra-names.tsv");
  s.country_positions_tsv = data_file("country-positions.tsv");
  s.dictionaries = {data_file("words.txt"), data_file("words-british.txt")};
  s.given_names = {data_file("given-names.txt")};
  return s;
}

// A directory unique to this process (ctest runs each test in its own), removed
// with everything in it when the object goes.
class TempDir {
 public:
  explicit TempDir(std::string_view purpose)
      : path_(std::filesystem::temp_directory_path() /
              ("incimap-" + std::string(purpose) + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(std::string_view name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct BuiltFixture {
  TempDir dir{"fixture-gazetteer"};
  GazetteerBuildReport report = build_gazetteer(sources(), dir.file("fixture.idx"));
  Geoparser geoparser = Geoparser::open(dir.file("fixture.idx"));
};

inline const BuiltFixture& built() {
  static const BuiltFixture fixture;
  return fixture;
}

inline const Geoparser& geoparser() { return built().geoparser; }
inline const GazetteerIndex& index() { return built().geoparser.index(); }

// The mentions whose text is exactly `text`, in text order.
inline std::vector<PlaceMention> mentions_written(const std::vector<PlaceMention>& all, std::string_view text) {
  std::vector<PlaceMention> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out),
               [text](const PlaceMention& m) { return m.text == text; });
  return out;
}

}  // namespace incimap::geo::fixture
