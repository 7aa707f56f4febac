#include "geo/incidents/event_detector.hpp"

#include <gtest/gtest.h>

#include <string>

#include "words_fixture.hpp"

namespace incimap::geo {
namespace {

std::optional<SubEventType> event_in(const std::string& sentence) {
  const auto mention = strongest_event(detect_events(testing::words_of(sentence)));
  if (!mention) return std::nullopt;
  return mention->sub_event;
}

TEST(EventDetector, TheMeansNamesTheEvent) {
  EXPECT_EQ(event_in("The embassy was attacked on Sunday and eight rockets hit the compound."),
            SubEventType::shelling_artillery_missile_attack);
  EXPECT_EQ(event_in("Two convoys were hit with roadside bombs."), SubEventType::remote_explosive_landmine_ied);
  EXPECT_EQ(event_in("An air-strike destroyed the depot."), SubEventType::air_drone_strike);
  EXPECT_EQ(event_in("A drone strike killed two men."), SubEventType::air_drone_strike);
  EXPECT_EQ(event_in("A grenade was thrown into the market."), SubEventType::grenade);
  EXPECT_EQ(event_in("Katyusha Rockets and mortar shells landed nearby."),
            SubEventType::shelling_artillery_missile_attack);
}

TEST(EventDetector, WhatSuspectsAreHeldForIsNotTheEvent) {
  EXPECT_EQ(event_in("Police arrest four suspects over Peshawar roadside bombing"), SubEventType::arrests);
  EXPECT_EQ(event_in("Police arrested two men suspected of planting the bomb that struck a van."),
            SubEventType::arrests);
  EXPECT_EQ(event_in("Three men were charged in connection with the suicide bombing."), std::nullopt)
      << "a charge is not an arrest, and the bombing is not new";
  EXPECT_EQ(event_in("Over the weekend, an air strike hit the depot."), SubEventType::air_drone_strike)
      << "'over' as a time is no charge";
  EXPECT_EQ(event_in("Police arrested 15 suspects over the weekend."), SubEventType::arrests);
}

TEST(EventDetector, ProtestersAndAMarchTogetherNameAProtestAsSurelyAsTheWordProtest) {
  auto specificity_of = [](const std::string& sentence) {
    const auto mention = strongest_event(detect_events(testing::words_of(sentence)));
    return mention ? std::optional(mention->specificity) : std::nullopt;
  };
  EXPECT_EQ(specificity_of("The protesters marched through the city during the day."), Specificity::specific);
  EXPECT_EQ(specificity_of("The band marched through the city during the day."), Specificity::family)
      << "a march alone may be a parade";
}

TEST(EventDetector, CapturingPeopleIsAnArrestNotTerritory) {
  EXPECT_EQ(event_in("Rebels captured two soldiers near the border."), SubEventType::arrests);
  EXPECT_NE(event_in("Gunmen seized hundreds of hostages in a hospital."),
            SubEventType::non_state_actor_overtakes_territory);
  EXPECT_EQ(event_in("He was captured after a manhunt."), SubEventType::arrests);
  EXPECT_EQ(event_in("Rebels captured the town on Sunday."), SubEventType::non_state_actor_overtakes_territory);
  EXPECT_EQ(event_in("The base was captured by militants."), SubEventType::non_state_actor_overtakes_territory)
      << "the agent after 'by' is not what was captured";
}

TEST(EventDetector, AnArrestWarrantOrHouseArrestIsNoArrest) {
  EXPECT_EQ(event_in("A court issued an arrest warrant for the governor."), std::nullopt);
  EXPECT_EQ(event_in("The former minister remains under house arrest."), std::nullopt);
}

TEST(EventDetector, LongestPhraseWins) {
  EXPECT_EQ(event_in("A suicide car bomb exploded at the gate."), SubEventType::suicide_bomb);
  EXPECT_EQ(event_in("A car bomb exploded at the gate."), SubEventType::remote_explosive_landmine_ied);
}

TEST(EventDetector, GenericWordsGiveTheGenericType) {
  EXPECT_EQ(event_in("Gunmen attacked a village, killing four."), SubEventType::attack);
  EXPECT_EQ(event_in("Rebels and soldiers clashed near the border."), SubEventType::armed_clash);
}

TEST(EventDetector, ThreatsPlansAndConditionsAreNotEvents) {
  EXPECT_FALSE(event_in("The group has threatened to attack the embassy."));
  EXPECT_FALSE(event_in("Officials warned that militants could launch rocket attacks."));
  EXPECT_FALSE(event_in("If the talks fail, the army may resume shelling."));
  EXPECT_FALSE(event_in("The militia plans to attack the base."));
  EXPECT_FALSE(event_in("Police foiled a planned attack on the base."));
}

TEST(EventDetector, AnEventRankedAfterItIsToldIsStillTheEvent) {
  EXPECT_EQ(event_in("A soldier was shot dead on Tuesday, the first fatality for the force since March."),
            SubEventType::attack);
  EXPECT_FALSE(event_in("It was the third attack on the base since March."))
      << "an ordinal before the trigger counts events";
}

TEST(EventDetector, APlanWordQualifyingAnotherNounLeavesTheEventAsserted) {
  EXPECT_EQ(event_in("Guerrillas attacked the site of a planned oil refinery, killing nine people."),
            SubEventType::attack);
}

TEST(EventDetector, DenialsAreNotEvents) {
  EXPECT_FALSE(event_in("The ministry denied that any airstrike took place."));
  EXPECT_FALSE(event_in("There was no attack on the convoy."));
  EXPECT_FALSE(event_in("Police said there wasn't a bombing."));
}

TEST(EventDetector, GenericStatementsAreNotEvents) {
  const auto mentions = detect_events(
      testing::words_of("These sorts of attacks on diplomatic facilities are a direct assault on sovereignty."));
  ASSERT_FALSE(mentions.empty());
  EXPECT_FALSE(strongest_event(mentions));
  for (const EventMention& m : mentions) EXPECT_EQ(m.status, MentionStatus::generic);
  EXPECT_FALSE(event_in("It was the third attack on the base since October."));
  EXPECT_FALSE(event_in("The official condemned the attacks."));
}

TEST(EventDetector, AGeneralMentionFramesOnlyTheWordsAfterIt) {
  EXPECT_TRUE(event_in("About 30 people were killed in these airstrikes, activists said."))
      << "'these airstrikes' points back at the strikes that killed them";
  const auto framed = detect_events(testing::words_of("Such attacks have killed hundreds of people this year."));
  ASSERT_FALSE(framed.empty());
  for (const EventMention& m : framed) EXPECT_EQ(m.status, MentionStatus::generic);
}

TEST(EventDetector, AThreatToldAfterAnEventLeavesTheEventTold) {
  EXPECT_TRUE(event_in("A string of bombings across the province killed 40 people on Friday after the group warned it "
                       "would mount new attacks."));
  EXPECT_TRUE(event_in("Insurgents used a mine to blow up the convoy, killing nine soldiers."))
      << "a purpose infinitive is no threat";
  EXPECT_FALSE(event_in("The group warned it would mount new attacks."));
}

TEST(EventDetector, ASingularAttackCondemnedIsStillTheEvent) {
  EXPECT_EQ(event_in("The official condemned the attack on the embassy."), SubEventType::attack);
}

TEST(EventDetector, NonViolentUsesAreNotTriggers) {
  EXPECT_FALSE(event_in("The senator died of a heart attack in March."));
  EXPECT_FALSE(event_in("Markets rallied in May after the central bank cut rates."));
}

TEST(EventDetector, RiotPoliceAndTheMonthOfMarchAreNotEvents) {
  EXPECT_FALSE(event_in("Riot police stood by as the crowd dispersed."));
  EXPECT_FALSE(event_in("In March, the council met twice."));
  EXPECT_EQ(event_in("The march ended peacefully."), SubEventType::peaceful_protest);
}

TEST(EventDetector, PetrolBombsAreRiotingNotRemoteExplosives) {
  EXPECT_EQ(event_in("Youths threw petrol bombs at the police station."), SubEventType::violent_demonstration);
}

TEST(EventDetector, BackgroundAfterSinceIsNotAnEvent) {
  EXPECT_FALSE(event_in("Violence has grown since the peace deal collapsed."));
  EXPECT_FALSE(event_in("The rebels violated the truce agreed in December."));
}

TEST(EventDetector, ProtestOutcomeDecidesTheSubType) {
  EXPECT_EQ(event_in("Thousands of protesters marched peacefully to parliament."), SubEventType::peaceful_protest);
  EXPECT_EQ(event_in("Police fired tear gas to disperse the protesters."), SubEventType::protest_with_intervention);
  EXPECT_EQ(event_in("Security forces shot dead three protesters."), SubEventType::excessive_force_against_protesters);
  EXPECT_EQ(event_in("Protesters clashed with police and threw stones."), SubEventType::violent_demonstration);
  // A killing the protest is about is no force used against it.
  EXPECT_EQ(event_in("Thousands gathered to protest against the killing of five youths."),
            SubEventType::peaceful_protest);
  EXPECT_EQ(event_in("Students marched over the killing of a teenager."), SubEventType::peaceful_protest);
}

TEST(EventDetector, AnAttackOnADemonstrationIsTheAttackUnlessTheStateUsedForce) {
  EXPECT_EQ(event_in("A suicide bomber blew himself up at a rally, killing 26 people."), SubEventType::suicide_bomb);
  EXPECT_EQ(event_in("Two bombs killed 103 civilians, targeting a peace rally."),
            SubEventType::remote_explosive_landmine_ied);
  EXPECT_EQ(event_in("Gunmen opened fire on a demonstration, killing five people."), SubEventType::attack);
  // Security forces, or no one named, firing on protesters: excessive force.
  EXPECT_EQ(event_in("Police opened fire on a demonstration, killing five people."),
            SubEventType::excessive_force_against_protesters);
  EXPECT_EQ(event_in("A man was shot dead at a demonstration."), SubEventType::excessive_force_against_protesters);
  // Protesting on a day, or against an attack, is a protest.
  EXPECT_EQ(event_in("Thousands marched on Saturday to protest the bombing of a mosque."),
            SubEventType::peaceful_protest);
  EXPECT_EQ(event_in("At least four demonstrators were killed."), SubEventType::excessive_force_against_protesters);
}

TEST(EventDetector, CuesForNewAndKnownEvents) {
  const auto mentions = detect_events(testing::words_of("In another attack, a bomb exploded."));
  ASSERT_FALSE(mentions.empty());
  EXPECT_EQ(mentions.front().cue, NewEventCue::separate);
  const auto back = detect_events(testing::words_of("The attack damaged the gate."));
  ASSERT_FALSE(back.empty());
  EXPECT_EQ(back.front().cue, NewEventCue::refers_back);
  const auto plain = detect_events(testing::words_of("Gunmen attacked the gate."));
  ASSERT_FALSE(plain.empty());
  EXPECT_EQ(plain.front().cue, NewEventCue::none);
}

TEST(EventDetector, OtherAndACapitalisedCueWordInsideTheSentence) {
  const auto other = detect_events(testing::words_of("Two other explosions killed four people."));
  ASSERT_FALSE(other.empty());
  EXPECT_EQ(other.front().cue, NewEventCue::separate);
  // "New" opens a town's name here, it says nothing of the bomber.
  const auto name = detect_events(testing::words_of("The accused New York bomber pleaded not guilty."));
  ASSERT_FALSE(name.empty());
  EXPECT_EQ(name.front().cue, NewEventCue::none);
}

TEST(EventDetector, MentionOffsetsPointAtTheTrigger) {
  const std::string text = "Overnight, a roadside bomb struck a patrol.";
  const auto mentions = detect_events(testing::words_of(text));
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(text.substr(mentions[0].start, mentions[0].end - mentions[0].start), "roadside bomb");
}

TEST(EventDetector, FightingThatAnAgreementEndsIsNoClash) {
  EXPECT_FALSE(event_in("Ethiopia and Tigray forces agree to end fighting"));
  EXPECT_FALSE(event_in("The two sides signed a pledge to halt the clashes."));
  EXPECT_EQ(event_in("Fighting resumed near the airport on Monday."), SubEventType::armed_clash);
}

TEST(EventDetector, PresentTenseInARelativeClauseIsAHabitNotAnEvent) {
  const auto mentions =
      detect_events(testing::words_of("Residents are tired of gangs that kidnap, extort and kill with impunity."));
  ASSERT_EQ(mentions.size(), 2u);  // kidnap, kill
  for (const auto& m : mentions) EXPECT_EQ(m.status, MentionStatus::generic);
  EXPECT_FALSE(event_in("She warned of a militia which attacks convoys on the highway."));
  EXPECT_EQ(event_in("The gang that kidnapped five passengers released them."),
            SubEventType::abduction_forced_disappearance);
  EXPECT_EQ(event_in("Police said that attacks on the convoy killed two drivers."), SubEventType::attack)
      << "'that' after a verb of saying opens what was said";
}

TEST(EventDetector, AStrikeOnATargetIsRemoteViolence) {
  EXPECT_EQ(event_in("Earlier this month, a strike on a tram depot killed three workers."),
            SubEventType::shelling_artillery_missile_attack);
  EXPECT_FALSE(event_in("Dock workers went on strike on Monday."));
  EXPECT_FALSE(event_in("A general strike on Friday closed shops across the city."));
  EXPECT_FALSE(event_in("Unions called a strike on Tuesday over pay."));
}

TEST(EventDetector, AircraftThatStrikeMakeAnAirStrike) {
  EXPECT_EQ(event_in("At least 14 people were killed when a drone struck a vegetable market."),
            SubEventType::air_drone_strike);
  EXPECT_EQ(event_in("Jets bombed the village at dawn."), SubEventType::air_drone_strike);
  EXPECT_EQ(event_in("Rockets hit the town as Israeli jets strike Gaza City"),
            SubEventType::shelling_artillery_missile_attack)
      << "the first of two specific means";
  EXPECT_EQ(event_in("Israeli jets strike Gaza City"), SubEventType::air_drone_strike);
  EXPECT_EQ(event_in("Residents said the bombed village was empty."), SubEventType::remote_explosive_landmine_ied);
}

TEST(EventDetector, AnEarlierEventRecalledAsBackgroundIsNotThisOne) {
  EXPECT_EQ(event_in("Thousands marched in Beirut on Friday to demand justice, three years after the blast killed "
                     "more than 220 people."),
            SubEventType::peaceful_protest);
  EXPECT_EQ(event_in("Thousands marched in Beirut on Friday after police killed a protester."),
            SubEventType::excessive_force_against_protesters)
      << "without a length of time, 'after' tells what just happened";
}

TEST(EventDetector, TheVictimsOfThisEventAreNotEventsInGeneral) {
  EXPECT_EQ(event_in("Two police guards were also among those killed."), SubEventType::attack);
  EXPECT_FALSE(event_in("Those attacks must stop, the minister said."));
}

TEST(EventDetector, WeaponsThrownAtTheSecurityForces) {
  EXPECT_TRUE(throws_at_security_forces(
      testing::words_of("31 soldiers were wounded, some by hand grenades thrown at troops guarding the building.")));
  EXPECT_TRUE(throws_at_security_forces(testing::words_of("Youths threw stones at the police.")));
  EXPECT_FALSE(throws_at_security_forces(testing::words_of("A grenade was thrown into the market.")));
  EXPECT_FALSE(throws_at_security_forces(testing::words_of("Gunmen fired at troops near the bridge.")));
}

}  // namespace
}  // namespace incimap::geo

namespace incimap::geo {
namespace {

TEST(EventDetector, ACapitalisedTriggerInsideANameIsNoEvent) {
  EXPECT_FALSE(event_in("Officials of the Tigray People's Liberation Front met envoys."));
  EXPECT_FALSE(event_in("Shares of Royal Dutch Shell rose on the news from the oil markets."));
  // A headline capitalises every word.
  EXPECT_EQ(event_in("Rebels Attack Army Base In North"), SubEventType::attack);
}

TEST(EventDetector, EventsCountedOrComparedAreATally) {
  EXPECT_FALSE(event_in("Guanajuato has recorded more murders than any other state."));
  EXPECT_FALSE(event_in("The province registered 40 kidnappings this year."));
}

}  // namespace
}  // namespace incimap::geo

namespace incimap::geo {
namespace {

TEST(EventStatusChecks, AnAccidentOrDisasterIsNoEvent) {
  EXPECT_FALSE(event_in("A bus crash killed 12 people near Lahore on Monday."));
  EXPECT_FALSE(event_in("Five people were killed when a building collapsed after the earthquake."));
  // A bomb in the same sentence is still the means of an attack.
  EXPECT_EQ(event_in("A car bomb killed 12 people after the crash on the highway."),
            SubEventType::remote_explosive_landmine_ied);
}

TEST(EventStatusChecks, SportBorrowsTheWordsOfViolence) {
  EXPECT_FALSE(event_in("The striker shot the ball past the keeper in Madrid."));
  EXPECT_FALSE(event_in("Owen captured two headed goals as England beat Slovakia."));
}

TEST(EventStatusChecks, AnAbstractTargetIsAMetaphor) {
  EXPECT_FALSE(event_in("Critics attacked the budget plan in Paris on Monday."));
  EXPECT_EQ(event_in("Gunmen attacked the convoy in Paris on Monday."), SubEventType::attack);
}

TEST(EventStatusChecks, AWarsRunningTollIsNoEvent) {
  EXPECT_FALSE(event_in("The war has killed more than 10,000 people in Yemen."));
  EXPECT_FALSE(event_in("The conflict has wounded thousands."));
}

TEST(EventStatusChecks, APastEventNamedOrRememberedIsNoEvent) {
  EXPECT_FALSE(event_in("A ceremony was held in Kabul for the victims of the bombing."));
  EXPECT_FALSE(event_in("Officials recalled the 2017 bombing at the market."));
  // People demonstrating to mark an anniversary are the event.
  EXPECT_EQ(event_in("Thousands demonstrated in Minsk to mark the anniversary of the disaster."),
            SubEventType::peaceful_protest);
}

}  // namespace
}  // namespace incimap::geo
