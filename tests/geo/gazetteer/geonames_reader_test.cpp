#include "geo/gazetteer/geonames_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "geo/base/input_error.hpp"
#include "tests/geo/gazetteer/fixture_gazetteer.hpp"

namespace incimap::geo {
namespace {

// Rows as GeoNames writes them (cities500.txt); alternate names shortened.
constexpr std::string_view kBaghdad =
    "98182\tBaghdad\tBaghdad\tBagdad,Bagdád,Baghdād,Багдад,بغداد,B\t33.34058\t44.40088\tP\tPPLC\tIQ\t\t07"
    "\t9166668\t\t\t7216000\t\t41\tAsia/Baghdad\t2022-03-09";
constexpr std::string_view kZurich =
    "2657896\tZürich\tZurich\tZuerich,Zürich,Цюрих\t47.36667\t8.55\tP\tPPLA\tCH\t\tZH\t112\t261\t\t341730\t\t429"
    "\tEurope/Zurich\t2019-09-05";
// The project's landmark format: a 20th column with the parent's geonameid.
constexpr std::string_view kGreenZone =
    "1900000001\tGreen Zone\tGreen Zone\tInternational Zone,IZ\t33.3050\t44.3900\tL\tAREA\tIQ\t\t07\t\t\t\t0\t\t"
    "\tAsia/Baghdad\t2026-11-25\t98182";

std::vector<std::string> name_texts(const SourcePlace& p, NameKind kind) {
  std::vector<std::string> out;
  for (const auto& n : p.names) {
    if (n.kind == kind) out.push_back(n.text);
  }
  return out;
}

SourcePlace parse_ok(std::string_view line) {
  SourcePlace p;
  std::string problem;
  EXPECT_TRUE(parse_geonames_row(line, p, problem)) << problem;
  return p;
}

std::string problem_of(const std::string& line) {
  SourcePlace p;
  std::string problem;
  EXPECT_FALSE(parse_geonames_row(line, p, problem)) << line;
  return problem;
}

// kBaghdad with column `column` (0-based) replaced.
std::string baghdad_with(std::size_t column, std::string_view value) {
  std::vector<std::string> fields;
  std::string field;
  for (const char c : kBaghdad) {
    if (c == '\t') {
      fields.push_back(field);
      field.clear();
    } else {
      field.push_back(c);
    }
  }
  fields.push_back(field);
  fields.at(column) = value;
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? "\t" : "") + fields[i];
  return line;
}

TEST(GeonamesRow, NineteenColumnsGiveThePlace) {
  const SourcePlace p = parse_ok(kBaghdad);
  EXPECT_EQ(p.place.geonameid, 98182u);
  EXPECT_EQ(p.place.name, "Baghdad");
  EXPECT_DOUBLE_EQ(p.place.position.lat(), 33.34058);
  EXPECT_DOUBLE_EQ(p.place.position.lon(), 44.40088);
  EXPECT_EQ(p.place.feature_class, 'P');
  EXPECT_EQ(p.place.feature_code, "PPLC");
  EXPECT_EQ(p.place.country, "IQ");
  EXPECT_EQ(p.admin1_code, "07");
  EXPECT_EQ(p.admin2_code, "9166668");
  EXPECT_EQ(p.place.population, 7216000u);
  EXPECT_EQ(p.place.type, GeoType::city);
  EXPECT_EQ(p.place.parent_geonameid, 0u);
  EXPECT_EQ(name_texts(p, NameKind::primary), std::vector<std::string>{"Baghdad"});
}

TEST(GeonamesRow, TwentiethColumnIsTheParent) {
  const SourcePlace p = parse_ok(kGreenZone);
  EXPECT_EQ(p.place.parent_geonameid, 98182u);
  EXPECT_EQ(p.place.type, GeoType::landmark);
  EXPECT_EQ(p.place.population, 0u);
}

TEST(GeonamesRow, WindowsLineEndingIsTolerated) {
  const SourcePlace p = parse_ok(std::string(kGreenZone) + "\r");
  EXPECT_EQ(p.place.parent_geonameid, 98182u);
}

TEST(GeonamesRow, KeepsLatinAlternatesAndDropsOtherScripts) {
  const auto alternates = name_texts(parse_ok(kBaghdad), NameKind::alternate);
  EXPECT_EQ(alternates, (std::vector<std::string>{"Bagdad", "Bagdád", "Baghdād"}));
}

TEST(GeonamesRow, AsciiNameIsAnAlternateAndThePrimaryIsNotRepeated) {
  const auto alternates = name_texts(parse_ok(kZurich), NameKind::alternate);
  EXPECT_NE(std::find(alternates.begin(), alternates.end(), "Zurich"), alternates.end());
  EXPECT_NE(std::find(alternates.begin(), alternates.end(), "Zuerich"), alternates.end());
  EXPECT_EQ(std::find(alternates.begin(), alternates.end(), "Zürich"), alternates.end());
  EXPECT_EQ(std::find(alternates.begin(), alternates.end(), "Цюрих"), alternates.end());
}

TEST(GeonamesRow, TooFewColumnsIsReported) {
  EXPECT_EQ(problem_of("98182\tBaghdad\t33.3\t44.4"), "expected 19 tab-separated columns, found 4");
}

TEST(GeonamesRow, BadFieldsAreReported) {
  EXPECT_NE(problem_of(baghdad_with(0, "98182x")).find("bad geonameid"), std::string::npos);
  EXPECT_NE(problem_of(baghdad_with(4, "93.5")).find("bad coordinates"), std::string::npos);
  EXPECT_NE(problem_of(baghdad_with(5, "-180.5")).find("bad coordinates"), std::string::npos);
  EXPECT_NE(problem_of(baghdad_with(5, "")).find("bad coordinates"), std::string::npos);
  EXPECT_EQ(problem_of(baghdad_with(1, "")), "empty name");
}

class GeonamesTable : public ::testing::Test {
 protected:
  std::string write(std::string_view name, std::string_view text) {
    const std::string path = dir_.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  fixture::TempDir dir_{"geonames-reader"};
};

TEST_F(GeonamesTable, MalformedRowsAreCountedAndTheFirstIsReportedWithItsLine) {
  const std::string path = write("table.txt", "# a comment\n" + std::string(kBaghdad) + "\nnot a row\n\n" +
                                                 baghdad_with(4, "north") + "\n" + std::string(kZurich) + "\n");
  std::vector<std::string> names;
  const ReadStats stats = read_geonames_table(path, [&](SourcePlace&& p) { names.push_back(p.place.name); });
  EXPECT_EQ(names, (std::vector<std::string>{"Baghdad", "Zürich"}));
  EXPECT_EQ(stats.rows, 2u);
  EXPECT_EQ(stats.skipped, 2u);
  EXPECT_EQ(stats.first_problem, "line 3: expected 19 tab-separated columns, found 1");
}

TEST_F(GeonamesTable, EachRowStartsFresh) {
  // A landmark's parent must not leak into the city read after it.
  const std::string path = write("table.txt", std::string(kGreenZone) + "\n" + std::string(kBaghdad) + "\n");
  std::vector<std::uint32_t> parents;
  read_geonames_table(path, [&](SourcePlace&& p) { parents.push_back(p.place.parent_geonameid); });
  EXPECT_EQ(parents, (std::vector<std::uint32_t>{98182u, 0u}));
}

TEST_F(GeonamesTable, NoWellFormedRowIsAnErrorNamingTheFileAndTheProblem) {
  const std::string path = write("broken.txt", "one\ttwo\n");
  try {
    read_geonames_table(path, [](SourcePlace&&) {});
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), path);
    EXPECT_NE(e.reason().find("line 1"), std::string::npos) << e.what();
  }
}

TEST_F(GeonamesTable, MissingFileIsAnErrorNamingIt) {
  const std::string path = dir_.file("absent.txt");
  try {
    read_geonames_table(path, [](SourcePlace&&) {});
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), path);
  }
}

TEST_F(GeonamesTable, AlternateNamesKeepEnglishUnspecifiedAndAbbreviations) {
  // alternateNameId, geonameid, isolanguage, name, isPreferred, isShort, isColloquial, isHistoric, from, to
  const std::string path = write("alternateNamesV2.txt",
                                 "1\t98182\ten\tBaghdad City\t\t\t\t\t\t\n"
                                 "2\t98182\t\tBaghdad Town\t\t\t\t\t\t\n"
                                 "3\t98182\tfr\tBagdad\t\t\t\t\t\t\n"
                                 "4\t98182\ten\tMadinat as-Salam\t\t\t\t1\t\t\n"
                                 "5\t98182\tru\tБагдад\t\t\t\t\t\t\n"
                                 "6\t98182\ten\tБагдад\t\t\t\t\t\t\n"
                                 "7\t6252001\tabbr\tU.S.\t\t\t\t\t\t\n"
                                 "8\t98182\tlink\thttps://en.wikipedia.org/wiki/Baghdad\t\t\t\t\t\t\n"
                                 "broken line\n");
  ReadStats stats;
  const auto names = read_alternate_names(path, stats);
  ASSERT_EQ(names.count(98182), 1u);
  std::vector<std::string> baghdad;
  for (const auto& n : names.at(98182)) {
    EXPECT_EQ(n.kind, NameKind::alternate) << n.text;
    baghdad.push_back(n.text);
  }
  EXPECT_EQ(baghdad, (std::vector<std::string>{"Baghdad City", "Baghdad Town"}));
  ASSERT_EQ(names.count(6252001), 1u);
  ASSERT_EQ(names.at(6252001).size(), 1u);
  EXPECT_EQ(names.at(6252001)[0].text, "U.S.");
  EXPECT_EQ(names.at(6252001)[0].kind, NameKind::abbreviation);
  EXPECT_EQ(stats.rows, 3u);
  EXPECT_EQ(stats.skipped, 1u);
}

TEST(GeoTypeFor, MapsGeonamesFeatureCodes) {
  EXPECT_EQ(geo_type_for('A', "PCLI"), GeoType::country);
  EXPECT_EQ(geo_type_for('A', "PCLD"), GeoType::country);
  EXPECT_EQ(geo_type_for('A', "TERR"), GeoType::country);
  EXPECT_EQ(geo_type_for('A', "ADM1"), GeoType::admin1);
  EXPECT_EQ(geo_type_for('A', "ADM1H"), GeoType::admin1);
  EXPECT_EQ(geo_type_for('A', "ADM2"), GeoType::admin2);
  EXPECT_EQ(geo_type_for('A', "ADM3"), GeoType::admin2);
  EXPECT_EQ(geo_type_for('P', "PPLC"), GeoType::city);
  EXPECT_EQ(geo_type_for('P', "PPL"), GeoType::city);
  EXPECT_EQ(geo_type_for('L', "CONT"), GeoType::region);
  EXPECT_EQ(geo_type_for('L', "RGN"), GeoType::region);
  EXPECT_EQ(geo_type_for('T', "PEN"), GeoType::region);
  EXPECT_EQ(geo_type_for('H', "GULF"), GeoType::region);
  // Waters news names like regions: "the Atlantic", "the Strait of Hormuz".
  EXPECT_EQ(geo_type_for('H', "OCN"), GeoType::region);
  EXPECT_EQ(geo_type_for('H', "SEA"), GeoType::region);
  EXPECT_EQ(geo_type_for('H', "BAY"), GeoType::region);
  EXPECT_EQ(geo_type_for('H', "STRT"), GeoType::region);
  EXPECT_EQ(geo_type_for('H', "CHN"), GeoType::region);
  EXPECT_EQ(geo_type_for('S', "AIRP"), GeoType::landmark);
  EXPECT_EQ(geo_type_for('S', "DIP"), GeoType::landmark);
  EXPECT_EQ(geo_type_for('L', "AREA"), GeoType::landmark);
  EXPECT_EQ(geo_type_for('L', "MILB"), GeoType::landmark);
}

TEST(LatinScript, AcceptsDiacriticsAndVietnameseAndRejectsOtherScripts) {
  EXPECT_TRUE(is_latin_script("Baghdad"));
  EXPECT_TRUE(is_latin_script("Bağdat"));
  EXPECT_TRUE(is_latin_script("Hà Nội"));
  EXPECT_TRUE(is_latin_script("Jumhūriyyat al-‘Irāq"));  // U+2018 is punctuation
  EXPECT_FALSE(is_latin_script("Багдад"));
  EXPECT_FALSE(is_latin_script("بغداد"));
  EXPECT_FALSE(is_latin_script("Baghdad 巴格达"));
}

}  // namespace
}  // namespace incimap::geo
