#include "geo/incidents/date_resolver.hpp"

#include <gtest/gtest.h>

#include <string>

#include "geo/ingest/published_time.hpp"
#include "words_fixture.hpp"

namespace incimap::geo {
namespace {

// Monday 27 January 2020, 09:00 in Baghdad (06:00 UTC).
const std::optional<PublishedTime> kMonday = parse_published_time("2020-01-27T09:00:00+03:00");

std::optional<DateAnchor> anchor(const std::string& sentence, const std::optional<PublishedTime>& published = kMonday) {
  return find_date_anchor(testing::words_of(sentence), published);
}

std::string date_of(const std::string& sentence, const std::optional<PublishedTime>& published = kMonday) {
  const auto a = anchor(sentence, published);
  if (!a) return "no anchor";
  if (!a->date) return "unresolved";
  return format_event_date(*a->date) + "/" + std::to_string(static_cast<int>(a->date->precision));
}

TEST(DateResolver, WeekdayIsTheLastOneOnOrBeforePublication) {
  EXPECT_EQ(date_of("The embassy was attacked on Sunday night."), "2020-01-26/1");
  EXPECT_EQ(date_of("Gunmen struck on Friday."), "2020-01-24/1");
  EXPECT_EQ(date_of("Protests began on Monday morning."), "2020-01-27/1");
  EXPECT_EQ(date_of("Protests began last Monday."), "2020-01-20/1");
}

TEST(DateResolver, WeekdayUsesThePublishersLocalDay) {
  // 23:30 UTC on Saturday is already Sunday in Baghdad: "on Sunday" is that day.
  const auto late = parse_published_time("2020-01-25T23:30:00Z");
  auto baghdad = late;
  baghdad->utc_offset_minutes = 180;
  EXPECT_EQ(date_of("Rockets fell on Sunday.", baghdad), "2020-01-26/1");
  EXPECT_EQ(date_of("Rockets fell on Sunday.", late), "2020-01-19/1");
}

TEST(DateResolver, RelativeDays) {
  EXPECT_EQ(date_of("A bomb exploded yesterday."), "2020-01-26/1");
  EXPECT_EQ(date_of("Clashes erupted last night."), "2020-01-26/1");
  EXPECT_EQ(date_of("Police arrested five men today."), "2020-01-27/1");
}

TEST(DateResolver, OvernightIsTheNightBeforePublication) {
  EXPECT_EQ(date_of("Militants fired rockets overnight, medics said."), "2020-01-26/1");
}

TEST(DateResolver, WeeksAndMonthsCarryTheirPrecision) {
  EXPECT_EQ(date_of("Last week, a convoy was ambushed."), "2020-01-20/2");
  EXPECT_EQ(date_of("Earlier this month, two convoys were hit."), "2020-01-01/3");
  EXPECT_EQ(date_of("Last month, a convoy was ambushed."), "2019-12-01/3");
}

TEST(DateResolver, MonthNameIsTheLastSuchMonthBeforePublication) {
  EXPECT_EQ(date_of("One attack in November left a woman dead."), "2019-11-01/3");
  EXPECT_EQ(date_of("One attack in January left a woman dead."), "2020-01-01/3");
}

TEST(DateResolver, PartOfAMonthIsAboutAWeek) {
  EXPECT_EQ(date_of("An airstrike in early January killed a general."), "2020-01-05/2");
  EXPECT_EQ(date_of("Fighting resumed in late December."), "2019-12-25/2");
  EXPECT_EQ(date_of("The strike came in mid January."), "2020-01-15/2");
}

TEST(DateResolver, ExplicitDates) {
  EXPECT_EQ(date_of("On January 5, 2019, a bomb exploded.", std::nullopt), "2019-01-05/1");
  EXPECT_EQ(date_of("On 5 January 2019 a bomb exploded.", std::nullopt), "2019-01-05/1");
  EXPECT_EQ(date_of("The report dated 2019-03-04 lists one attack.", std::nullopt), "2019-03-04/1");
  EXPECT_EQ(date_of("On Jan. 12 a bomb exploded."), "2020-01-12/1");
  EXPECT_EQ(date_of("On March 3 a bomb exploded."), "2019-03-03/1") << "March 3 2020 is after publication";
  EXPECT_EQ(date_of("Shelling in November 2018 killed six.", std::nullopt), "2018-11-01/3");
}

TEST(DateResolver, RelativeExpressionsNeedThePublicationTime) {
  const auto a = anchor("The embassy was attacked on Sunday night.", std::nullopt);
  ASSERT_TRUE(a);
  EXPECT_FALSE(a->date);
  EXPECT_EQ(a->key, "weekday:0");
}

TEST(DateResolver, RangesAndFutureAreNotEventDates) {
  EXPECT_EQ(date_of("It was the third attack since October."), "no anchor");
  EXPECT_EQ(date_of("The curfew lasts until Friday."), "no anchor");
  EXPECT_EQ(date_of("Talks resume next week."), "no anchor");
  EXPECT_EQ(date_of("Troops occupied the area during the 2003 invasion."), "no anchor");
}

TEST(DateResolver, ModalMayIsNotAMonth) {
  EXPECT_EQ(date_of("Officials say more attacks may follow."), "no anchor");
  EXPECT_EQ(date_of("Bombs exploded in May."), "2019-05-01/3");
}

TEST(DateResolver, AnchorOffsetsCoverTheExpression) {
  const std::string text = "The strike came in early January, officials said.";
  const auto a = anchor(text);
  ASSERT_TRUE(a);
  EXPECT_EQ(text.substr(a->start, a->end - a->start), "early January");
}

TEST(DateResolver, SameTimeComparesDatesWhenResolvedAndKeysOtherwise) {
  const auto sunday = anchor("It happened on Sunday.");
  const auto twenty_sixth = anchor("It happened on January 26.");
  const auto november = anchor("It happened in November.");
  ASSERT_TRUE(sunday && twenty_sixth && november);
  EXPECT_TRUE(sunday->same_time_as(*twenty_sixth));
  EXPECT_FALSE(sunday->same_time_as(*november));
  const auto sunday_unresolved = anchor("It happened on Sunday.", std::nullopt);
  const auto later_sunday = anchor("More rockets fell on Sunday.", std::nullopt);
  EXPECT_TRUE(sunday_unresolved->same_time_as(*later_sunday));
}

}  // namespace
}  // namespace incimap::geo
