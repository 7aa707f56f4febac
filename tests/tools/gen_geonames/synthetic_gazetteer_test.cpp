#include "gen_geonames/synthetic_gazetteer.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "gen_geonames/country_frames.hpp"
#include "geo/gazetteer/gazetteer_build.hpp"
#include "geo/gazetteer/geonames_reader.hpp"
#include "geo/gazetteer/index.hpp"

namespace incimap::tools {
namespace {

constexpr std::uint64_t kRows = 40'000;

struct Generated {
  std::string table;
  std::string alternate_names;
  GenerationStats stats;
};

Generated generate(std::uint64_t seed, std::uint64_t rows = kRows) {
  GenerationOptions options;
  options.rows = rows;
  options.seed = seed;
  std::ostringstream table;
  std::ostringstream alternates;
  Generated out;
  out.stats = generate_geonames(options, table, &alternates);
  out.table = table.str();
  out.alternate_names = alternates.str();
  return out;
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::vector<geo::SourcePlace> parse_table(std::string_view table) {
  std::vector<geo::SourcePlace> places;
  for (const std::string_view line : lines_of(table)) {
    geo::SourcePlace place;
    std::string problem;
    EXPECT_TRUE(geo::parse_geonames_row(line, place, problem)) << problem << ": " << line;
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 18) << line;
    places.push_back(std::move(place));
  }
  return places;
}

const CountryFrame* frame_of(std::string_view code) {
  for (const CountryFrame& frame : country_frames()) {
    if (frame.code == code) return &frame;
  }
  return nullptr;
}

class TempDir {
 public:
  TempDir() : path_(std::filesystem::path(testing::TempDir()) / ("gen_geonames_" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string file(const std::string& name, const std::string& content = {}) const {
    const std::string path = (path_ / name).string();
    if (!content.empty()) std::ofstream(path, std::ios::binary) << content;
    return path;
  }

 private:
  std::filesystem::path path_;
};

TEST(SyntheticGazetteer, EveryRowIsAGeoNamesRowInsideItsCountry) {
  const Generated g = generate(7);
  const auto places = parse_table(g.table);
  ASSERT_EQ(places.size(), g.stats.rows);
  EXPECT_EQ(g.stats.rows, kRows);
  for (const auto& p : places) {
    const CountryFrame* frame = frame_of(p.place.country);
    ASSERT_NE(frame, nullptr) << p.place.country;
    EXPECT_GE(p.place.position.lat(), frame->south);
    EXPECT_LE(p.place.position.lat(), frame->north);
    EXPECT_GE(p.place.position.lon(), frame->west);
    EXPECT_LE(p.place.position.lon(), frame->east);
  }
}

TEST(SyntheticGazetteer, SameSeedGivesSameFilesAndAnotherSeedOthers) {
  const Generated a = generate(3);
  const Generated b = generate(3);
  const Generated c = generate(4);
  EXPECT_EQ(a.table, b.table);
  EXPECT_EQ(a.alternate_names, b.alternate_names);
  EXPECT_NE(a.table, c.table);
}

TEST(SyntheticGazetteer, PlacesLieInDivisionsTheTableDefines) {
  const auto places = parse_table(generate(11).table);
  std::set<std::string> admin1;
  std::set<std::string> admin2;
  for (const auto& p : places) {
    if (p.place.feature_code == "ADM1") admin1.insert(p.place.country + "." + p.admin1_code);
    if (p.place.feature_code == "ADM2") admin2.insert(p.place.country + "." + p.admin1_code + "." + p.admin2_code);
  }
  EXPECT_GT(admin1.size(), 1000u);  // every country split into its divisions
  std::size_t checked = 0;
  for (const auto& p : places) {
    if (p.place.type == geo::GeoType::admin1 || p.place.type == geo::GeoType::admin2) continue;
    EXPECT_TRUE(admin1.contains(p.place.country + "." + p.admin1_code)) << p.place.name;
    EXPECT_TRUE(admin2.contains(p.place.country + "." + p.admin1_code + "." + p.admin2_code)) << p.place.name;
    ++checked;
  }
  EXPECT_GT(checked, kRows / 2);
}

TEST(SyntheticGazetteer, PopulationsHaveAZipfLikeTail) {
  std::vector<std::uint64_t> populations;
  for (const auto& p : parse_table(generate(5).table)) {
    if (p.place.feature_class == 'P' && p.place.population > 0) populations.push_back(p.place.population);
  }
  ASSERT_GT(populations.size(), 1000u);
  std::sort(populations.begin(), populations.end(), std::greater<>());
  const std::uint64_t median = populations[populations.size() / 2];
  const double total = std::accumulate(populations.begin(), populations.end(), 0.0);
  const double top_percent =
      std::accumulate(populations.begin(), populations.begin() + populations.size() / 100, 0.0);
  // Most places are villages, a few are cities holding much of the people.
  EXPECT_LT(median, 1000u);
  EXPECT_GT(populations.front(), 1000 * median);
  EXPECT_GT(top_percent / total, 0.3);
}

TEST(SyntheticGazetteer, NamesRepeatLikeRealPlaceNames) {
  std::map<std::string, int> counts;
  for (const auto& p : parse_table(generate(9).table)) ++counts[p.place.name];
  const int most = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
                     return a.second < b.second;
                   })->second;
  const auto unique = std::count_if(counts.begin(), counts.end(), [](const auto& c) { return c.second == 1; });
  EXPECT_GE(most, 5);  // a common name stands for several places ...
  EXPECT_GT(static_cast<double>(unique), 0.8 * static_cast<double>(counts.size()));  // ... most for one
}

TEST(SyntheticGazetteer, IndexHoldsTheNameCountTheToolReports) {
  const Generated g = generate(13);
  const TempDir dir;
  geo::GazetteerSources sources;
  sources.geonames_tables = {dir.file("table.txt", g.table)};
  sources.dictionaries = {dir.file("words.txt", "hill\nwater\n")};  // as every default build has
  const auto table_only = geo::build_gazetteer(sources, dir.file("table.idx"));
  EXPECT_EQ(table_only.places, g.stats.rows);
  EXPECT_EQ(geo::GazetteerIndex::open(dir.file("table.idx")).name_count(), g.stats.table_index_names);

  sources.alternate_names = dir.file("alternates.txt", g.alternate_names);
  geo::build_gazetteer(sources, dir.file("full.idx"));
  const auto index = geo::GazetteerIndex::open(dir.file("full.idx"));
  EXPECT_EQ(index.name_count(), g.stats.table_index_names + g.stats.alternates_file_index_names);
  EXPECT_GT(g.stats.alternates_file_index_names, 0u);
  // The default size is chosen for ~12 million names from 3.9 million rows.
  const double names_per_row = static_cast<double>(index.name_count()) / static_cast<double>(g.stats.rows);
  EXPECT_GT(names_per_row, 2.9);
  EXPECT_LT(names_per_row, 3.5);
}

TEST(SyntheticGazetteer, AlternateNamesFileHoldsWhatTheReaderSkips) {
  const Generated g = generate(17);
  const TempDir dir;
  std::set<std::uint32_t> ids;
  for (const auto& p : parse_table(g.table)) ids.insert(p.place.geonameid);
  geo::ReadStats stats;
  const auto names = geo::read_alternate_names(dir.file("alternates.txt", g.alternate_names), stats);
  EXPECT_EQ(stats.skipped, 0u);
  std::size_t abbreviations = 0;
  for (const auto& [id, list] : names) {
    EXPECT_TRUE(ids.contains(id)) << id;
    for (const auto& n : list) abbreviations += n.kind == geo::NameKind::abbreviation;
  }
  EXPECT_GT(abbreviations, 1000u);  // one per ADM1 row
  // Links, postal codes, historic and non-English names are in the file but
  // not for an English news index.
  EXPECT_LT(stats.rows, g.stats.alternate_name_rows * 3 / 4);
}

TEST(SyntheticGazetteer, RefusesTooFewRowsForTheDivisions) {
  GenerationOptions options;
  options.rows = minimum_rows() - 1;
  std::ostringstream table;
  EXPECT_THROW(generate_geonames(options, table, nullptr), std::invalid_argument);
}

}  // namespace
}  // namespace incimap::tools
