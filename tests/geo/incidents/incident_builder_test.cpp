#include "geo/incidents/incident_builder.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "geo/incidents/date_resolver.hpp"
#include "geo/ingest/published_time.hpp"
#include "place_fixtures.hpp"
#include "tests/geo/gazetteer/fixture_gazetteer.hpp"

namespace incimap::geo {
namespace {

using testing::Gazetteer;

// Written for these tests; it has the shape of the seed article (a rocket
// attack on an embassy with conflicting casualty reports, a suspected
// militia, three earlier incidents and some generic statements) in other words.
const std::string kTitle = "Rockets strike near US Embassy in Baghdad, one casualty reported";
const std::string kBody =
    "The U.S. Embassy in Baghdad was attacked on Sunday night, the Iraqi military said.\n\n"
    "Embassy staff wrote on social media that the compound had light damage but no injuries or casualties.\n\n"
    "A senior U.S. diplomat said later that there had been at least one Iraqi civilian casualty.\n\n"
    "The Iraqi military blamed the attack on “a banned armed group.” Analysts said the attackers were probably "
    "an Iran-aligned militia, although no group has been confirmed as responsible.\n\n"
    "According to the military, the group fired seven rockets at the Green Zone, the fortified district of "
    "Baghdad that houses government buildings and foreign missions.\n\n"
    "A defence system near the compound shot down several of the incoming rockets.\n\n"
    "A string of incidents\n\n"
    "It was the fourth such attack on U.S. targets in Iraq since September, the newspaper noted.\n\n"
    "In December, a rocket attack on the embassy compound in Baghdad killed one contractor, the paper said. "
    "Earlier this month, a convoy carrying supplies for the U.S.-led coalition was struck by a roadside bomb "
    "south of Baghdad.\n\n"
    "The incidents followed an airstrike the United States carried out in early January that killed militia "
    "commander Karim Haddad.\n\n"
    "“These kinds of attacks violate international law,” a U.S. official said, adding that Washington had "
    "threatened to pull its diplomats out of the country.\n";

std::vector<Gazetteer> seed_gazetteer() {
  return {{"US Embassy in Baghdad", testing::us_embassy_baghdad()},
          {"U.S. Embassy in Baghdad", testing::us_embassy_baghdad()},
          {"Green Zone", testing::green_zone()},
          {"Baghdad", testing::baghdad()},
          {"Iraq", testing::iraq()},
          {"Iraqi", testing::iraq(), MentionKind::demonym},
          {"Iran", testing::iran()},
          {"United States", testing::united_states()},
          {"U.S.", testing::united_states()}};
}

Article seed_like(std::optional<PublishedTime> published) {
  return testing::article(kTitle, kBody, published, "embassy-like");
}

std::vector<Incident> extract(const Article& a) {
  return extract_incidents(a, testing::mentions_in(a.text, seed_gazetteer()));
}

// Published on Monday 27 January 2020, 09:00 in Baghdad.
std::optional<PublishedTime> monday_morning() { return parse_published_time("2020-01-27T09:00:00+03:00"); }

long day(int y, unsigned m, unsigned d) { return days_from_civil(y, m, d); }

std::string excerpt_of(const Incident& incident) { return incident.sources.at(0).excerpt; }

class SeedLikeArticle : public ::testing::Test {
 protected:
  void SetUp() override {
    article_ = seed_like(monday_morning());
    incidents_ = extract(article_);
    ASSERT_EQ(incidents_.size(), 4u) << "embassy attack, December attack, convoy bombing, airstrike";
  }
  Article article_;
  std::vector<Incident> incidents_;
};

TEST_F(SeedLikeArticle, EmbassyAttackIsARocketAttackAtTheEmbassy) {
  const Incident& embassy = incidents_[0];
  EXPECT_EQ(embassy.event_type(), EventType::explosions_remote_violence);
  EXPECT_EQ(embassy.sub_event, SubEventType::shelling_artillery_missile_attack);
  ASSERT_TRUE(embassy.location.has_value());
  const LonLat embassy_gate = LonLat::from(Longitude{44.396}, Latitude{33.298});
  EXPECT_LT(great_circle_km(embassy.location->place.position, embassy_gate), 5.0);
  EXPECT_EQ(embassy.location->precision, GeoPrecision::place);
  EXPECT_EQ(embassy.location->place.name, "Green Zone");
}

TEST_F(SeedLikeArticle, EmbassyAttackExcerptIsTheRocketsSentenceWithOffsets) {
  const Incident& embassy = incidents_[0];
  const IncidentSource& source = embassy.sources.at(0);
  EXPECT_TRUE(source.excerpt.starts_with("According to the military, the group fired seven rockets"));
  EXPECT_EQ(article_.text.substr(source.excerpt_start, source.excerpt_end - source.excerpt_start), source.excerpt);
  const IncidentLocation& where = *embassy.location;
  EXPECT_EQ(article_.text.substr(where.matched_start, where.matched_end - where.matched_start), "Green Zone");
  EXPECT_GE(where.matched_start, source.excerpt_start);
  EXPECT_LE(where.matched_end, source.excerpt_end);
}

TEST_F(SeedLikeArticle, EmbassyAttackNamesTheSuspectedMilitiaAndTheTarget) {
  const Incident& embassy = incidents_[0];
  ASSERT_TRUE(embassy.actor1.has_value());
  EXPECT_EQ(embassy.actor1->name, "an Iran-aligned militia");
  EXPECT_EQ(embassy.actor1->attribution, Attribution::suspected);
  ASSERT_TRUE(embassy.actor2.has_value());
  EXPECT_EQ(embassy.actor2->name, "The U.S. Embassy");
}

TEST_F(SeedLikeArticle, EmbassyAttackKeepsTheHigherOfConflictingCasualtyCounts) {
  const Incident& embassy = incidents_[0];
  EXPECT_EQ(embassy.casualties, 1u);
  EXPECT_EQ(embassy.injuries, 0u);
  EXPECT_FALSE(embassy.fatalities.has_value());
  EXPECT_NE(embassy.note.find("no injuries or casualties"), std::string::npos) << embassy.note;
  EXPECT_NE(embassy.note.find("at least one Iraqi civilian casualty"), std::string::npos) << embassy.note;
}

TEST_F(SeedLikeArticle, EmbassyAttackHappenedOnTheSundayBeforePublication) {
  ASSERT_TRUE(incidents_[0].date.has_value());
  EXPECT_EQ(incidents_[0].date->days, day(2020, 1, 26));
  EXPECT_EQ(incidents_[0].date->precision, DatePrecision::day);
}

TEST_F(SeedLikeArticle, DecemberAttackIsSeparateWithMonthPrecision) {
  const Incident& december = incidents_[1];
  EXPECT_EQ(december.sub_event, SubEventType::shelling_artillery_missile_attack);
  ASSERT_TRUE(december.date.has_value());
  EXPECT_EQ(december.date->days, day(2019, 12, 1));
  EXPECT_EQ(december.date->precision, DatePrecision::month);
  EXPECT_EQ(december.fatalities, 1u);
  ASSERT_TRUE(december.location.has_value());
  EXPECT_EQ(december.location->place.name, "Baghdad");
  EXPECT_TRUE(excerpt_of(december).starts_with("In December, a rocket attack"));
}

TEST_F(SeedLikeArticle, ConvoyBombingIsNearBaghdadThisMonth) {
  const Incident& convoy = incidents_[2];
  EXPECT_EQ(convoy.sub_event, SubEventType::remote_explosive_landmine_ied);
  ASSERT_TRUE(convoy.date.has_value());
  EXPECT_EQ(convoy.date->days, day(2020, 1, 1));
  EXPECT_EQ(convoy.date->precision, DatePrecision::month);
  ASSERT_TRUE(convoy.location.has_value());
  EXPECT_EQ(convoy.location->place.name, "Baghdad");
  EXPECT_EQ(convoy.location->precision, GeoPrecision::near) << "south of Baghdad";
  ASSERT_TRUE(convoy.actor2.has_value());
  EXPECT_EQ(convoy.actor2->name, "the U.S.-led coalition");
  EXPECT_FALSE(convoy.fatalities.has_value());
}

TEST_F(SeedLikeArticle, AirstrikeWithoutAPlaceFallsBackToTheFocusAtRegionPrecision) {
  const Incident& airstrike = incidents_[3];
  EXPECT_EQ(airstrike.sub_event, SubEventType::air_drone_strike);
  ASSERT_TRUE(airstrike.actor1.has_value());
  EXPECT_EQ(airstrike.actor1->name, "the United States");
  EXPECT_FALSE(airstrike.actor1->attribution.has_value());
  ASSERT_TRUE(airstrike.actor2.has_value());
  EXPECT_EQ(airstrike.actor2->name, "Karim Haddad");
  EXPECT_EQ(airstrike.fatalities, 1u);
  ASSERT_TRUE(airstrike.date.has_value());
  EXPECT_EQ(airstrike.date->precision, DatePrecision::week);
  EXPECT_EQ(airstrike.date->days, day(2020, 1, 5));
  ASSERT_TRUE(airstrike.location.has_value());
  EXPECT_EQ(airstrike.location->precision, GeoPrecision::region);
  EXPECT_EQ(airstrike.location->place.name, "Baghdad") << "the article's focus, not the attacker's country";
}

TEST_F(SeedLikeArticle, GenericStatementsAndThreatsAreNotIncidents) {
  for (const Incident& incident : incidents_) {
    EXPECT_EQ(excerpt_of(incident).find("These kinds of attacks"), std::string::npos);
    EXPECT_EQ(excerpt_of(incident).find("fourth such attack"), std::string::npos);
  }
}

TEST_F(SeedLikeArticle, IdsAreDistinctAndStableAcrossRuns) {
  const auto again = extract(seed_like(monday_morning()));
  ASSERT_EQ(again.size(), incidents_.size());
  for (std::size_t i = 0; i < again.size(); ++i) {
    EXPECT_EQ(again[i].id, incidents_[i].id);
    EXPECT_EQ(again[i].id.size(), 16u);
    for (std::size_t j = 0; j < i; ++j) EXPECT_NE(incidents_[i].id, incidents_[j].id);
  }
}

TEST(IncidentBuilder, WithoutAPublicationTimeRelativeDatesAreNull) {
  const auto incidents = extract(seed_like(std::nullopt));
  ASSERT_EQ(incidents.size(), 4u);
  for (const Incident& incident : incidents) EXPECT_FALSE(incident.date.has_value()) << excerpt_of(incident);
}

TEST(IncidentBuilder, ASectionHeadingReportsNoEventAndIsNoExcerpt) {
  const Article a = testing::article("",
                                     "A car bomb exploded in Mosul on March 3, 2021, killing five people.\n\n"
                                     "==Responses and arrests==\n\n"
                                     "Three men were arrested in Kabul on March 9, 2021.",
                                     std::nullopt);
  const auto incidents = extract_incidents(
      a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}, {"Kabul", testing::kabul()}}));
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[1].sub_event, SubEventType::arrests);
  EXPECT_EQ(excerpt_of(incidents[1]), "Three men were arrested in Kabul on March 9, 2021.");
}

TEST(IncidentBuilder, ExplicitDateNeedsNoPublicationTime) {
  const Article a =
      testing::article("", "A car bomb exploded in Mosul on March 3, 2021, killing five people.", std::nullopt);
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}}));
  ASSERT_EQ(incidents.size(), 1u);
  ASSERT_TRUE(incidents[0].date.has_value());
  EXPECT_EQ(incidents[0].date->days, day(2021, 3, 3));
  EXPECT_EQ(incidents[0].fatalities, 5u);
  EXPECT_EQ(incidents[0].sub_event, SubEventType::remote_explosive_landmine_ied);
}

TEST(IncidentBuilder, HeadlineJoinsTheBodyIncidentItSummarises) {
  const Article a = testing::article("Blast kills three in Kabul",
                                     "A roadside bomb exploded in Kabul on Tuesday, killing three soldiers.",
                                     parse_published_time("2021-06-10"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Kabul", testing::kabul()}}));
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].sub_event, SubEventType::remote_explosive_landmine_ied);
  EXPECT_TRUE(excerpt_of(incidents[0]).starts_with("A roadside bomb"));
  EXPECT_EQ(incidents[0].fatalities, 3u);
}

TEST(IncidentBuilder, AnArticleWithoutEventsHasNoIncidents) {
  const Article a = testing::article("Markets calm in Kabul", "Traders in Kabul said prices were steady this week.",
                                     parse_published_time("2021-06-10"));
  EXPECT_TRUE(extract_incidents(a, testing::mentions_in(a.text, {{"Kabul", testing::kabul()}})).empty());
  const Article b = testing::article("", "Gunmen have repeatedly carried out attacks on police in Kabul.",
                                     parse_published_time("2021-06-12"));
  EXPECT_TRUE(extract_incidents(b, testing::mentions_in(b.text, {{"Kabul", testing::kabul()}})).empty());
}

TEST(IncidentBuilder, NoResolvedPlaceLeavesTheLocationEmpty) {
  const Article a = testing::article("", "Gunmen attacked a checkpoint on Monday, killing two police officers.",
                                     parse_published_time("2021-06-10"));
  const auto incidents = extract_incidents(a, {});
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_FALSE(incidents[0].location.has_value());
  EXPECT_EQ(incidents[0].fatalities, 2u);
}

TEST(IncidentBuilder, PageFurniturePastTheBodyIsIgnored) {
  Article a = testing::article("", "Protesters marched through Kabul on Friday.\n\nLatest News\n\nBomb kills 40",
                               parse_published_time("2021-06-12"));
  a.body_end = testing::offset_of(a.text, "Latest News");
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Kabul", testing::kabul()}}));
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].event_type(), EventType::protests);
}

TEST(IncidentBuilder, DatelineIsNeitherThePlaceNorTheDate) {
  const Article a = testing::article(
      "Bomb wounds six policemen",
      "ISLAMABAD, June 12, 2023 — A roadside bomb struck a police van in Peshawar on Wednesday, wounding six "
      "officers, police said.",
      parse_published_time("2023-06-12T10:00:00+05:00"));
  const auto incidents = extract_incidents(
      a, testing::mentions_in(a.text, {{"ISLAMABAD", testing::islamabad()}, {"Peshawar", testing::peshawar()}}));
  ASSERT_EQ(incidents.size(), 1u);
  ASSERT_TRUE(incidents[0].location && incidents[0].date);
  EXPECT_EQ(incidents[0].location->place.name, "Peshawar");
  EXPECT_EQ(incidents[0].date->days, day(2023, 6, 7)) << "the Wednesday before publication, not the dateline's day";
  EXPECT_TRUE(excerpt_of(incidents[0]).starts_with("A roadside bomb")) << excerpt_of(incidents[0]);
}

TEST(IncidentBuilder, HeadlineVictimsAreNotPerpetrators) {
  const Article a = testing::article("Two soldiers killed in clash with rebels near Mosul",
                                     "Rebels ambushed an army patrol near Mosul on Friday, the army said.",
                                     parse_published_time("2021-06-12"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}}));
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].fatalities, 2u);
  ASSERT_TRUE(incidents[0].actor1.has_value());
  EXPECT_EQ(incidents[0].actor1->name, "Rebels");
}

TEST(IncidentBuilder, AProtestThatTurnsIntoARiotIsOneIncident) {
  const Article a = testing::article(
      "Protest in Kabul ends in clashes with riot police",
      "Thousands of students marched in Kabul on Thursday to protest against fuel prices.\n\n"
      "After nightfall, groups of youths threw stones and petrol bombs at police. Riot police used tear gas to "
      "clear the square. The city said 12 officers and 5 civilians were injured.",
      parse_published_time("2021-06-12"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Kabul", testing::kabul()}}));
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].sub_event, SubEventType::violent_demonstration);
  EXPECT_EQ(incidents[0].injuries, 17u);
  ASSERT_TRUE(incidents[0].date.has_value());
  EXPECT_EQ(incidents[0].date->days, day(2021, 6, 10));
  EXPECT_TRUE(excerpt_of(incidents[0]).starts_with("After nightfall")) << excerpt_of(incidents[0]);
}

TEST(IncidentBuilder, AnEarlierCoarserDateIsAnotherIncident) {
  const Article a = testing::article(
      "",
      "Shelling hit Kharkiv on Monday, killing five civilians. Earlier this month, a strike on a tram depot in "
      "Kharkiv killed three workers.",
      parse_published_time("2022-04-19"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Kharkiv", testing::kharkiv()}}));
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[0].fatalities, 5u);
  EXPECT_EQ(incidents[1].fatalities, 3u);
  ASSERT_TRUE(incidents[1].date.has_value());
  EXPECT_EQ(incidents[1].date->precision, DatePrecision::month);
}

TEST(IncidentBuilder, AMoreExactDateInTheSameWeekIsTheSameIncident) {
  const Article a = testing::article(
      "",
      "A roadside bomb struck a police van in Peshawar last week, police said on Monday. "
      "The bomb exploded on Wednesday as the van passed, wounding six policemen.",
      parse_published_time("2023-06-12"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Peshawar", testing::peshawar()}}));
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].sub_event, SubEventType::remote_explosive_landmine_ied);
  ASSERT_TRUE(incidents[0].date.has_value());
  EXPECT_EQ(incidents[0].date->days, day(2023, 6, 7));
  EXPECT_EQ(incidents[0].date->precision, DatePrecision::day);
  EXPECT_EQ(incidents[0].injuries, 6u);
}

TEST(IncidentBuilder, AnEventDatedOnlyByItsReportTakesTheWeekEndingOnTheReportDay) {
  const Article a = testing::article(
      "",
      "At least 40 fighters have been killed in two days of battles near Mosul, military sources said on Monday. "
      "The heaviest clashes were around the dam, where the rebels launched an offensive earlier this month.",
      parse_published_time("2021-02-22T17:00:00+03:00"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}}));
  ASSERT_EQ(incidents.size(), 1u) << "the offensive's month is not the clashes' date";
  ASSERT_TRUE(incidents[0].date.has_value());
  EXPECT_EQ(incidents[0].date->precision, DatePrecision::week);
  const DayRange week = period_of(*incidents[0].date);
  EXPECT_EQ(week.last, day(2021, 2, 22)) << "the week that ends on the report day";
  EXPECT_EQ(week.first, day(2021, 2, 16));
  EXPECT_EQ(incidents[0].fatalities, 40u);
}

TEST(IncidentBuilder, ARelativeClauseInsideTheSentenceDoesNotTakeTheEventsDate) {
  const Article a = testing::article(
      "", "Gunmen killed a police officer, who was guarding a bank, in Peshawar on Sunday.",
      parse_published_time("2023-06-12"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Peshawar", testing::peshawar()}}));
  ASSERT_EQ(incidents.size(), 1u);
  ASSERT_TRUE(incidents[0].date.has_value());
  EXPECT_EQ(incidents[0].date->days, day(2023, 6, 11));
  EXPECT_EQ(incidents[0].date->precision, DatePrecision::day);
}

TEST(IncidentBuilder, AnUndatedEventInTheParagraphOfTheOneBeforeHappenedThen) {
  const Article a = testing::article(
      "",
      "Rebels and troops clashed near Mosul on Sunday, officials said. Jets carried out air strikes in support "
      "of the troops.\n\nA separate bombing hit a market.",
      parse_published_time("2021-02-22"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}}));
  ASSERT_GE(incidents.size(), 2u);
  EXPECT_EQ(incidents[1].sub_event, SubEventType::air_drone_strike);
  ASSERT_TRUE(incidents[1].date.has_value()) << "the air strikes supported Sunday's fighting";
  EXPECT_EQ(incidents[1].date->days, day(2021, 2, 21));
  for (std::size_t i = 2; i < incidents.size(); ++i) {
    EXPECT_FALSE(incidents[i].date.has_value()) << "a separate event in another paragraph is not dated by it";
  }
}

// ACLED codes arrests as a strategic development of their own; the attack
// the suspects are held for is the earlier incident, with its own date.
TEST(IncidentBuilder, ArrestsOverAnEarlierAttackAreTheirOwnIncident) {
  const Article a = testing::article(
      "",
      "Police said on Monday they had arrested four men suspected of planting the roadside bomb that struck a "
      "police van in Peshawar last week. The bomb exploded on Wednesday as the van passed, wounding six "
      "policemen. The suspects were detained in raids in Peshawar, police said.",
      parse_published_time("2023-06-12"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Peshawar", testing::peshawar()}}));
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[0].sub_event, SubEventType::arrests);
  ASSERT_TRUE(incidents[0].date.has_value());
  EXPECT_EQ(incidents[0].date->days, day(2023, 6, 12)) << "announced on Monday; 'last week' dates the bomb";
  EXPECT_FALSE(incidents[0].injuries) << "the wounded are the bomb's";
  EXPECT_EQ(incidents[1].sub_event, SubEventType::remote_explosive_landmine_ied);
  ASSERT_TRUE(incidents[1].date.has_value());
  EXPECT_EQ(incidents[1].date->days, day(2023, 6, 7));
  EXPECT_EQ(incidents[1].injuries, 6u);
}

TEST(IncidentBuilder, AnArrestInATownNoIncidentWasInIsItsOwnIncident) {
  const Article a = testing::article(
      "",
      "A bomb exploded at a market in Mosul on Monday, wounding five people.\n\n"
      "The suspected bomber was arrested on Friday at a checkpoint in Kirkuk, police said.",
      parse_published_time("2020-12-05"));
  const auto incidents =
      extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}, {"Kirkuk", testing::kirkuk()}}));
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[0].sub_event, SubEventType::remote_explosive_landmine_ied);
  EXPECT_EQ(incidents[1].sub_event, SubEventType::arrests);
  ASSERT_TRUE(incidents[1].location.has_value());
  EXPECT_EQ(incidents[1].location->place.name, "Kirkuk");
}

TEST(IncidentBuilder, AReferenceNamingAnEarlierIncidentsPlaceJoinsIt) {
  const Article a = testing::article(
      "",
      "A roadside bomb struck a convoy near Mosul on Thursday. On Monday, another bomb went off beside a convoy "
      "near Kirkuk. A little-known group that analysts link to a militia claimed the Mosul bombing.",
      parse_published_time("2020-12-04"));
  const auto incidents =
      extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}, {"Kirkuk", testing::kirkuk()}}));
  ASSERT_EQ(incidents.size(), 2u);
  ASSERT_TRUE(incidents[0].actor1.has_value());
  EXPECT_EQ(incidents[0].location->place.name, "Mosul");
  EXPECT_EQ(incidents[0].actor1->name, "A little-known group");
  EXPECT_EQ(incidents[0].actor1->attribution, Attribution::claimed);
  EXPECT_FALSE(incidents[1].actor1.has_value());
}

TEST(IncidentBuilder, TheBodysEventCorrectsTheHeadlines) {
  const GazetteerPlace pretoria = testing::place("Pretoria", -25.74486, 28.18783, GeoType::city, "ZA", 964137);
  const Article a = testing::article(
      "After two years of fighting, Ethiopia and Tigray sign deal in Pretoria",
      "Ethiopia's government and the Tigray People's Liberation Front signed a peace deal in Pretoria on "
      "Wednesday after ten days of talks.",
      parse_published_time("2022-11-03"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Pretoria", pretoria}}));
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].sub_event, SubEventType::agreement);
  EXPECT_TRUE(excerpt_of(incidents[0]).starts_with("Ethiopia's government")) << excerpt_of(incidents[0]);
}

TEST(IncidentBuilder, AHabitInARelativeClauseDoesNotSwallowTheNextIncident) {
  const GazetteerPlace port_au_prince =
      testing::place("Port-au-Prince", 18.54349, -72.33881, GeoType::city, "HT", 3718426);
  const GazetteerPlace croix = testing::place("Croix-des-Bouquets", 18.57677, -72.22625, GeoType::city, "HT", 3728097);
  const Article a = testing::article(
      "",
      "A mob beat and burned to death at least nine suspected robbers in Port-au-Prince on Monday.\n\n"
      "Residents said they were tired of gangs that kidnap, extort and kill with impunity.\n\n"
      "Last week, gangs looted and torched dozens of homes in Croix-des-Bouquets.",
      parse_published_time("2023-04-24"));
  const auto incidents = extract_incidents(
      a, testing::mentions_in(a.text, {{"Port-au-Prince", port_au_prince}, {"Croix-des-Bouquets", croix}}));
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[0].fatalities, 9u);
  EXPECT_EQ(incidents[1].sub_event, SubEventType::looting_property_destruction);
  EXPECT_TRUE(excerpt_of(incidents[1]).starts_with("Last week, gangs looted")) << excerpt_of(incidents[1]);
  ASSERT_TRUE(incidents[1].location.has_value());
  EXPECT_EQ(incidents[1].location->place.name, "Croix-des-Bouquets");
}

TEST(IncidentBuilder, GrenadesThrownAtTroopsDuringAProtestMakeItARiot) {
  const GazetteerPlace tripoli = testing::place("Tripoli", 34.43667, 35.84972, GeoType::city, "LB", 266826);
  const Article a = testing::article(
      "Protester shot dead in Tripoli",
      "A young man died in Tripoli early on Thursday after security forces fired live ammunition at demonstrators "
      "protesting against a curfew.\n\n"
      "The army said 20 soldiers were wounded during the night, some by hand grenades thrown at troops. Medics said "
      "about 60 protesters were hurt.",
      parse_published_time("2021-01-28"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Tripoli", tripoli}}));
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].sub_event, SubEventType::violent_demonstration);
  EXPECT_EQ(incidents[0].fatalities, 1u);
  EXPECT_EQ(incidents[0].injuries, 60u);
}

// An arrest told after the attack is news of its own too, in the same town;
// arrests while policing a demonstration are part of the demonstration.
TEST(IncidentBuilder, ArrestsAfterAnAttackAreTheirOwnIncidentButNotArrestsAtAProtest) {
  const Article attack = testing::article(
      "",
      "A car bomb exploded outside a market in Peshawar on Tuesday, killing five people.\n\n"
      "Police arrested three men in connection with the blast on Thursday.",
      parse_published_time("2023-06-16"));
  const auto after_attack =
      extract_incidents(attack, testing::mentions_in(attack.text, {{"Peshawar", testing::peshawar()}}));
  ASSERT_EQ(after_attack.size(), 2u);
  EXPECT_EQ(after_attack[0].sub_event, SubEventType::remote_explosive_landmine_ied);
  EXPECT_EQ(after_attack[1].sub_event, SubEventType::arrests);
  ASSERT_TRUE(after_attack[1].location.has_value());
  EXPECT_EQ(after_attack[1].location->place.name, "Peshawar") << "the arrests are placed where the article is";

  const Article protest = testing::article(
      "",
      "Hundreds of protesters marched through Peshawar on Tuesday against rising fuel prices.\n\n"
      "Police arrested 12 people when the crowd blocked the main road.",
      parse_published_time("2023-06-16"));
  const auto at_protest =
      extract_incidents(protest, testing::mentions_in(protest.text, {{"Peshawar", testing::peshawar()}}));
  ASSERT_EQ(at_protest.size(), 1u);
  EXPECT_EQ(at_protest[0].event_type(), EventType::protests);
}

TEST(IncidentBuilder, AGeneralAsideKeepsTheIncidentOpenAndItsConfirmedActor) {
  const Article a = testing::article(
      "",
      "A roadside bomb struck an army truck near Mosul on Tuesday, killing four soldiers.\n\n"
      "The Northern Brigade confirmed it was behind the attack, one of several such attacks that have killed 60 "
      "people since March.",
      parse_published_time("2021-06-10"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}}));
  ASSERT_EQ(incidents.size(), 1u);
  ASSERT_TRUE(incidents[0].actor1.has_value());
  EXPECT_EQ(incidents[0].actor1->name, "The Northern Brigade");
  EXPECT_EQ(incidents[0].actor1->attribution, Attribution::confirmed);
  EXPECT_EQ(incidents[0].fatalities, 4u) << "the aside's 60 is a tally of many attacks";
}

TEST(IncidentBuilder, TalliesTrendsAndHabitsAreNotIncidents) {
  const Article a = testing::article(
      "",
      "It was the third night in a row that police declared a riot in Kabul. Attacks on police in Kabul have "
      "risen sharply since the group ended a ceasefire. The group has fired mortars at Kabul almost daily.",
      parse_published_time("2021-06-12"));
  EXPECT_TRUE(extract_incidents(a, testing::mentions_in(a.text, {{"Kabul", testing::kabul()}})).empty());
}

TEST(IncidentBuilder, AHabitToldInAnotherClauseLeavesTheEventAnIncident) {
  for (const std::string text :
       {"Two journalists were shot dead on Saturday in Kabul, where attacks have become almost daily events.",
        "Children are often caught up in the violence: two boys were shot dead on Saturday in Kabul.",
        "Two guards were shot dead on Saturday by militants who frequently target the police in Kabul.",
        "Two traders were shot dead on Saturday at a weekly market in Kabul.",
        "Two soldiers were shot dead on Saturday on a road frequently used by troops in Kabul."}) {
    const Article a = testing::article("", text, parse_published_time("2021-06-12"));
    const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Kabul", testing::kabul()}}));
    ASSERT_EQ(incidents.size(), 1u) << text;
    EXPECT_EQ(incidents[0].fatalities, 2u) << text;
  }
}

}  // namespace
}  // namespace incimap::geo

namespace incimap::geo {
namespace {

TEST(IncidentBuilderKinds, AnotherKindOfViolenceNamedInTheSameStoryIsAnotherIncident) {
  const Article a = testing::article(
      "Night of violence",
      "In one incident, a man was killed in a gun battle between troops and gunmen on Monday.\n"
      "Later, during an hour of concentrated bombing, at least 11 people died.",
      parse_published_time("2022-11-03"));
  const auto incidents = extract_incidents(a, {});
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[0].event_type(), EventType::battles);
  EXPECT_EQ(incidents[1].event_type(), EventType::explosions_remote_violence);
  EXPECT_EQ(incidents[1].fatalities, 11u);
}

TEST(IncidentBuilderKinds, AnOngoingStateOrADefiniteReferenceStaysWithTheIncident) {
  const Article a = testing::article(
      "Bar attack",
      "Attackers threw a grenade into a bar on Saturday, killing four men.\n"
      "Investigators believe the attack was carried out by the Jaguar cartel, which has been fighting a rival "
      "gang for control of the city. The cartel said it was behind the offensive.",
      parse_published_time("2023-03-19"));
  const auto incidents = extract_incidents(a, {});
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].sub_event, SubEventType::grenade);
  ASSERT_TRUE(incidents[0].actor1);
  EXPECT_EQ(incidents[0].actor1->name, "the Jaguar cartel");
}

}  // namespace
}  // namespace incimap::geo

namespace incimap::geo {
namespace {

TEST(IncidentBuilderOpening, ADefiniteEventWithNothingToReferBackToOpensAnIncident) {
  const Article a = testing::article("", "The blast destroyed the vehicle, killing three women aboard.", std::nullopt);
  const auto incidents = extract_incidents(a, {});
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].fatalities, 3u);
}

TEST(IncidentBuilderOpening, TheKindOfViolenceAndWhoDidItOpensAnIncident) {
  const Article a = testing::article("", "A peace activist was shot and killed by suspected militants.", std::nullopt);
  EXPECT_EQ(extract_incidents(a, {}).size(), 1u);
}

TEST(IncidentBuilderOpening, AParticipleAfterADeterminerIsAnAdjective) {
  const Article a = testing::article("", "The governor promised to rebuild the destroyed houses in the town.",
                                     std::nullopt);
  EXPECT_TRUE(extract_incidents(a, {}).empty());
}

}  // namespace
}  // namespace incimap::geo

namespace incimap::geo {
namespace {

TEST(IncidentBuilderActors, ATownIsNeverAnActorNorWherePeopleCameFromThePlace) {
  const GazetteerPlace mosul = testing::mosul();
  const Article a = testing::article("", "Militants from Mosul attacked the village on Friday, killing two.",
                                     parse_published_time("2023-03-07"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", mosul}}));
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_FALSE(incidents[0].actor1.has_value()) << incidents[0].actor1->name;
  ASSERT_TRUE(incidents[0].location);
  EXPECT_EQ(incidents[0].location->precision, GeoPrecision::region);  // the article's focus only
}

}  // namespace
}  // namespace incimap::geo

namespace incimap::geo {
namespace {

TEST(IncidentBuilderParts, TwoKindsOfViolenceInTwoPartsOfASentenceAreTwoIncidentsEachWithItsPlaceAndToll) {
  const Article a = testing::article(
      "", "A car bomb exploded in Baghdad on Monday, killing five people, while gunmen shot dead three policemen in Mosul.",
      parse_published_time("2023-03-07"));
  const auto incidents =
      extract_incidents(a, testing::mentions_in(a.text, {{"Baghdad", testing::baghdad()}, {"Mosul", testing::mosul()}}));
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[0].event_type(), EventType::explosions_remote_violence);
  EXPECT_EQ(incidents[0].location->matched_text, "Baghdad");
  EXPECT_EQ(incidents[0].fatalities, 5u);
  EXPECT_EQ(incidents[1].event_type(), EventType::violence_against_civilians);
  EXPECT_EQ(incidents[1].location->matched_text, "Mosul");
  EXPECT_EQ(incidents[1].fatalities, 3u);
  EXPECT_NE(incidents[0].id, incidents[1].id);
}

// Arad and Obama are also towns (in Romania and Japan), and Ankara a city,
// that would outrank the country of the event; real populations, as the
// ranker weighs them.
const std::vector<testing::Gazetteer> kNamesalikes = {
    {"Obama", testing::place("Obama", 35.49, 135.74, GeoType::city, "JP", 1854093, 30000)},
    {"Arad", testing::place("Arad", 46.18, 21.31, GeoType::city, "RO", 686254, 159074)},
    {"Iraq", testing::place("Iraq", 33.0, 44.0, GeoType::country, "IQ", 99237, 29671605)},
    {"Ankara", testing::place("Ankara", 39.92, 32.85, GeoType::city, "TR", 323786, 3517182)},
    {"Syria", testing::place("Syria", 35.0, 38.0, GeoType::country, "SY", 163843, 22198110)}};

// The matched text of the first incident's place; empty when none.
std::string first_incident_place(const std::string& text,
                                 const std::vector<testing::Gazetteer>& gazetteer = kNamesalikes) {
  const Article a = testing::article("", text, parse_published_time("2023-03-07"));
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, gazetteer));
  return incidents.empty() || !incidents[0].location ? std::string{} : incidents[0].location->matched_text;
}

TEST(IncidentBuilderPlaces, TheOneAPassiveVerbOfHarmIsSaidOfIsAPersonNotAPlace) {
  EXPECT_EQ(first_incident_place("Arad was shot down during a bombing mission over Iraq in October 1986."), "Iraq");
  // A place that ends a longer subject still places it.
  EXPECT_EQ(first_incident_place("A man riding in the city of Arad was shot dead in Iraq on Monday."), "Arad");
}

TEST(IncidentBuilderPlaces, ANameBeforeAGoverningNounOrOwningACraftIsNoPlaceOfTheEvent) {
  EXPECT_EQ(first_incident_place("The Obama administration seemed poised to attack Iraq on Monday to deter its militias."),
            "Iraq");
  EXPECT_EQ(first_incident_place("Arad's plane was shot down over Iraq and he was captured by militants."), "Iraq");
}

TEST(IncidentBuilderPlaces, ACountryBeforeANounForAForceOrAMissionOwnsItAndIsNoPlaceOfTheEvent) {
  const std::vector<testing::Gazetteer> places = {
      {"U.S.", testing::united_states()},
      {"Kenya", testing::place("Kenya", 1.0, 38.0, GeoType::country, "KE", 192950)}};
  EXPECT_EQ(first_incident_place("A blast destroyed the U.S. Embassy in neighboring Kenya, killing 248 people.", places),
            "Kenya");
  EXPECT_EQ(first_incident_place("U.S. forces shot two border guards in Kenya on Monday.", places), "Kenya");
}

TEST(IncidentBuilderPlaces, APlaceToldInALaterClauseOfAnotherEventIsNotThisOnes) {
  const std::vector<testing::Gazetteer> places = {
      {"Iraq", testing::place("Iraq", 33.0, 44.0, GeoType::country, "IQ", 99237, 40000000)},
      {"Mosul", testing::mosul()}};
  EXPECT_EQ(first_incident_place(
                "Eight soldiers were killed in Iraq on Saturday, as a general warned of an offensive on the city of Mosul.",
                places),
            "Iraq");
  // Without a place of its own clause the event keeps the later one.
  EXPECT_EQ(first_incident_place("Eight soldiers were killed on Saturday, as rebels stormed Mosul.", places), "Mosul");
}

TEST(IncidentBuilderPlaces, APlacePossessedByAnotherWithADirectionBetweenLiesInsideIt) {
  const std::vector<testing::Gazetteer> places = {
      {"Iraq", testing::place("Iraq", 33.0, 44.0, GeoType::country, "IQ", 99237, 40000000)},
      {"Nineveh", testing::place("Nineveh", 36.0, 42.5, GeoType::admin1, "IQ", 99062, 3000000)}};
  EXPECT_EQ(first_incident_place("A soldier was killed when a roadside bomb hit his vehicle while on patrol in "
                                 "Iraq's northern Nineveh province, the military said.",
                                 places),
            "Nineveh");
}

TEST(IncidentBuilderPlaces, AnAttackOnAPlaceTheTextNamesButTheGazetteerLacksIsAnIncident) {
  // No date, toll or listed place: the village the text names says where.
  const Article a = testing::article("", "Rebels attacked the village of Tal Mustawi.", std::nullopt);
  const auto incidents = extract_incidents(a, fixture::geoparser());
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_FALSE(incidents[0].location);
  ASSERT_TRUE(incidents[0].unlocated_place);
  EXPECT_EQ(incidents[0].unlocated_place->text, "Tal Mustawi");
  // A bare attack with nothing to say where, when or how many is none.
  EXPECT_TRUE(extract_incidents(testing::article("", "Rebels attacked the village.", std::nullopt), fixture::geoparser())
                  .empty());
}

TEST(IncidentBuilderPlaces, ACountryBeforeATimeIsWhereItHappenedNotAnAdjective) {
  const std::vector<testing::Gazetteer> places = {
      {"US", testing::united_states()},
      {"Afghanistan", testing::place("Afghanistan", 33.0, 65.0, GeoType::country, "AF", 1149361, 37172386)}};
  EXPECT_EQ(first_incident_place(
                "US warplanes bombed a militant compound in eastern Afghanistan late Friday, the US military said.", places),
            "Afghanistan");
}

TEST(IncidentBuilderPlaces, ANameThatSpeaksStandsForItsGovernment) {
  EXPECT_EQ(first_incident_place("Ankara claimed on Thursday that its air force killed 200 fighters in northern Syria."),
            "Syria");
  // Police in a town that speak are still there.
  EXPECT_EQ(first_incident_place("A bomb exploded at a market on Monday, police in Ankara said."), "Ankara");
}

TEST(IncidentBuilderPlaces, ANameThatAnswersAnEventOrIsBlamedForItIsNoPlaceOfIt) {
  // Ankara stands for the government that blames; Syria, the one blamed, did it.
  EXPECT_EQ(first_incident_place("Ankara blamed Syria for the car bombing at a market in Iraq on Monday."), "Iraq");
  EXPECT_EQ(first_incident_place("Syria condemned the air strike on a village in Iraq, and accused Ankara of it."), "Iraq");
}

TEST(IncidentBuilderDates, ADateBeforeAVerbOfResponseDatesTheResponseNotTheEvent) {
  // No publication time: Tuesday and Wednesday cannot be resolved, so only
  // what the words say can join the blame to the bombing told before.
  const Article a = testing::article("",
                                     "A car bomb exploded at a police academy in Mosul on Tuesday.\n"
                                     "Talks with the rebels were held on Wednesday.\n"
                                     "On Wednesday, the government blamed the rebels for the bombing in Mosul, which "
                                     "killed 20 people.",
                                     std::nullopt);
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}}));
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].fatalities, 20u);
}

TEST(IncidentBuilderDates, AnEventNamedAgainAtAnotherTimeDoesNotJoinTheFirst) {
  const Article a = testing::article("",
                                     "A car bomb exploded at a police academy in Mosul on Tuesday.\n"
                                     "Talks with the rebels were held on Wednesday.\n"
                                     "On Wednesday, the bombing of a market in Mosul killed 20 people.",
                                     std::nullopt);
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}}));
  ASSERT_FALSE(incidents.empty());
  EXPECT_NE(incidents[0].fatalities, 20u);
}

TEST(IncidentBuilderPlaces, ASentenceOpeningWithInAPlaceHadItsEventThereUnlessTheWordsPutItInside) {
  const std::vector<testing::Gazetteer> places = {
      {"Iran", testing::iran()}, {"Mosul", testing::mosul()}, {"Iraq", testing::iraq()}};
  auto place_of = [&](const std::string& text) { return first_incident_place(text, places); };
  // What they demonstrated against is no place of the demonstration.
  EXPECT_EQ(place_of("In Iran, meanwhile, thousands of students demonstrated against Iraq at two universities."), "Iran");
  // A town inside the opening country is where it happened.
  EXPECT_EQ(place_of("In Iraq, gunmen shot dead five people in Mosul on Monday."), "Mosul");
}

TEST(IncidentBuilderParts, TheSameKindOfViolenceInTwoTownsOfOneSentenceIsTwoIncidents) {
  const Article a = testing::article(
      "", "Two civilians were shot dead by gunmen in Mosul and a shopkeeper was shot dead in Kirkuk on Monday.",
      parse_published_time("2023-03-07"));
  const auto incidents =
      extract_incidents(a, testing::mentions_in(a.text, {{"Mosul", testing::mosul()}, {"Kirkuk", testing::kirkuk()}}));
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[0].location->matched_text, "Mosul");
  EXPECT_EQ(incidents[1].location->matched_text, "Kirkuk");
  EXPECT_EQ(incidents[0].event_type(), incidents[1].event_type());
}

TEST(IncidentBuilderParts, TownsListedOrBoundingARoadStayOneIncident) {
  const std::vector<testing::Gazetteer> towns = {{"Mosul", testing::mosul()}, {"Kirkuk", testing::kirkuk()}};
  // "and" in a list of the places one act hit.
  const Article list = testing::article("", "Militants shelled the towns of Mosul and Kirkuk on Monday, shooting dead two men.",
                                        parse_published_time("2023-03-07"));
  EXPECT_EQ(extract_incidents(list, testing::mentions_in(list.text, towns)).size(), 1u);
  // "between X and the Y": no subject of its own after "and".
  const Article road = testing::article(
      "", "A roadside bomb on the road between Mosul and the city of Kirkuk exploded, shooting debris at a bus.",
      parse_published_time("2023-03-07"));
  EXPECT_EQ(extract_incidents(road, testing::mentions_in(road.text, towns)).size(), 1u);
}

TEST(IncidentBuilderParts, OneKindOfEventOrOnePlaceStaysOneIncident) {
  const Article a = testing::article("", "A car bomb exploded in Baghdad on Monday, while gunmen opened fire on survivors.",
                                     parse_published_time("2023-03-07"));
  EXPECT_EQ(extract_incidents(a, testing::mentions_in(a.text, {{"Baghdad", testing::baghdad()}})).size(), 1u);
}

}  // namespace
}  // namespace incimap::geo

namespace incimap::geo {
namespace {

// Baghdad's Karrada district, 5 km from the city's centre (GeoNames).
GazetteerPlace karrada() { return testing::place("Karrada", 33.305, 44.42, GeoType::city, "IQ", 0); }

std::vector<std::string> places_of(const std::vector<Incident>& incidents) {
  std::vector<std::string> names;
  for (const Incident& i : incidents) names.push_back(i.location ? i.location->matched_text : std::string("-"));
  return names;
}

std::vector<Incident> roundup(const std::string& text, std::vector<PlaceMention> unresolved = {}) {
  const Article a = testing::article("", text, parse_published_time("2023-03-07"));
  std::vector<PlaceMention> mentions = testing::mentions_in(
      a.text, {{"Mosul", testing::mosul()}, {"Kirkuk", testing::kirkuk()}, {"Baghdad", testing::baghdad()},
               {"Karrada", karrada()}});
  mentions.insert(mentions.end(), unresolved.begin(), unresolved.end());
  std::sort(mentions.begin(), mentions.end(), [](const PlaceMention& x, const PlaceMention& y) { return x.start < y.start; });
  return extract_incidents(a, mentions);
}

// A name the recogniser found and the gazetteer lacks.
PlaceMention unresolved(const std::string& text, const std::string& name) {
  const std::uint32_t at = testing::offset_of(text, name);
  return PlaceMention{.start = at, .end = static_cast<std::uint32_t>(at + name.size()), .text = name,
                      .kind = MentionKind::place, .place = std::nullopt, .confidence = 0.5, .candidates = {}};
}

TEST(IncidentBuilderRoundups, ViolenceWithItsOwnTollInAnotherTownIsAnIncidentOfItsOwn) {
  const auto incidents =
      roundup("A car bomb killed 12 people at a market in Mosul on Monday. A roadside bomb killed three soldiers in Kirkuk.");
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(places_of(incidents), (std::vector<std::string>{"Mosul", "Kirkuk"}));
  EXPECT_EQ(incidents[0].fatalities, 12u);
  EXPECT_EQ(incidents[1].fatalities, 3u);
}

TEST(IncidentBuilderRoundups, ADistrictOfTheTownOrWhereTheWoundedWereTakenStaysTheIncident) {
  EXPECT_EQ(roundup("A car bomb exploded at a market in Baghdad on Monday. Twelve people were killed in Karrada.").size(),
            1u);
  EXPECT_EQ(roundup("A car bomb killed 12 people in Mosul on Monday. Thirty others were wounded and taken to Kirkuk.").size(),
            1u);
}

TEST(IncidentBuilderRoundups, ATownTheGazetteerLacksIsATownOfItsOwnNameButASquareMayBeInAnyTown) {
  const std::string heet =
      "A car bomb killed 12 people in Mosul on Monday. In the western town of Heet, a roadside bomb killed one soldier.";
  const auto incidents = roundup(heet, {unresolved(heet, "Heet")});
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[1].fatalities, 1u);
  const std::string square =
      "A car bomb killed 12 people in Mosul on Monday. Three soldiers were also wounded in Al-Nour Square.";
  EXPECT_EQ(roundup(square, {unresolved(square, "Al-Nour Square")}).size(), 1u);
}

TEST(IncidentBuilderRoundups, AnEventToldAsAnotherBeforeTheOneReportedMakesItAnother) {
  const auto incidents = roundup(
      "A car bomb killed 12 people in Baghdad on Monday. Two other explosions in Baghdad killed four people, while a "
      "car bomb hurt nine.");
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[1].fatalities, 4u);
}

}  // namespace
}  // namespace incimap::geo

namespace incimap::geo {
namespace {

TEST(IncidentBuilderParagraphs, WithoutBlankLinesEachLineIsAParagraph) {
  // One sentence a line and no blank line: the Kabul line's place does not
  // reach the undated, placeless event two lines on.
  const Article a = testing::article(
      "", "Officials met in Kabul on Monday to discuss aid.\nThe weather was mild.\nA roadside bomb exploded.",
      std::nullopt);
  const auto incidents = extract_incidents(a, testing::mentions_in(a.text, {{"Kabul", testing::place(
      "Kabul", 34.52813, 69.17233, GeoType::city, "AF", 1138958)}}));
  ASSERT_EQ(incidents.size(), 1u);
  ASSERT_TRUE(incidents[0].location);
  EXPECT_EQ(incidents[0].location->precision, GeoPrecision::region);  // the focus, not the paragraph's town
}

}  // namespace
}  // namespace incimap::geo
