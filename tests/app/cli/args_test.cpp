// The subcommands' one parser (app/cli/args.hpp) against a table made for
// the test: each GNU or ogr2ogr habit a user types.

#include "app/cli/args.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/cli/command_line.hpp"

namespace incimap::app {
namespace {

constexpr Option kOptions[] = {
    {"-o", "--output", "OUT", "output"},
    {"-q", "--quiet", "", "quiet"},
    {"-j", "--jobs", "N", "jobs"},
    {"", "--overwrite", "", "overwrite"},
    {"-nln", "", "NAME", "layer name"},
    {"", "--layer", "FILE", "repeatable"},
};
constexpr OptionGroup kGroups[] = {{"Options", kOptions}};
constexpr CommandSpec kSpec{"test", "", "test", "", kGroups, ""};

Args parse(std::vector<std::string> words) {
  std::vector<char*> argv{const_cast<char*>("incimap"), const_cast<char*>("test")};
  for (std::string& word : words) argv.push_back(word.data());
  return Args(int(argv.size()), argv.data(), 2, kSpec);
}

std::string usage_error(std::vector<std::string> words) {
  try {
    parse(std::move(words));
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

TEST(Args, LongOptionTakesItsValueAfterASpaceOrAnEqualsSign) {
  EXPECT_EQ(parse({"--output", "a.gpkg"}).value({"--output"}), "a.gpkg");
  EXPECT_EQ(parse({"--output=a.gpkg"}).value({"-o"}), "a.gpkg");
  EXPECT_EQ(parse({"--output="}).value({"-o"}), "");
}

TEST(Args, ShortOptionTakesItsValueAttachedOrNext) {
  EXPECT_EQ(parse({"-o", "a.gpkg"}).value({"--output"}), "a.gpkg");
  EXPECT_EQ(parse({"-oa.gpkg"}).value({"--output"}), "a.gpkg");
  EXPECT_EQ(parse({"-j4"}).value({"--jobs"}), "4");
}

TEST(Args, ShortFlagsBundleAndTheLastMayTakeAValue) {
  const Args args = parse({"-qj4", "in.txt"});
  EXPECT_TRUE(args.flag({"--quiet"}));
  EXPECT_EQ(args.value({"--jobs"}), "4");
  EXPECT_EQ(args.positionals(), std::vector<std::string>{"in.txt"});
  const Args apart = parse({"-qj", "2"});
  EXPECT_EQ(apart.value({"--jobs"}), "2");
}

TEST(Args, OgrOneDashWordsAreNotBundles) {
  EXPECT_EQ(parse({"-nln", "events"}).value({"-nln"}), "events");
  // GDAL's tools spell long options with one dash: "-overwrite" is not -o "verwrite".
  const Args gdal_style = parse({"-overwrite", "-output=a.gpkg"});
  EXPECT_TRUE(gdal_style.flag({"--overwrite"}));
  EXPECT_EQ(gdal_style.value({"--output"}), "a.gpkg");
}

TEST(Args, AValueMayStartWithADashAndDashIsAnInput) {
  EXPECT_EQ(parse({"-o", "-"}).value({"--output"}), "-");
  EXPECT_EQ(parse({"-"}).positionals(), std::vector<std::string>{"-"});
}

TEST(Args, DoubleDashEndsTheOptions) {
  const Args args = parse({"-q", "--", "-odd-name.txt", "--quiet"});
  EXPECT_TRUE(args.flag({"-q"}));
  EXPECT_EQ(args.positionals(), (std::vector<std::string>{"-odd-name.txt", "--quiet"}));
}

TEST(Args, ARepeatedOptionKeepsEveryValueAndValueIsTheLast) {
  const Args args = parse({"--layer", "a", "--layer=b", "-o", "x", "-o", "y"});
  EXPECT_EQ(args.values({"--layer"}), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(args.value({"-o"}), "y");
}

TEST(Args, HelpIsKnownToEveryCommand) {
  EXPECT_TRUE(parse({"-h"}).flag({"--help"}));
  EXPECT_TRUE(parse({"-qh"}).flag({"--help"}));
}

TEST(Args, MistakesAreUsageErrorsThatSayWhatWasMeant) {
  EXPECT_EQ(usage_error({"--outptu", "x"}), "unknown option --outptu; did you mean --output?");
  EXPECT_EQ(usage_error({"--out", "x"}), "unknown option --out; did you mean --output?");  // a unique prefix
  EXPECT_EQ(usage_error({"--nln", "x"}), "unknown option --nln; did you mean -nln?");
  EXPECT_EQ(usage_error({"--frobnicate"}), "unknown option --frobnicate");
  EXPECT_EQ(usage_error({"-qx"}), "unknown option -x");
  EXPECT_EQ(usage_error({"--quiet=yes"}), "option --quiet takes no value");
  EXPECT_EQ(usage_error({"--output"}), "option --output needs a value");
  EXPECT_EQ(usage_error({"-j"}), "option -j needs a value");
}

TEST(Args, NearestWordPicksOneWithinAFewEdits) {
  EXPECT_EQ(nearest_word("extarct", {"ingest", "extract", "merge"}), "extract");
  EXPECT_EQ(nearest_word("lokup", {"build", "lookup"}), "lookup");
  EXPECT_EQ(nearest_word("zzz", {"build", "lookup"}), "");
}

// Every command's table: no name twice in one command (the parser would
// take the first), every option documented.
TEST(CommandLine, EveryOptionNameIsUniqueWithinItsCommandAndHasHelp) {
  for (const CommandSpec& spec : command_specs()) {
    std::vector<std::string_view> names;
    for_each_option(spec, [&](const Option& option) {
      EXPECT_FALSE(option.help.empty()) << spec.name << " " << option.name();
      for (const std::string_view name : {option.short_name, option.long_name}) {
        if (name.empty()) continue;
        EXPECT_EQ(std::count(names.begin(), names.end(), name), 0) << spec.name << " has " << name << " twice";
        names.push_back(name);
      }
    });
  }
}

}  // namespace
}  // namespace incimap::app
