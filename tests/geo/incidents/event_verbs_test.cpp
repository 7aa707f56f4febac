#include "geo/incidents/event_verbs.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "geo/incidents/event_detector.hpp"
#include "words_fixture.hpp"

namespace incimap::geo {
namespace {

std::vector<std::string> forms_of(std::string_view lemma) {
  const auto verbs = event_verbs();
  const auto it = std::find_if(verbs.begin(), verbs.end(), [&](const EventVerb& v) { return v.lemma == lemma; });
  EXPECT_NE(it, verbs.end()) << lemma;
  return it == verbs.end() ? std::vector<std::string>{} : inflections(*it);
}

std::optional<SubEventType> asserted_event(const std::string& sentence) {
  const auto m = strongest_event(detect_events(testing::words_of(sentence)));
  return m ? std::optional(m->sub_event) : std::nullopt;
}

TEST(EventVerbs, RegularInflectionsFollowEnglishSpelling) {
  EXPECT_EQ(forms_of("capture"), (std::vector<std::string>{"capture", "captures", "captured", "capturing"}));
  EXPECT_EQ(forms_of("stab"), (std::vector<std::string>{"stab", "stabs", "stabbed", "stabbing"}));
  EXPECT_EQ(forms_of("target"), (std::vector<std::string>{"target", "targets", "targeted", "targeting"}));
  EXPECT_EQ(forms_of("occupy"), (std::vector<std::string>{"occupy", "occupies", "occupied", "occupying"}));
  EXPECT_EQ(forms_of("ambush"), (std::vector<std::string>{"ambush", "ambushes", "ambushed", "ambushing"}));
}

TEST(EventVerbs, IrregularPastAndParticipleAreTheirOwn) {
  EXPECT_EQ(forms_of("shoot"), (std::vector<std::string>{"shoot", "shoots", "shot", "shooting"}));
  EXPECT_EQ(forms_of("slay"), (std::vector<std::string>{"slay", "slays", "slew", "slain", "slaying"}));
  EXPECT_EQ(forms_of("overrun"), (std::vector<std::string>{"overrun", "overruns", "overran", "overrunning"}));
}

TEST(EventVerbs, EveryFormActiveOrPassiveReportsTheEvent) {
  EXPECT_EQ(asserted_event("Rebels captured the town of Kabgayi on Thursday."),
            SubEventType::non_state_actor_overtakes_territory);
  EXPECT_EQ(asserted_event("The town was captured by rebels on Thursday."),
            SubEventType::non_state_actor_overtakes_territory);
  EXPECT_EQ(asserted_event("A policeman was fatally shot in Lima."), SubEventType::attack);
  EXPECT_EQ(asserted_event("Thousands demonstrated in Istanbul."), SubEventType::peaceful_protest);
  EXPECT_EQ(asserted_event("Students are marching through the capital."), SubEventType::peaceful_protest);
  EXPECT_EQ(asserted_event("Police detained 12 people."), SubEventType::arrests);
  EXPECT_EQ(asserted_event("Gunmen gunned down a judge."), SubEventType::attack);
  EXPECT_EQ(asserted_event("Militants blew up a bridge."), SubEventType::remote_explosive_landmine_ied);
}

TEST(EventVerbs, RetakingTerritoryIsTheGovernmentRegainingIt) {
  EXPECT_EQ(asserted_event("The army retook Palmyra."), SubEventType::government_regains_territory);
  EXPECT_EQ(asserted_event("Troops recaptured the airport."), SubEventType::government_regains_territory);
  EXPECT_EQ(asserted_event("Government forces took control of the district."),
            SubEventType::non_state_actor_overtakes_territory);
}

TEST(EventVerbs, TheBareVerbAfterToIsAnIntention) {
  EXPECT_EQ(asserted_event("Troops are preparing to storm the town."), std::nullopt);
  EXPECT_EQ(asserted_event("The group vowed to capture the city."), std::nullopt);
  // People protest by marching.
  EXPECT_EQ(asserted_event("Thousands marched to protest the law."), SubEventType::peaceful_protest);
}

TEST(EventVerbs, TheBareVerbAfterADeterminerIsANoun) {
  EXPECT_EQ(asserted_event("The storm flooded the valley."), std::nullopt);
  EXPECT_EQ(asserted_event("The target was a bank."), std::nullopt);
  // Unless the noun itself names an event.
  EXPECT_EQ(asserted_event("The raid left two dead."), SubEventType::armed_clash);
}

TEST(EventVerbs, PresentTenseFormsAreKnown) {
  EXPECT_TRUE(is_present_tense_event_verb("kidnaps"));
  EXPECT_TRUE(is_present_tense_event_verb("kill"));
  EXPECT_FALSE(is_present_tense_event_verb("killed"));
  EXPECT_TRUE(is_event_verb_form("killed"));
  EXPECT_FALSE(is_event_verb_form("visited"));
}

}  // namespace
}  // namespace incimap::geo
