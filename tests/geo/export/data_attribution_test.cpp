// The data credit: every source the licences ask to name, in the table the
// exports and the viewer's About box read, and in the README and the
// THIRD-PARTY notice that ship with the package.

#include "geo/export/data_attribution.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace incimap::geo {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool has_source(std::string_view name, std::string_view licence) {
  for (const DataSource& s : data_sources()) {
    if (s.name.find(name) != std::string_view::npos && s.licence == licence) return true;
  }
  return false;
}

TEST(DataAttribution, NamesEverySourceWithItsLicence) {
  EXPECT_TRUE(has_source("GeoNames", "CC BY 4.0"));
  EXPECT_TRUE(has_source("world-countries", "ODbL 1.0"));
  EXPECT_TRUE(has_source("Natural Earth", "public domain"));
  EXPECT_TRUE(has_source("stdlib", "PDDL 1.0"));
  EXPECT_TRUE(has_source("wamerican", "SCOWL licence"));
}

TEST(DataAttribution, ExportsCreditWhatTheirRecordsHold) {
  const std::string& credit = export_attribution();
  EXPECT_NE(credit.find("incimap " INCIMAP_VERSION), std::string::npos) << credit;
  for (const DataSource& s : data_sources()) {
    EXPECT_EQ(credit.find(std::string(s.name)) != std::string::npos, s.in_exports) << s.name << " in " << credit;
  }
}

// The README and THIRD-PARTY.md are what a user of the package reads: each
// source and licence of the table must be in both.
TEST(DataAttribution, ReadmeAndThirdPartyNoticeListEverySource) {
  for (const char* file : {"/README.md", "/THIRD-PARTY.md"}) {
    const std::string text = read_text(std::string(INCIMAP_SOURCE_DIR) + file);
    ASSERT_FALSE(text.empty()) << file;
    for (const DataSource& s : data_sources()) {
      EXPECT_NE(text.find(std::string(s.licence)), std::string::npos) << s.licence << " missing from " << file;
      EXPECT_NE(text.find(std::string(s.url)), std::string::npos) << s.url << " missing from " << file;
    }
  }
}

}  // namespace
}  // namespace incimap::geo
