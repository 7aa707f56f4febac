#include "geo/text/tokens.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace incimap::geo {
namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.emplace_back(t.in(text));
  return out;
}

TEST(Tokens, KeepsInitialismsWhole) {
  EXPECT_EQ(words("the U.S. Embassy in Washington, D.C. and W.Va. at 9 a.m."),
            (std::vector<std::string>{"the", "U.S.", "Embassy", "in", "Washington", ",", "D.C.", "and", "W.Va.", "at",
                                      "9", "a.m."}));
}

TEST(Tokens, SplitsPossessivesAndHyphens) {
  EXPECT_EQ(words("Iraq’s Green Zone, an Iran-backed militia"),
            (std::vector<std::string>{"Iraq", "’s", "Green", "Zone", ",", "an", "Iran", "-", "backed", "militia"}));
}

TEST(Tokens, KeepsApostropheNames) {
  EXPECT_EQ(words("O'Hare and Martha's"), (std::vector<std::string>{"O'Hare", "and", "Martha", "'s"}));
}

TEST(Tokens, AnAynMarkOpensANameUnlessItOpensAQuote) {
  // After a hyphen, and where no right quote closes it, the mark is the
  // name's first letter; a capitalised word all the same.
  EXPECT_EQ(words("the districts of Al-‘Arfi and ‘Aqrab"),
            (std::vector<std::string>{"the", "districts", "of", "Al", "-", "‘Arfi", "and", "‘Aqrab"}));
  EXPECT_TRUE(tokenize("‘Aqrab")[0].capitalized);
  EXPECT_EQ(words("Al-ʿUla"), (std::vector<std::string>{"Al", "-", "ʿUla"}));
  // A quotation: ‘Tiger Forces’ closes on its line.
  EXPECT_EQ(words("the ‘Tiger Forces’ unit"),
            (std::vector<std::string>{"the", "‘", "Tiger", "Forces", "’", "unit"}));
}

TEST(Tokens, ByteOffsetsAndCase) {
  const std::string text = "Zürich ISIS fired";
  const auto tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].start, 0u);
  EXPECT_EQ(tokens[0].end, 7u);  // ü is two bytes
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_TRUE(tokens[1].all_caps);
  EXPECT_FALSE(tokens[2].capitalized);
}

TEST(Tokens, NumbersStayWhole) {
  EXPECT_EQ(words("1,000 people and 3.5 km"), (std::vector<std::string>{"1,000", "people", "and", "3.5", "km"}));
}

}  // namespace
}  // namespace incimap::geo
