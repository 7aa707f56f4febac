#include "geo/text/word_list.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace incimap::geo {
namespace {

TEST(WordList, HoldsExactlyItsWords) {
  const WordList forces({"soldier", "soldiers", "troops", "police"});
  EXPECT_TRUE(forces.contains("troops"));
  EXPECT_TRUE(forces.contains("police"));
  EXPECT_FALSE(forces.contains("troop"));
  EXPECT_FALSE(forces.contains("Troops")) << "lists hold lower-case words; callers lower-case first";
  EXPECT_FALSE(forces.contains(""));
  EXPECT_EQ(forces.size(), 4u);
}

TEST(WordList, APrecomputedHashGivesTheSameAnswer) {
  const WordList verbs({"killed", "wounded"});
  EXPECT_TRUE(verbs.contains("killed", word_hash("killed")));
  EXPECT_FALSE(verbs.contains("kill", word_hash("kill")));
}

TEST(WordList, ALongListWithCollisionsAndARepeatAnswersEveryWord) {
  std::vector<std::string> storage;
  for (int i = 0; i < 500; ++i) storage.push_back("w" + std::to_string(i));
  std::vector<std::string_view> views(storage.begin(), storage.end());
  views.push_back("w7");  // listed twice
  const WordList many{std::span<const std::string_view>(views)};
  for (const std::string& w : storage) EXPECT_TRUE(many.contains(w)) << w;
  for (int i = 500; i < 1000; ++i) EXPECT_FALSE(many.contains("w" + std::to_string(i)));
  EXPECT_FALSE(many.contains("w"));
}

TEST(WordList, KeepsTheGivenOrderForCallersThatWalkIt) {
  const WordList kinds({"town of", "city of", "the"});
  const std::vector<std::string_view> walked(kinds.begin(), kinds.end());
  EXPECT_EQ(walked, (std::vector<std::string_view>{"town of", "city of", "the"}));
}

}  // namespace
}  // namespace incimap::geo
