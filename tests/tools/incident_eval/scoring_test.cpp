#include "incident_eval/scoring.hpp"

#include <gtest/gtest.h>

namespace incimap::tools {
namespace {

Span span_in(const std::string& text, const std::string& what) {
  const std::size_t at = text.find(what);
  EXPECT_NE(at, std::string::npos) << what;
  return {at, at + what.size(), what};
}

PredictedIncident incident_over(const std::string& text, const std::string& excerpt, const std::string& place,
                                const std::string& type = "Battles") {
  PredictedIncident incident;
  incident.event_type = type;
  const Span e = span_in(text, excerpt);
  incident.excerpt_start = e.start;
  incident.excerpt_end = e.end;
  incident.excerpt = excerpt;
  if (!place.empty()) {
    const Span p = span_in(text, place);
    incident.matched_start = p.start;
    incident.matched_end = p.end;
    incident.location = place;
  }
  return incident;
}

EventLocationLine line_of(const std::string& id, const std::string& text, const std::string& verb,
                          const std::string& place, bool relevant = true, const std::string& source = "AP") {
  EventLocationLine line;
  line.id = id;
  line.text = text;
  line.source = source;
  line.verb_lemma = verb;
  line.event = span_in(text, verb);
  if (!place.empty()) line.locations.push_back(span_in(text, place));
  line.acled_relevant = relevant;
  return line;
}

TEST(IncidentEvalNames, MatchIgnoringCaseSpacesAndALeadingThe) {
  EXPECT_EQ(normalized_name("The  Green\tZone "), "green zone");
  EXPECT_EQ(normalized_name("the Hague"), normalized_name("Hague"));
  EXPECT_NE(normalized_name("Theron"), normalized_name("ron"));
}

TEST(IncidentEvalCover, ExcerptSpanMustContainTheTrigger) {
  const std::string text = "Rebels attacked Goma. Troops shelled Sake.";
  const auto incident = incident_over(text, "Troops shelled Sake.", "Sake");
  EXPECT_TRUE(covers(incident, text, span_in(text, "shelled")));
  EXPECT_FALSE(covers(incident, text, span_in(text, "attacked")));
}

TEST(IncidentEvalCover, WithoutOffsetsEveryOccurrenceOfTheExcerptCounts) {
  const std::string text = "A bomb went off. Police came. A bomb went off.";
  PredictedIncident incident;
  incident.excerpt = "A bomb went off.";
  const Span second{text.rfind("went"), text.rfind("went") + 4, "went"};
  EXPECT_TRUE(covers(incident, text, second));
  EXPECT_FALSE(covers(incident, text, span_in(text, "came")));
}

TEST(IncidentEvalPlace, OverlapOrSameNameElsewhereCounts) {
  const std::string text = "In Aleppo, jets struck the city. Aleppo is in Syria.";
  std::vector<Span> gold{span_in(text, "Aleppo")};
  // Name match on the second "Aleppo", which does not overlap the first.
  PredictedIncident named = incident_over(text, text, "");
  const std::size_t second = text.rfind("Aleppo");
  named.matched_start = second;
  named.matched_end = second + 6;
  EXPECT_TRUE(places_match(named, text, gold));
  // A common noun ("city") matches only by overlap.
  PredictedIncident at_city = named;
  const Span city = span_in(text, "city");
  at_city.matched_start = city.start;
  at_city.matched_end = city.end;
  EXPECT_TRUE(places_match(at_city, text, {city}));
  EXPECT_FALSE(places_match(named, text, {city}));
}

TEST(IncidentEvalPlace, WithoutASpanTheResolvedNameIsCompared) {
  const std::string text = "Gunmen killed two men in the Green Zone.";
  PredictedIncident incident = incident_over(text, text, "");
  incident.location = "green zone";
  EXPECT_TRUE(places_match(incident, text, {span_in(text, "the Green Zone")}));
}

TEST(IncidentEvalEventLocation, RecallLocationAndSpuriousFollowTheRules) {
  const std::string a = "Militants killed five people in Kabul and wounded ten.";
  const std::string b = "Police patrolled the streets of Lima.";
  const std::string c = "Protesters marched in Dhaka.";
  std::vector<EventLocationLine> lines{
      line_of("a1", a, "killed", "Kabul"), line_of("a2", a, "wounded", "Kabul"),
      line_of("b1", b, "patrolled", "Lima", /*relevant=*/false), line_of("c1", c, "marched", "Dhaka", true, "AFP")};
  PredictionsByArticle predictions;
  // Two annotated verbs in `a` allow two incidents; a third is spurious.
  predictions["a1"] = {incident_over(a, a, "Kabul"), incident_over(a, a, "Kabul"), incident_over(a, a, "Kabul")};
  predictions["b1"] = {incident_over(b, b, "Lima")};
  predictions["c1"] = {incident_over(c, c, "Protesters")};  // wrong place
  const auto s = score_event_location(lines, predictions);
  EXPECT_EQ(s.recall.total, 3u);
  EXPECT_EQ(s.recall.hits, 3u);
  EXPECT_EQ(s.recall_by_source.at("AFP").total, 1u);
  EXPECT_EQ(s.location.hits, 2u);
  EXPECT_EQ(s.location.total, 3u);
  ASSERT_EQ(s.misplaced.size(), 1u);
  EXPECT_EQ(s.misplaced[0].chosen, "Protesters");
  EXPECT_EQ(s.scored_texts, 2u);
  EXPECT_EQ(s.spurious, 1u);
  EXPECT_DOUBLE_EQ(s.spurious_rate(), 0.5);
  EXPECT_EQ(s.incidents_on_unscored_texts, 1u);
}

TEST(IncidentEvalEventLocation, ASentenceWithoutIncidentsIsMissed) {
  const std::string a = "A car bomb exploded in Mosul.";
  std::vector<EventLocationLine> lines{line_of("a1", a, "exploded", "")};
  const auto s = score_event_location(lines, {});
  EXPECT_EQ(s.recall.hits, 0u);
  EXPECT_EQ(s.missed.size(), 1u);
  EXPECT_EQ(s.placed_without_gold.total, 0u);
}

TEST(IncidentEvalWikiEvents, MentionsOfOneRowAreOnePairAndUnscoredTypesAreIgnored) {
  WikiArticle article;
  article.id = "w1";
  article.text = "Bomb kills 5 in Baghdad\nA bomb exploded in Baghdad.\nThe blast killed five.\nPolice arrested two.";
  auto event = [&](const std::string& type, const std::string& trigger, const std::string& place) {
    WikiEvent e;
    e.type = type;
    e.trigger = span_in(article.text, trigger);
    if (!place.empty()) e.places.push_back(span_in(article.text, place));
    return e;
  };
  article.events = {event("Conflict.Attack.DetonateExplode", "exploded", "Baghdad."),
                    event("Conflict.Attack.DetonateExplode", "blast", ""),
                    event("Life.Die.Unspecified", "killed five", ""),
                    event("Justice.ArrestJailDetain.Unspecified", "arrested", "")};
  article.events[0].places[0] = span_in(article.text, "Baghdad.");
  article.events[0].places[0].end -= 1;
  article.events[0].places[0].text = "Baghdad";
  PredictionsByArticle predictions;
  // One incident over the blast sentence, placed at the headline's Baghdad.
  PredictedIncident blast = incident_over(article.text, "The blast killed five.", "", "Explosions/Remote violence");
  blast.matched_start = article.text.find("Baghdad");
  blast.matched_end = *blast.matched_start + 7;
  predictions["w1"] = {blast};
  const auto s = score_wikievents({article}, predictions);
  EXPECT_EQ(s.pairs, 2u);
  EXPECT_EQ(s.recall.hits, 1u);
  EXPECT_EQ(s.recall_by_row[static_cast<std::size_t>(AcledRow::explosions)].hits, 1u);
  EXPECT_EQ(s.recall_by_row[static_cast<std::size_t>(AcledRow::strategic)].total, 1u);
  EXPECT_EQ(s.type.hits, 1u);
  EXPECT_EQ(s.place.hits, 1u);  // the same place named elsewhere in the article
}

TEST(IncidentEvalWikiEvents, TheRowDecidesWhichTypesAreRight) {
  EXPECT_TRUE(row_accepts(AcledRow::attack, "Battles"));
  EXPECT_TRUE(row_accepts(AcledRow::attack, "Explosions/Remote violence"));
  EXPECT_FALSE(row_accepts(AcledRow::explosions, "Battles"));
  EXPECT_TRUE(row_accepts(AcledRow::protests, "Riots"));
  EXPECT_FALSE(row_accepts(AcledRow::riots, "Protests"));
  EXPECT_EQ(row_of_kairos_type("Life.Die.Unspecified"), std::nullopt);
}

}  // namespace
}  // namespace incimap::tools
