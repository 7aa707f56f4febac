// Usage errors, for every command: exit 2, the message on stderr, nothing
// on stdout (which a pipe reads as data). Help is the one thing on stdout.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "incimap_process.hpp"

namespace incimap::app {
namespace {
using namespace incimap::app::testing;

class UsageError : public ::testing::TestWithParam<std::vector<std::string>> {};

TEST_P(UsageError, GoesToStderrWithExitTwo) {
  const Outcome r = run_incimap(GetParam());
  EXPECT_EQ(r.exit_code, kExitUsage) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err, "");
}

INSTANTIATE_TEST_SUITE_P(
    EveryCommand, UsageError,
    ::testing::Values(std::vector<std::string>{}, std::vector<std::string>{"no-such-command"},
                      std::vector<std::string>{"ingest", "--no-such-option"},
                      std::vector<std::string>{"places", "--no-such-option"},
                      std::vector<std::string>{"extract", "--no-such-option"},
                      std::vector<std::string>{"merge"}, std::vector<std::string>{"merge", "--no-such-option", "x"},
                      std::vector<std::string>{"places", "-j", "0"},
                      std::vector<std::string>{"render"}, std::vector<std::string>{"view", "--no-such-option"},
                      std::vector<std::string>{"gazetteer"}, std::vector<std::string>{"gazetteer", "lookup"},
                      std::vector<std::string>{"gazetteer", "build"}));


class Help : public ::testing::TestWithParam<std::vector<std::string>> {};

// Each command's help is on stdout, with exit 0, nothing on stderr.
TEST_P(Help, GoesToStdoutWithExitZero) {
  std::vector<std::string> words = GetParam();
  std::string usage = "Usage: incimap";
  for (const std::string& word : words) usage += " " + word;
  words.push_back("--help");
  const Outcome r = run_incimap(words);
  EXPECT_EQ(r.exit_code, kExitOk) << r.err;
  EXPECT_TRUE(r.out.starts_with(usage)) << r.out;
  EXPECT_TRUE(r.out.find("-h, --help") != std::string::npos) << r.out;
  EXPECT_EQ(r.err, "");
}

INSTANTIATE_TEST_SUITE_P(EveryCommand, Help,
                         ::testing::Values(std::vector<std::string>{"ingest"}, std::vector<std::string>{"places"},
                                           std::vector<std::string>{"extract"}, std::vector<std::string>{"merge"},
                                           std::vector<std::string>{"render"}, std::vector<std::string>{"view"},
                                           std::vector<std::string>{"gazetteer", "build"},
                                           std::vector<std::string>{"gazetteer", "lookup"}));

TEST(Typos, AMistypedOptionNamesTheOneMeant) {
  for (const char* command : {"ingest", "places", "extract", "merge", "render"}) {
    const Outcome r = run_incimap({command, "--quite"});
    EXPECT_EQ(r.exit_code, kExitUsage) << command;
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("unknown option --quite; did you mean --quiet?"), std::string::npos) << command << ": " << r.err;
  }
  const Outcome r = run_incimap({"extract", "--outptu", "x.gpkg"});
  EXPECT_NE(r.err.find("did you mean --output?"), std::string::npos) << r.err;
  const Outcome view = run_incimap({"view", "--scrpit", "x"});
  EXPECT_EQ(view.exit_code, kExitUsage);
  EXPECT_NE(view.err.find("did you mean --script?"), std::string::npos) << view.err;
}

TEST(Typos, AMistypedCommandNamesTheOneMeant) {
  const Outcome r = run_incimap({"extarct"});
  EXPECT_EQ(r.exit_code, kExitUsage);
  EXPECT_NE(r.err.find("unknown command 'extarct'; did you mean extract?"), std::string::npos) << r.err;
  const Outcome sub = run_incimap({"gazetteer", "biuld"});
  EXPECT_EQ(sub.exit_code, kExitUsage);
  EXPECT_NE(sub.err.find("did you mean build?"), std::string::npos) << sub.err;
}

// Bundled short options and --opt=value mean what the spelled-out ones do.
TEST(Spellings, BundledAndEqualsFormsGiveTheSameOutput) {
  const std::string index = std::string(INCIMAP_SOURCE_DIR) + "/.data/gazetteer.idx";
  if (!std::filesystem::exists(index)) GTEST_SKIP() << "no gazetteer index at " << index;
  const std::string article = std::string(INCIMAP_SAMPLES_DIR) + "/iraq-baghdad-airport-rockets.txt";
  const Outcome spelled = run_incimap({"places", "--quiet", "--jobs", "1", "--gazetteer", index, article});
  const Outcome bundled = run_incimap({"places", "-qj1", "--gazetteer=" + index, "--", article});
  ASSERT_EQ(spelled.exit_code, kExitOk) << spelled.err;
  EXPECT_EQ(bundled.exit_code, kExitOk) << bundled.err;
  EXPECT_NE(spelled.out, "");
  EXPECT_EQ(bundled.out, spelled.out);
}

TEST(Generated, ManPageAndCompletionsComeFromTheBinary) {
  const Outcome man = run_incimap({"--man-page"});
  EXPECT_EQ(man.exit_code, kExitOk);
  EXPECT_TRUE(man.out.starts_with(".TH INCIMAP 1")) << man.out.substr(0, 80);
  const Outcome bash = run_incimap({"--completion", "bash"});
  EXPECT_EQ(bash.exit_code, kExitOk);
  EXPECT_NE(bash.out.find("complete -F _incimap incimap"), std::string::npos);
  const Outcome zsh = run_incimap({"--completion", "zsh"});
  EXPECT_TRUE(zsh.out.starts_with("#compdef incimap")) << zsh.out.substr(0, 80);
  const Outcome fish = run_incimap({"--completion", "fish"});
  EXPECT_EQ(fish.exit_code, kExitUsage);
  EXPECT_EQ(fish.out, "");
}

}  // namespace
}  // namespace incimap::app
