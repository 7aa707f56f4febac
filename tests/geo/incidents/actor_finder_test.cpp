#include "geo/incidents/actor_finder.hpp"

#include <gtest/gtest.h>

#include <string>

#include "words_fixture.hpp"

namespace incimap::geo {
namespace {

std::vector<ActorMention> actors_in(const std::string& text) { return find_actors(text, testing::words_of(text)); }

std::string perpetrator(const std::string& text) {
  const auto actor = choose_actor(actors_in(text), ActorRole::perpetrator);
  return actor ? actor->name : "none";
}

std::string target(const std::string& text) {
  const auto actor = choose_actor(actors_in(text), ActorRole::target);
  return actor ? actor->name : "none";
}

std::optional<Attribution> attribution(const std::string& text) {
  const auto actor = choose_actor(actors_in(text), ActorRole::perpetrator);
  return actor ? actor->attribution : std::nullopt;
}

TEST(ActorFinder, AWeekdayIsNoActor) {
  EXPECT_EQ(perpetrator("Bombs in the market on Monday killed 12 people."), "none");
  EXPECT_EQ(perpetrator("Shabaab fighters attacked the base on Monday."), "Shabaab fighters");
}

TEST(ActorFinder, BlameMakesASuspect) {
  const std::string text = "The military blamed the attack on “an outlawed group,” a spokesman said.";
  EXPECT_EQ(perpetrator(text), "an outlawed group");
  EXPECT_EQ(attribution(text), Attribution::suspected);
}

TEST(ActorFinder, LikelyAndSuspectedMakeASuspect) {
  const std::string text = "The attackers were likely an Iran-backed militia.";
  EXPECT_EQ(perpetrator(text), "an Iran-backed militia");
  EXPECT_EQ(attribution(text), Attribution::suspected);
  EXPECT_EQ(perpetrator("Police said the bombers were believed to be Islamic State fighters."),
            "Islamic State fighters");
}

TEST(ActorFinder, ClaimedResponsibility) {
  const std::string text = "The Taliban claimed responsibility for the bombing.";
  EXPECT_EQ(perpetrator(text), "The Taliban");
  EXPECT_EQ(attribution(text), Attribution::claimed);
}

TEST(ActorFinder, ConfirmedUnlessNegated) {
  const std::string confirmed = "The Pentagon confirmed it carried out the strike.";
  EXPECT_EQ(perpetrator(confirmed), "The Pentagon");
  EXPECT_EQ(attribution(confirmed), Attribution::confirmed);
  const std::string negated = "No group has been confirmed as responsible.";
  EXPECT_EQ(perpetrator(negated), "none");
}

TEST(ActorFinder, NamedPerpetratorHasNoAttribution) {
  const std::string text = "Days earlier, an airstrike the United States launched killed two fighters.";
  EXPECT_EQ(perpetrator(text), "the United States");
  EXPECT_FALSE(attribution(text).has_value());
  const std::string suspected = "The checkpoint was attacked by suspected insurgents.";
  EXPECT_EQ(perpetrator(suspected), "insurgents");
  EXPECT_EQ(attribution(suspected), Attribution::suspected);
}

TEST(ActorFinder, NobodyIsNamedWhenNoGroupClaims) {
  EXPECT_EQ(perpetrator("No group claimed responsibility for the blast."), "none");
  EXPECT_EQ(perpetrator("No group claimed the bombing."), "none");
}

TEST(ActorFinder, HeadlineVictimsAreNotPerpetrators) {
  EXPECT_EQ(perpetrator("Two soldiers killed in clash with rebels"), "none");
  EXPECT_EQ(perpetrator("Five killed as shelling hits residential blocks"), "none");
  EXPECT_EQ(perpetrator("Rebels killed two soldiers near the border."), "Rebels");
}

TEST(ActorFinder, ClaimantBeforeARelativeClause) {
  const std::string text = "A little-known group that analysts link to Iran-backed militias claimed the bombing.";
  EXPECT_EQ(perpetrator(text), "A little-known group");
  EXPECT_EQ(attribution(text), Attribution::claimed);
}

TEST(ActorFinder, AttackByNamesTheAttacker) {
  EXPECT_EQ(perpetrator("Soldiers fought off an assault by jihadist fighters on their camp."), "jihadist fighters");
}

TEST(ActorFinder, NotEveryByIsAnActor) {
  EXPECT_EQ(perpetrator("A video posted by Karam shows rockets being intercepted."), "none");
  EXPECT_EQ(perpetrator("A message published by the embassy said no one was hurt."), "none");
}

TEST(ActorFinder, Targets) {
  EXPECT_EQ(target("The U.S. Embassy in Baghdad, Iraq, was attacked on Sunday night."), "The U.S. Embassy");
  EXPECT_EQ(target("Two convoys carrying equipment for the U.S.-led coalition were hit with roadside bombs."),
            "the U.S.-led coalition");
  EXPECT_EQ(target("Militants launched an attack on government forces overnight."), "government forces");
  EXPECT_EQ(target("The group fired rockets targeting the Iraqi military."), "the Iraqi military");
  EXPECT_EQ(target("A strike killed terrorist Qassem Soleimani, officials said."), "Qassem Soleimani");
}

TEST(ActorFinder, SpecificHeadBeatsGenericAtTheSameAttribution) {
  const std::string text =
      "Officials blamed the attack on a group they did not name. The attackers were probably "
      "a local militia.";
  EXPECT_EQ(perpetrator(text), "a local militia");
}

TEST(ActorFinder, StrongerAttributionWins) {
  const std::string text = "Police suspected local gunmen, but the Islamic State group claimed responsibility.";
  EXPECT_EQ(perpetrator(text), "the Islamic State group");
  EXPECT_EQ(attribution(text), Attribution::claimed);
}

TEST(ActorFinder, AnAccusationOfTheAttackMakesASuspect) {
  const std::string text = "The army accused the Rapid Support Forces of launching the drone.";
  EXPECT_EQ(perpetrator(text), "the Rapid Support Forces");
  EXPECT_EQ(attribution(text), Attribution::suspected);
  EXPECT_EQ(perpetrator("An adviser accused the army of trying to hide its own mistakes."), "none");
}

TEST(ActorFinder, BelievedToHaveCarriedOutBy) {
  const std::string text =
      "Investigators believe the attack was carried out by the Santa Rosa de Lima cartel, a security official said.";
  EXPECT_EQ(perpetrator(text), "the Santa Rosa de Lima cartel");
  EXPECT_EQ(attribution(text), Attribution::suspected);
}

TEST(ActorFinder, SpeakingForItsFightersIsAClaim) {
  const std::string text =
      "The al-Qaeda-linked group al-Shabaab said in a statement on one of its radio stations that its fighters had "
      "carried out the attack.";
  EXPECT_EQ(perpetrator(text), "al-Shabaab");
  EXPECT_EQ(attribution(text), Attribution::claimed);
  EXPECT_EQ(perpetrator("The ministry said its staff had been evacuated."), "none");
}

TEST(ActorFinder, ConfirmedAnywhereInTheClause) {
  const std::string text = "The M23 confirmed in a statement that its fighters were behind the offensive.";
  EXPECT_EQ(perpetrator(text), "The M23");
  EXPECT_EQ(attribution(text), Attribution::confirmed);
}

TEST(ActorFinder, AGangIsAnActor) {
  const std::string text = "The 400 Mawozo gang claimed the kidnapping in a video.";
  EXPECT_EQ(perpetrator(text), "The 400 Mawozo gang");
  EXPECT_EQ(attribution(text), Attribution::claimed);
  EXPECT_EQ(perpetrator("A mob burned to death 13 suspected gang members."), "none")
      << "the counted suspects are the victims";
}

TEST(ActorFinder, ANationsWeaponsAreItsForces) {
  EXPECT_EQ(perpetrator("Russian artillery struck residential buildings on Monday."), "Russian forces");
  EXPECT_EQ(perpetrator("Later, Israeli aircraft struck targets across the strip."), "Israeli forces");
  EXPECT_EQ(perpetrator("Heavy artillery struck the town."), "none");
}

TEST(ActorFinder, OffsetsCoverThePhrase) {
  const std::string text = "Officials blamed the attack on a banned armed group.";
  const auto found = actors_in(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start), "a banned armed group");
}

}  // namespace
}  // namespace incimap::geo
