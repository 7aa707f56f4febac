#include "geo/ingest/published_time.hpp"

#include <gtest/gtest.h>

namespace incimap::geo {
namespace {

std::string roundtrip(std::string_view s) {
  const auto t = parse_published_time(s);
  return t ? format_published_time(*t) : std::string("<none>");
}

TEST(PublishedTime, Iso8601Forms) {
  EXPECT_EQ(roundtrip("2020-01-05"), "2020-01-05");
  EXPECT_EQ(roundtrip("2020-01-05T21:30:00Z"), "2020-01-05T21:30:00Z");
  EXPECT_EQ(roundtrip("2020-01-05T21:30:00+03:00"), "2020-01-05T21:30:00+03:00");
  EXPECT_EQ(roundtrip("2009-03-20 12:24:52.002364-05"), "2009-03-20T12:24:52-05:00");
  EXPECT_EQ(roundtrip("2020-01"), "2020-01");
}

TEST(PublishedTime, Rfc822AndWritten) {
  EXPECT_EQ(roundtrip("Sun, 05 Jan 2020 21:30:00 GMT"), "2020-01-05T21:30:00Z");
  EXPECT_EQ(roundtrip("January 5, 2020"), "2020-01-05");
  EXPECT_EQ(roundtrip("5 Jan. 2020"), "2020-01-05");
}

TEST(PublishedTime, UnixSecondsAreUtc) {
  const auto t = parse_published_time("2020-01-05T03:00:00+03:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->unix_seconds, days_from_civil(2020, 1, 5) * 86400L);
}

TEST(PublishedTime, RejectsNonsense) {
  EXPECT_FALSE(parse_published_time("yesterday"));
  EXPECT_FALSE(parse_published_time("2020-13-01"));
  EXPECT_FALSE(parse_published_time("2021-02-30"));
  EXPECT_FALSE(parse_published_time(""));
}

TEST(PublishedTime, CivilRoundTrip) {
  for (long d = -1000; d < 30000; d += 37) {
    const CivilDate c = civil_from_days(d);
    EXPECT_EQ(days_from_civil(c.year, c.month, c.day), d);
  }
}

TEST(PublishedTime, LeapSecondIsHeldAtTheLastSecondAndReadsBack) {
  // Found by fuzz_published_time: 9999-12-31T23:59:60Z became year 10000,
  // which format_published_time wrote and the parser then refused.
  const auto leap = parse_published_time("9999-12-31T23:59:60Z");
  ASSERT_TRUE(leap);
  EXPECT_EQ(format_published_time(*leap), "9999-12-31T23:59:59Z");
  EXPECT_TRUE(parse_published_time(format_published_time(*leap)));
  EXPECT_EQ(format_published_time(*parse_published_time("2016-12-31T23:59:60+03:00")), "2016-12-31T23:59:59+03:00");
}

TEST(PublishedTime, OffsetThatIsNoTimeZoneIsNotUsed) {
  // Found by fuzz_published_time: "+9999" was read as +99:99 and written
  // back as "+100:39", which no longer parsed. Like any zone the parser
  // does not know, it is left out: the stated clock time stays.
  for (const char* text : {"2020-01-05T21:30:00+9999", "2020-01-05T21:30:00+24:00", "2020-01-05T21:30:00-05:60"}) {
    const auto t = parse_published_time(text);
    ASSERT_TRUE(t) << text;
    EXPECT_FALSE(t->utc_offset_minutes) << text;
    EXPECT_EQ(format_published_time(*t), "2020-01-05T21:30:00Z") << text;
  }
  EXPECT_EQ(format_published_time(*parse_published_time("2020-01-05T21:30:00+14:00")), "2020-01-05T21:30:00+14:00");
}

}  // namespace
}  // namespace incimap::geo
