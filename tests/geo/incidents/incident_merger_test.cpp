#include "geo/incidents/incident_merger.hpp"

#include <gtest/gtest.h>

#include <string>

#include "geo/incidents/incident_builder.hpp"
#include "geo/ingest/published_time.hpp"
#include "place_fixtures.hpp"

namespace incimap::geo {
namespace {

// Two outlets report the same bombing a day apart in their own words; a third
// reports a different one.
std::vector<Incident> from(const std::string& id, const std::string& title, const std::string& body,
                           const char* published) {
  const Article a = testing::article(title, body, parse_published_time(published), id);
  return extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}, {"Kabul", testing::kabul()}}));
}

std::vector<Incident> first_report() {
  return from("wire-1", "Car bomb kills four in Mosul",
              "A car bomb exploded at a market in Mosul on Tuesday, killing four people.", "2021-03-10T20:00:00+03:00");
}

std::vector<Incident> second_report() {
  return from("paper-2", "Mosul market blast",
              "The death toll from Tuesday's car bomb in Mosul rose to seven, hospital staff said on Thursday.",
              "2021-03-11T08:00:00+03:00");
}

TEST(IncidentMerger, SameEventFromTwoArticlesBecomesOneRecordWithBothSources) {
  IncidentMerger merger;
  merger.add(first_report());
  merger.add(second_report());
  const auto merged = merger.take();
  ASSERT_EQ(merged.size(), 1u);
  ASSERT_EQ(merged[0].sources.size(), 2u);
  EXPECT_EQ(merged[0].sources[0].article_id, "wire-1");
  EXPECT_EQ(merged[0].sources[1].article_id, "paper-2");
  EXPECT_EQ(merged[0].fatalities, 7u);
  EXPECT_NE(merged[0].note.find("fatalities: sources differ"), std::string::npos) << merged[0].note;
}

TEST(IncidentMerger, MergedIdIsTheSmallestOfItsReportsInEitherOrder) {
  auto first = first_report();
  auto second = second_report();
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(second.size(), 1u);
  // Make the ids differ, as reports dated a day apart would.
  first[0].id = "00000000000000b0";
  second[0].id = "00000000000000a0";
  IncidentMerger forward;
  forward.add(first);
  forward.add(second);
  IncidentMerger backward;
  backward.add(second);
  backward.add(first);
  EXPECT_EQ(forward.take().at(0).id, "00000000000000a0");
  EXPECT_EQ(backward.take().at(0).id, "00000000000000a0");
}

TEST(IncidentMerger, DifferentPlacesStayApart) {
  IncidentMerger merger;
  merger.add(first_report());
  merger.add(from("wire-3", "", "A car bomb exploded in Kabul on Tuesday, killing two.", "2021-03-10T20:00:00+04:30"));
  EXPECT_EQ(merger.take().size(), 2u);
}

TEST(IncidentMerger, DifferentDaysStayApart) {
  IncidentMerger merger;
  merger.add(first_report());
  merger.add(from("wire-4", "", "A car bomb exploded in Mosul on March 1, killing two.", "2021-03-10T20:00:00+03:00"));
  EXPECT_EQ(merger.take().size(), 2u);
}

TEST(IncidentMerger, DifferentEventTypesStayApart) {
  IncidentMerger merger;
  merger.add(first_report());
  merger.add(from("wire-5", "", "Hundreds of protesters marched in Mosul on Tuesday.", "2021-03-10T20:00:00+03:00"));
  EXPECT_EQ(merger.take().size(), 2u);
}

TEST(IncidentMerger, UndatedIncidentsNeverMerge) {
  IncidentMerger merger;
  merger.add(from("a", "", "A car bomb exploded in Mosul, killing four people.", "2021-03-10"));
  merger.add(from("b", "", "A car bomb exploded in Mosul, killing four people.", "2021-03-10"));
  EXPECT_EQ(merger.take().size(), 2u);
}

TEST(IncidentMerger, OneArticleIsNeverMergedWithItself) {
  IncidentMerger merger;
  merger.add(from("same", "", "A car bomb exploded in Mosul on Tuesday. Another car bomb exploded in Mosul on Tuesday.",
                  "2021-03-10"));
  EXPECT_EQ(merger.take().size(), 2u);
}

TEST(IncidentMerger, TakeEmptiesTheMerger) {
  IncidentMerger merger;
  merger.add(first_report());
  EXPECT_EQ(merger.size(), 1u);
  merger.take();
  EXPECT_EQ(merger.size(), 0u);
  merger.add(second_report());
  EXPECT_EQ(merger.take().at(0).sources.size(), 1u) << "nothing left from before take()";
}

// Overlapping shards, or a merged file merged again: a report the merger
// holds adds nothing, dated or not.
TEST(IncidentMerger, AReportItAlreadyHoldsIsAbsorbed) {
  IncidentMerger once;
  once.add(first_report());
  once.add(second_report());
  const auto merged = once.take();
  ASSERT_EQ(merged.size(), 1u);
  IncidentMerger again;
  again.add(merged);
  again.add(second_report());
  again.add(merged);
  const auto remerged = again.take();
  ASSERT_EQ(remerged.size(), 1u);
  EXPECT_EQ(remerged[0].sources.size(), 2u);
  EXPECT_EQ(remerged[0].fatalities, merged[0].fatalities);
  EXPECT_EQ(remerged[0].note, merged[0].note);

  auto undated = from("wire-9", "", "A car bomb exploded at a market in Mosul, killing four.", "2021-03-10T20:00:00+03:00");
  ASSERT_EQ(undated.size(), 1u);
  undated[0].date.reset();
  IncidentMerger twice;
  twice.add(undated);
  twice.add(undated);
  EXPECT_EQ(twice.take().size(), 1u);
}

// incident_id is the key of a database table: two records never share one.
TEST(IncidentMerger, RecordsThatShareAnIdGetDistinctOnesWhateverTheirOrder) {
  auto kept_apart = from("same", "", "A car bomb exploded in Mosul on Tuesday. Another car bomb exploded in Mosul on Tuesday.",
                         "2021-03-10");
  ASSERT_EQ(kept_apart.size(), 2u);
  // Same day, type and place give the builder's ids for both the same value.
  kept_apart[1].id = kept_apart[0].id;
  IncidentMerger forward;
  forward.add(kept_apart);
  const auto one = forward.take();
  std::swap(kept_apart[0], kept_apart[1]);
  IncidentMerger backward;
  backward.add(kept_apart);
  const auto other = backward.take();
  ASSERT_EQ(one.size(), 2u);
  EXPECT_NE(one[0].id, one[1].id);
  EXPECT_EQ(one[0].id, other[1].id);
  EXPECT_EQ(one[1].id, other[0].id);
}

}  // namespace
}  // namespace incimap::geo
