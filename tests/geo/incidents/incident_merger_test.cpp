#include "geo/incidents/incident_merger.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
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

// A story syndicated to 1,000 outlets: the same report under 1,000 article
// ids, in a scrambled order (each copy is its own article).
std::vector<Incident> syndicated_copies(std::size_t copies) {
  const auto report = first_report();
  std::vector<Incident> out;
  for (std::size_t i = 0; i < copies; ++i) {
    Incident copy = report.at(0);
    char id[32];
    std::snprintf(id, sizeof id, "outlet-%04zu", (i * 389) % copies);  // 389 is prime to 1,000
    copy.sources.at(0).article_id = id;
    out.push_back(std::move(copy));
  }
  return out;
}

// What a merged record says about its reports, whatever order they came in:
// the id, the count, the listed articles as a set, the unlisted ones.
struct Reports {
  std::string id;
  std::size_t count = 0;
  std::vector<std::string> listed;
  std::vector<UnlistedSource> unlisted;
  bool operator==(const Reports&) const = default;
};

Reports reports_of(const std::vector<Incident>& merged) {
  EXPECT_EQ(merged.size(), 1u);
  if (merged.size() != 1) return {};
  Reports r{merged[0].id, merged[0].source_count(), {}, merged[0].unlisted_sources};
  for (const IncidentSource& s : merged[0].sources) r.listed.push_back(s.article_id);
  std::sort(r.listed.begin(), r.listed.end());
  return r;
}

std::vector<Incident> merged(const std::vector<std::vector<Incident>>& parts) {
  IncidentMerger merger;
  for (const auto& part : parts) merger.add(part);
  return merger.take();
}

TEST(IncidentMerger, ASyndicatedStoryListsItsSmallestSourcesAndCountsEveryCopy) {
  const auto all = merged({syndicated_copies(1000)});
  const Reports r = reports_of(all);
  EXPECT_EQ(r.count, 1000u);
  ASSERT_EQ(r.listed.size(), kMaxListedSources);
  EXPECT_EQ(r.listed.front(), "outlet-0000");
  EXPECT_EQ(r.listed.back(), "outlet-0049");
  ASSERT_EQ(r.unlisted.size(), 1000u - kMaxListedSources);
  EXPECT_EQ(r.unlisted.front().article_id, "outlet-0050");
  EXPECT_EQ(r.unlisted.back().article_id, "outlet-0999");
  EXPECT_TRUE(std::is_sorted(r.unlisted.begin(), r.unlisted.end()));
  EXPECT_EQ(all[0].fatalities, 4u);
}

// Merging stays associative and order-independent with the cap: three
// shards of the copies merged in all six orders, merges of merges, and
// overlapping shards all give the record one merge of every copy gives.
TEST(IncidentMerger, ACappedRecordIsTheSameInEveryOrderGroupingAndOverlap) {
  const auto copies = syndicated_copies(1000);
  const Reports one = reports_of(merged({copies}));
  std::vector<std::vector<Incident>> shards(3);
  for (std::size_t i = 0; i < copies.size(); ++i) shards[i % 3].push_back(copies[i]);
  for (auto& shard : shards) shard = merged({shard});
  std::vector<int> order{0, 1, 2};
  int orders = 0;
  do {
    EXPECT_EQ(reports_of(merged({shards[order[0]], shards[order[1]], shards[order[2]]})), one)
        << "order " << order[0] << order[1] << order[2];
    const auto first_two = merged({shards[order[0]], shards[order[1]]});
    EXPECT_EQ(reports_of(merged({first_two, shards[order[2]]})), one) << "merge of a merge";
    ++orders;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(orders, 6);
  const auto everything = merged({copies});
  EXPECT_EQ(reports_of(merged({everything, everything})), one) << "a record merged with itself";
  EXPECT_EQ(reports_of(merged({shards[1], everything, shards[1], shards[2]})), one) << "overlapping shards";
  // One unlisted report arriving again, alone, is held already.
  std::vector<Incident> late{copies.at(0)};
  late[0].sources[0].article_id = "outlet-0999";
  EXPECT_EQ(reports_of(merged({everything, late})), one);
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
