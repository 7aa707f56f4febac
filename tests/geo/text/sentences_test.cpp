#include "geo/text/sentences.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace incimap::geo {
namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text)) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

TEST(Sentences, AbbreviationsDoNotSplit) {
  EXPECT_EQ(sentences("The U.S. Embassy was hit on Jan. 5 at 9 a.m. local time. Dr. Smith said so."),
            (std::vector<std::string>{"The U.S. Embassy was hit on Jan. 5 at 9 a.m. local time.", "Dr. Smith said so."}));
}

TEST(Sentences, InitialismEndsSentenceBeforeClearStart) {
  EXPECT_EQ(sentences("Troops returned to the U.S. The move was expected."),
            (std::vector<std::string>{"Troops returned to the U.S.", "The move was expected."}));
}

TEST(Sentences, QuotesStayWithTheirSentence) {
  EXPECT_EQ(sentences("He said “no injuries.” Police left."),
            (std::vector<std::string>{"He said “no injuries.”", "Police left."}));
}

TEST(Sentences, HeadlineAndParagraphsSplit) {
  EXPECT_EQ(sentences("Blast hits market in Kabul\n\nAt least five people died. Dozens were hurt\n\nMore later"),
            (std::vector<std::string>{"Blast hits market in Kabul", "At least five people died.", "Dozens were hurt",
                                      "More later"}));
}

TEST(Sentences, MiddleInitialDoesNotSplit) {
  EXPECT_EQ(sentences("John F. Kennedy Airport was closed."),
            (std::vector<std::string>{"John F. Kennedy Airport was closed."}));
}

TEST(Sentences, OffsetsCoverTokens) {
  const std::string text = "One. Two!";
  const auto s = split_sentences(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].start, 5u);
  EXPECT_EQ(s[1].end, 9u);
  EXPECT_EQ(s[1].first_token, 2u);
  EXPECT_EQ(s[1].last_token, 4u);
}

}  // namespace
}  // namespace incimap::geo
