// `incimap gazetteer`: usage errors on stderr (stdout stays clean for a
// pipe), and `lookup` lines that are JSON whatever the name holds.

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "incimap_process.hpp"

namespace incimap::app {
namespace {
using namespace incimap::app::testing;
namespace fs = std::filesystem;
using nlohmann::json;

const std::string kIndex = std::string(INCIMAP_SOURCE_DIR) + "/.data/gazetteer.idx";

TEST(GazetteerCli, NoSubcommandIsAUsageErrorOnStderr) {
  const Outcome r = run_incimap({"gazetteer"});
  EXPECT_EQ(r.exit_code, kExitUsage);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(r.err.starts_with("Usage: incimap gazetteer")) << r.err;
}

TEST(GazetteerCli, HelpIsOnStdoutWithExitZero) {
  const Outcome r = run_incimap({"gazetteer", "--help"});
  EXPECT_EQ(r.exit_code, kExitOk);
  EXPECT_TRUE(r.out.starts_with("Usage: incimap gazetteer")) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST(GazetteerCli, UnknownSubcommandIsAUsageErrorOnStderr) {
  const Outcome r = run_incimap({"gazetteer", "lokup", "Baghdad"});
  EXPECT_EQ(r.exit_code, kExitUsage);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("lokup"), std::string::npos) << r.err;
}

TEST(GazetteerCli, LookupWritesJsonLinesAndOneForANameItDoesNotKnow) {
  if (!fs::exists(kIndex)) GTEST_SKIP() << "no default gazetteer index at " << kIndex << " (scripts/setup.sh)";
  // A quote, a backslash and a tab: printf-built JSON broke on each.
  const std::string odd = "Nowhere \"at\\all\"\there";
  const Outcome r = run_incimap({"gazetteer", "lookup", "-g", kIndex, odd, "Baghdad"});
  EXPECT_EQ(r.exit_code, kExitSomeInputsFailed) << "a name that is not there is a failed input";
  std::vector<json> lines;
  ASSERT_NO_THROW(lines = json_lines(r.out)) << r.out;
  ASSERT_GE(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0], (json{{"query", odd}, {"found", false}}));
  bool city = false;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i]["query"], "Baghdad");
    if (lines[i]["name"] == "Baghdad" && lines[i]["feature"].get<std::string>().starts_with("P.")) {
      city = true;
      EXPECT_NEAR(lines[i]["lat"].get<double>(), 33.34, 0.1);
      EXPECT_NEAR(lines[i]["lon"].get<double>(), 44.40, 0.1);
      EXPECT_EQ(lines[i]["country"], "IQ");
    }
  }
  EXPECT_TRUE(city) << r.out;
}

TEST(GazetteerCli, BuildReadsTheDictionaryAndGivenNamesItIsGiven) {
  // The other default sources (countries, divisions) come from the data folder.
  const std::string data = std::string(INCIMAP_SOURCE_DIR) + "/.data";
  if (!fs::exists(data + "/world-countries")) GTEST_SKIP() << "no data packages in " << data << " (scripts/setup.sh)";
  const fs::path dir = fs::temp_directory_path() / ("incimap-gazetteer-cli-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string cities = std::string(INCIMAP_SOURCE_DIR) + "/tests/data/gazetteer/cities.txt";
  const std::string words = (dir / "words.txt").string();
  const std::string missing_names = (dir / "no-names.txt").string();
  { std::ofstream(words) << "mobile\ncenter\n"; }
  const std::string output = (dir / "g.idx").string();
  const Outcome r = run_incimap({"gazetteer", "build", "--data", data, "--geonames", cities, "--dictionary", words,
                                 "--given-names", missing_names, "-o", output});
  EXPECT_EQ(r.exit_code, kExitOk) << r.err;
  EXPECT_NE(r.err.find("reading " + words), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("american-english"), std::string::npos) << "the default list was read too: " << r.err;
  EXPECT_NE(r.err.find("warning: " + missing_names), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(output));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace incimap::app
