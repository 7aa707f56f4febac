#include "geo/text/dateline.hpp"

#include <gtest/gtest.h>

#include <string>

namespace incimap::geo {
namespace {

std::string dateline_of(const std::string& text, std::size_t body_start = 0) {
  const auto span = find_dateline(text, body_start);
  return span ? text.substr(span->start, span->end - span->start) : "none";
}

TEST(Dateline, WireStoryOpenings) {
  EXPECT_EQ(dateline_of("KABUL, September 7, 2020 — A suicide bomber blew himself up."), "KABUL, September 7, 2020 — ");
  EXPECT_EQ(dateline_of("PESHAWAR: Police said on Monday ..."), "PESHAWAR: ");
  EXPECT_EQ(dateline_of("BOGOTÁ, March 10, 2023 — Two soldiers were killed."), "BOGOTÁ, March 10, 2023 — ");
  EXPECT_EQ(dateline_of("Mosul, Iraq (Reuters) - A car bomb exploded."), "Mosul, Iraq (Reuters) - ");
}

TEST(Dateline, StartsAtTheBodyNotTheHeadline) {
  const std::string text = "Headline here\n\nMOSUL, Iraq — Gunmen attacked a checkpoint.";
  EXPECT_EQ(dateline_of(text, text.find("MOSUL")), "MOSUL, Iraq — ");
}

TEST(Dateline, OrdinarySentencesHaveNone) {
  EXPECT_EQ(dateline_of("A roadside bomb struck a convoy - officials said - near Mosul."), "none");
  EXPECT_EQ(dateline_of("Police in Kabul said: nobody was hurt."), "none");
  EXPECT_EQ(dateline_of("BAGHDAD, Jan. 5 — Rockets fell."), "BAGHDAD, Jan. 5 — ");
  EXPECT_EQ(dateline_of("U.S. forces said: three rockets hit."), "none");
  EXPECT_EQ(dateline_of("the attack — which killed five — was condemned."), "none");
}

}  // namespace
}  // namespace incimap::geo
