// Usage errors, for every command: exit 2, the message on stderr, nothing
// on stdout (which a pipe reads as data). Help is the one thing on stdout.

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace incimap::app
