#include "geo/text/lexicon.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>

namespace incimap::geo {
namespace {

WordClass class_at(std::size_t i) { return static_cast<WordClass>(i); }

TEST(Lexicon, EveryClassHasANameAndWordsOfItsOwnOrHeldClasses) {
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < kWordClassCount; ++i) {
    const WordClass c = class_at(i);
    EXPECT_FALSE(class_name(c).empty()) << i;
    EXPECT_TRUE(names.insert(class_name(c)).second) << "two classes named " << class_name(c);
    EXPECT_FALSE(words_of(c).empty() && classes_held_by(c).empty()) << class_name(c) << " is empty";
  }
}

TEST(Lexicon, WordsAreLowerCaseAndListedOncePerClass) {
  for (std::size_t i = 0; i < kWordClassCount; ++i) {
    const WordClass c = class_at(i);
    std::set<std::string_view> seen;
    for (std::string_view w : words_of(c)) {
      EXPECT_TRUE(seen.insert(w).second) << w << " twice in " << class_name(c);
      EXPECT_FALSE(w.empty()) << class_name(c);
      for (char ch : w) EXPECT_FALSE(std::isupper(static_cast<unsigned char>(ch))) << w << " in " << class_name(c);
    }
  }
}

TEST(Lexicon, EveryWordAnswersForItsClass) {
  for (std::size_t i = 0; i < kWordClassCount; ++i) {
    const WordClass c = class_at(i);
    for (std::string_view w : words_of(c)) EXPECT_TRUE(in_class(w, c)) << w << " not in " << class_name(c);
  }
}

TEST(Lexicon, AClassHoldsOnlyEarlierClassesAndAnswersForTheirWords) {
  for (std::size_t i = 0; i < kWordClassCount; ++i) {
    const WordClass c = class_at(i);
    for (WordClass held : classes_held_by(c)) {
      EXPECT_LT(static_cast<std::size_t>(held), i) << class_name(c) << " holds a later class";
      for (std::string_view w : words_of(held)) EXPECT_TRUE(in_class(w, c)) << w << " of " << class_name(held);
    }
  }
  EXPECT_TRUE(in_class("tuesday", WordClass::calendar_words));
  EXPECT_TRUE(in_class("may", WordClass::calendar_words));
  EXPECT_TRUE(in_class("ramadan", WordClass::calendar_words));
  EXPECT_FALSE(in_class("ramadan", WordClass::months));
}

TEST(Lexicon, OneProbeGivesEveryClassOfAWord) {
  const WordClasses troops = word_classes("troops");
  EXPECT_TRUE(troops.has(WordClass::security_forces));
  EXPECT_TRUE(troops.has(WordClass::security_force_nouns));
  EXPECT_TRUE(troops.has(WordClass::actor_heads));
  EXPECT_FALSE(troops.has(WordClass::civilian_nouns));
  EXPECT_TRUE(word_classes("troops", word_hash("troops")).has(WordClass::own_men_nouns));
}

TEST(Lexicon, WordsOutsideEveryClassHaveNone) {
  EXPECT_TRUE(word_classes("baghdad").empty());
  EXPECT_TRUE(word_classes("").empty());
  EXPECT_FALSE(in_class("Troops", WordClass::security_forces)) << "classes hold lower-case words; callers fold first";
}

TEST(Lexicon, WeekdaysAndMonthsAreInCalendarOrder) {
  const auto days = words_of(WordClass::weekdays);
  ASSERT_EQ(days.size(), 7u);
  EXPECT_EQ(days.front(), "sunday");
  EXPECT_EQ(days.back(), "saturday");
  const auto months = words_of(WordClass::months);
  ASSERT_EQ(months.size(), 12u);
  EXPECT_EQ(months[0], "january");
  EXPECT_EQ(months[4], "may");
  EXPECT_EQ(months[11], "december");
}

}  // namespace
}  // namespace incimap::geo
