#include "geo/incidents/casualty_counter.hpp"

#include <gtest/gtest.h>

#include <string>

#include "words_fixture.hpp"

namespace incimap::geo {
namespace {

CasualtyTally tally(const std::string& sentence) {
  return tally_casualties(count_casualties(testing::words_of(sentence)), sentence);
}

TEST(CasualtyCounter, CountsBeforeTheOutcome) {
  EXPECT_EQ(tally("Five people were killed in the blast.").fatalities, 5u);
  EXPECT_EQ(tally("The attack left one woman dead.").fatalities, 1u);
  EXPECT_EQ(tally("At least 12 civilians died.").fatalities, 12u);
  EXPECT_EQ(tally("Twenty-five soldiers were wounded.").injuries, 25u);
  EXPECT_EQ(tally("There was at least one Iraqi civilian casualty.").casualties, 1u);
  EXPECT_EQ(tally("The headline reported 1 casualty.").casualties, 1u);
  EXPECT_EQ(tally("A policeman was killed at the gate.").fatalities, 1u);
}

TEST(CasualtyCounter, CountsAfterTheVerb) {
  const CasualtyTally t = tally("The bomb exploded, killing 1,200 people and wounding two hundred others.");
  EXPECT_EQ(t.fatalities, 1200u);
  EXPECT_EQ(t.injuries, 200u);
  EXPECT_EQ(tally("Shelling killed at least three and injured a dozen.").injuries, 12u);
}

TEST(CasualtyCounter, ANamedPersonKilledIsOne) {
  EXPECT_EQ(tally("The strike killed militia commander Karim Haddad.").fatalities, 1u);
}

TEST(CasualtyCounter, ANamedPersonSaidToBeKilledOrWoundedIsOne) {
  EXPECT_EQ(tally("Karim Haddad was killed in front of his shop.").fatalities, 1u);
  EXPECT_EQ(tally("Journalist Karim Haddad was shot dead on Monday.").fatalities, 1u);
  EXPECT_EQ(tally("Karim Haddad, a trader from the old city, was reportedly killed.").fatalities, 1u);
  EXPECT_EQ(tally("Karim Haddad was fatally shot outside his home.").fatalities, 1u);
  EXPECT_EQ(tally("Karim Haddad was wounded by shrapnel.").injuries, 1u);
  // One capitalised word may be a sentence's first; a name must be the subject.
  EXPECT_FALSE(tally("He was killed.").fatalities);
  EXPECT_FALSE(tally("Karim Haddad said a man was shot.").fatalities);
}

TEST(CasualtyCounter, NoneIsZero) {
  const CasualtyTally t = tally("There was minor damage but no injuries or casualties.");
  EXPECT_EQ(t.injuries, 0u);
  EXPECT_EQ(t.casualties, 0u);
  EXPECT_FALSE(t.fatalities);
  EXPECT_EQ(tally("No one was killed.").fatalities, 0u);
  EXPECT_EQ(tally("Nobody was hurt in the explosion.").injuries, 0u);
  EXPECT_EQ(tally("There were no reports of casualties.").casualties, 0u);
}

TEST(CasualtyCounter, CoordinatedCountsAddUp) {
  EXPECT_EQ(tally("The city said 27 officers and 14 civilians were injured.").injuries, 41u);
  EXPECT_EQ(tally("Three officers suffered minor injuries.").injuries, 3u);
  EXPECT_EQ(tally("The rocket landed without causing casualties.").casualties, 0u);
}

TEST(CasualtyCounter, PeopleAfterTheVerbAddUp) {
  EXPECT_EQ(tally("Mortar shells hit the palace, wounding two guards and a woman selling tea.").injuries, 3u);
  EXPECT_EQ(tally("The bomb exploded as the van passed, wounding six policemen and a passer-by.").injuries, 7u);
  const CasualtyTally t = tally("Gunmen opened fire, killing four men and wounding two women.");
  EXPECT_EQ(t.fatalities, 4u);
  EXPECT_EQ(t.injuries, 2u);
  EXPECT_EQ(tally("The strike killed two soldiers and a dozen goats.").fatalities, 2u) << "only people are counted";
}

TEST(CasualtyCounter, NoneOfAGroupIsZero) {
  EXPECT_EQ(tally("The mission said none of its troops had been hurt.").injuries, 0u);
  EXPECT_EQ(tally("None of the passengers were injured.").injuries, 0u);
}

TEST(CasualtyCounter, KilledInOtherWords) {
  EXPECT_EQ(tally("A mob beat and burned to death at least 13 suspected gang members.").fatalities, 13u);
  EXPECT_EQ(tally("Gunmen on a motorcycle shot dead a local council official.").fatalities, 1u);
  EXPECT_EQ(tally("Security forces shot dead three protesters.").fatalities, 3u);
  EXPECT_EQ(tally("Five protesters were shot dead.").fatalities, 5u);
  EXPECT_FALSE(tally("A court sentenced to death three men.").fatalities);
}

TEST(CasualtyCounter, ShotInALimbIsWounded) {
  EXPECT_EQ(tally("The driver was shot in the leg and is being treated.").injuries, 1u);
  EXPECT_EQ(tally("A guard was shot in his arm.").injuries, 1u);
  EXPECT_EQ(tally("Two policemen were shot in the legs.").injuries, 2u);
  EXPECT_FALSE(tally("The driver was shot in the head.").injuries) << "a head wound says neither";
  EXPECT_FALSE(tally("The driver was shot in the leg.").fatalities);
  EXPECT_FALSE(tally("The film was shot in the back streets of the city.").injuries) << "not a person";
}

TEST(CasualtyCounter, ACountOfBothSides) {
  EXPECT_EQ(tally("At least 40 fighters from both sides have been killed.").fatalities, 40u);
}

TEST(CasualtyCounter, NumberOfDeadIsAToll) {
  EXPECT_EQ(tally("The health ministry later put the number of dead at nine.").fatalities, 9u);
  EXPECT_EQ(tally("The number of wounded rose to 31.").injuries, 31u);
}

TEST(CasualtyCounter, TheTollOfAnEarlierEventIsNotCounted) {
  const CasualtyTally t = tally(
      "Thousands marched in Beirut for the victims, three years after the blast killed more than 220 people.");
  EXPECT_FALSE(t.fatalities);
  EXPECT_EQ(tally("Two days after the bombing, gunmen killed three guards.").fatalities, 3u);
}

TEST(CasualtyCounter, DeathToll) { EXPECT_EQ(tally("The death toll rose to 31 on Monday.").fatalities, 31u); }

TEST(CasualtyCounter, VagueQuantitiesCountTheLeastTheyMeanAndSaySo) {
  const CasualtyTally t = tally("Dozens were wounded when the market was shelled.");
  EXPECT_EQ(t.injuries, 24u);
  EXPECT_NE(t.note.find("“Dozens were wounded”"), std::string::npos) << t.note;
  EXPECT_EQ(tally("Several soldiers were killed.").fatalities, 3u);
  EXPECT_FALSE(tally("Many people were hurt.").injuries) << "'many' gives no count";
}

TEST(CasualtyCounter, ThingsAndDatesAreNotPeople) {
  EXPECT_FALSE(tally("Two rockets killed a cow.").fatalities);
  EXPECT_FALSE(tally("Eight rockets hit the compound.").fatalities);
  EXPECT_FALSE(tally("On January 5 killed soldiers were buried.").fatalities);
  EXPECT_FALSE(tally("Since 2003 dead soldiers have been honoured.").fatalities);
}

TEST(CasualtyCounter, ConflictingReportsKeepTheHigherAndQuoteBoth) {
  const std::string text =
      "The embassy said there were no casualties. The minister said two people were killed "
      "and there was at least one civilian casualty.";
  const CasualtyTally t = tally_casualties(count_casualties(testing::words_of(text)), text);
  EXPECT_EQ(t.casualties, 1u);
  EXPECT_EQ(t.fatalities, 2u);
  EXPECT_NE(t.note.find("“no casualties”"), std::string::npos) << t.note;
  EXPECT_NE(t.note.find("“at least one civilian casualty”"), std::string::npos) << t.note;
  EXPECT_NE(t.note.find("higher count is kept"), std::string::npos) << t.note;
}

CasualtyTally tally_of_text(const std::string& text) {
  return tally_casualties(count_casualties(testing::words_of(text)), text);
}

TEST(CasualtyCounter, DeathsOnDifferentSidesAddUpAndSaySo) {
  const CasualtyTally t = tally_of_text("Two soldiers were killed in the clash. One of the fighters was killed.");
  EXPECT_EQ(t.fatalities, 3u);
  EXPECT_NE(t.note.find("added up"), std::string::npos) << t.note;
  EXPECT_EQ(tally_of_text("Three soldiers were killed. Four civilians were killed in the crossfire.").fatalities, 7u);
}

TEST(CasualtyCounter, VersionsOfOneSidesCountDoNotAddUp) {
  const CasualtyTally t =
      tally_of_text("Two soldiers were killed, the army said. Locals said four soldiers were killed.");
  EXPECT_EQ(t.fatalities, 4u);
  EXPECT_NE(t.note.find("reports differ"), std::string::npos) << t.note;
}

TEST(CasualtyCounter, AnUnnamedTotalThatCoversTheSidesIsTheCount) {
  const std::string text = "Ten people were killed. Two soldiers were killed and three rebels were killed.";
  EXPECT_EQ(tally_of_text(text).fatalities, 10u) << "the ten include the soldiers and the rebels";
}

TEST(CasualtyCounter, ADetailClauseInsideTheCountIsSkipped) {
  EXPECT_EQ(tally("At least 26 Palestinians, among them nine children, had been killed.").fatalities, 26u);
  EXPECT_EQ(tally("Five villagers, including two women, were wounded.").injuries, 5u);
}

TEST(CasualtyCounter, QuotedEnemyDeadCountOnTheirSide) {
  const CasualtyTally t =
      tally_of_text("Eleven soldiers were killed, while the army said it had killed \"dozens of terrorists\".");
  EXPECT_EQ(t.fatalities, 35u) << t.note;
  EXPECT_NE(t.note.find("the least it can mean"), std::string::npos) << t.note;
}

TEST(CasualtyCounter, AWoundThatKilledIsADeath) {
  const CasualtyTally t = tally_of_text("A policeman was shot in the chest and died in hospital.");
  EXPECT_EQ(t.fatalities, 1u);
  EXPECT_FALSE(t.injuries);
  EXPECT_EQ(tally("Two soldiers were shot in the back and killed.").fatalities, 2u);
}

TEST(CasualtyCounter, APhraseCountingTwoSidesIsATotalNotASide) {
  const std::string text = "The blast killed two soldiers and three civilians. The three civilians killed were in a bus.";
  EXPECT_EQ(tally_of_text(text).fatalities, 5u) << "not 5 + 3";
}

TEST(CasualtyCounter, HoldingATownOverDaysIsNoCharge) {
  EXPECT_EQ(tally("Troops held the town over two days and killed 30 villagers.").fatalities, 30u);
}

TEST(CasualtyCounter, AgreeingReportsLeaveNoNote) {
  const std::string text = "Three people died. The death toll stands at three.";
  const CasualtyTally t = tally_casualties(count_casualties(testing::words_of(text)), text);
  EXPECT_EQ(t.fatalities, 3u);
  EXPECT_TRUE(t.note.empty()) << t.note;
}

TEST(CasualtyCounter, ReportOffsetsQuoteThePhrase) {
  const std::string text = "Officials said at least 7 people were injured.";
  const auto reports = count_casualties(testing::words_of(text));
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(text.substr(reports[0].start, reports[0].end - reports[0].start), "at least 7 people were injured");
}

}  // namespace
}  // namespace incimap::geo
