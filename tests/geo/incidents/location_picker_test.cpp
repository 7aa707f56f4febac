#include "geo/incidents/location_picker.hpp"
#include "geo/incidents/location_ranker.hpp"

#include <gtest/gtest.h>

#include <string>

#include "place_fixtures.hpp"

namespace incimap::geo {
namespace {

using testing::Gazetteer;

TextSpan span_of(const std::string& text, std::string_view phrase) {
  const std::uint32_t start = testing::offset_of(text, phrase);
  return {start, start + static_cast<std::uint32_t>(phrase.size())};
}

const std::vector<Gazetteer> kGazetteer = {{"U.S. Embassy", testing::us_embassy_baghdad()},
                                           {"Baghdad", testing::baghdad()},
                                           {"Iraq", testing::iraq()},
                                           {"Iraqi", testing::iraq(), MentionKind::demonym},
                                           {"Iran", testing::iran()},
                                           {"United States", testing::united_states()},
                                           {"Mosul", testing::mosul()}};

TEST(LocationPicker, MostSpecificPlaceInTheEventSentence) {
  const std::string text = "Rockets hit the U.S. Embassy in Baghdad, Iraq.";
  const auto mentions = testing::mentions_in(text, kGazetteer);
  LocationScopes scopes;
  scopes.key_sentence = {0, static_cast<std::uint32_t>(text.size())};
  scopes.event_sentences = {scopes.key_sentence};
  const auto where = pick_location(text, mentions, scopes, focus_place(mentions));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->place.type, GeoType::landmark);
  EXPECT_EQ(where->precision, GeoPrecision::place);
  EXPECT_EQ(where->matched_text, "U.S. Embassy");
  EXPECT_EQ(where->matched_start, testing::offset_of(text, "U.S. Embassy"));
}

TEST(LocationPicker, NearAPlaceIsPrecisionTwo) {
  const std::string text = "A bomb exploded 20 km south of Mosul.";
  const auto mentions = testing::mentions_in(text, kGazetteer);
  LocationScopes scopes;
  scopes.key_sentence = {0, static_cast<std::uint32_t>(text.size())};
  scopes.event_sentences = {scopes.key_sentence};
  const auto where = pick_location(text, mentions, scopes, std::nullopt);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->place.name, "Mosul");
  EXPECT_EQ(where->precision, GeoPrecision::near);
}

// The precision picked for the one-sentence event `text` located at Mosul or Baghdad.
GeoPrecision precision_of_sentence(const std::string& text) {
  const auto mentions = testing::mentions_in(text, kGazetteer);
  LocationScopes scopes;
  scopes.key_sentence = {0, static_cast<std::uint32_t>(text.size())};
  scopes.event_sentences = {scopes.key_sentence};
  const auto where = pick_location(text, mentions, scopes, std::nullopt);
  return where ? where->precision : GeoPrecision::region;
}

TEST(LocationPicker, ByTheTownPhrasesArePrecisionTwo) {
  for (const char* text :
       {"A bomb exploded near the town of Mosul.", "Fighting raged west of the city of Mosul.",
        "A convoy was hit on the road to Mosul.", "A truck was hit on the road between Baghdad and Mosul.",
        "Jets struck a village in Mosul district.", "Shells fell on the area around Mosul.",
        "Clashes broke out on the southern edge of Mosul."}) {
    EXPECT_EQ(precision_of_sentence(text), GeoPrecision::near) << text;
  }
}

TEST(LocationPicker, InTheTownPhrasesStayPrecisionOne) {
  for (const char* text : {"A bomb exploded in the town of Mosul.", "Protesters marched in nearby Mosul.",
                           "Leaders in the nearby town of Mosul condemned the attack.",
                           "A bomb hit a market in Mosul, on the road to recovery.",
                           "Talks between Baghdad and Mosul officials broke down after the attack."}) {
    EXPECT_EQ(precision_of_sentence(text), GeoPrecision::place) << text;
  }
}

TEST(LocationPicker, OutskirtsOfAnUnnamedTownPlacesTheEventByTheFocusTown) {
  const std::string text =
      "Mosul was tense. Mosul police chief spoke. A bomb struck a bus on the outskirts of the city.";
  const auto mentions = testing::mentions_in(text, kGazetteer);
  LocationScopes scopes;
  scopes.key_sentence = span_of(text, "A bomb struck a bus on the outskirts of the city.");
  scopes.event_sentences = {scopes.key_sentence};
  const auto where = pick_location(text, mentions, scopes, focus_place(mentions));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->place.name, "Mosul");
  EXPECT_EQ(where->precision, GeoPrecision::near) << "by the town, not anywhere in its region";
}

TEST(LocationPicker, NearTheTownHallIsInTheTown) {
  const std::string text = "Mosul was tense. Mosul police chief spoke. A bomb exploded near the town hall.";
  const auto mentions = testing::mentions_in(text, kGazetteer);
  LocationScopes scopes;
  scopes.key_sentence = span_of(text, "A bomb exploded near the town hall.");
  scopes.event_sentences = {scopes.key_sentence};
  const auto where = pick_location(text, mentions, scopes, focus_place(mentions));
  ASSERT_TRUE(where);
  EXPECT_NE(where->precision, GeoPrecision::near) << "the town hall is in the town, not by it";
}

TEST(LocationPicker, PerpetratorsAndPossessivesAndDemonymsAreNotTheLocation) {
  const std::string text =
      "An Iran-backed militia fired at Iraqi troops, said Iran’s Revolutionary Guard. "
      "The attack was in Mosul.";
  const auto mentions = testing::mentions_in(text, kGazetteer);
  LocationScopes scopes;
  scopes.key_sentence = span_of(text, "An Iran-backed militia fired at Iraqi troops, said Iran’s Revolutionary Guard.");
  scopes.event_sentences = {scopes.key_sentence};
  scopes.paragraphs = {{0, static_cast<std::uint32_t>(text.size())}};
  scopes.excluded = {span_of(text, "An Iran-backed militia")};
  const auto where = pick_location(text, mentions, scopes, std::nullopt);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->place.name, "Mosul") << "found in the paragraph after the sentence gave nothing usable";
  EXPECT_EQ(where->precision, GeoPrecision::near);
}

TEST(LocationPicker, TargetPhrasesKeepLandmarksButNotNationalities) {
  const std::string text = "Rockets hit the U.S. Embassy. A convoy of the U.S. coalition was hit.";
  const auto mentions =
      testing::mentions_in(text, {{"U.S. Embassy", testing::us_embassy_baghdad()}, {"U.S.", testing::united_states()}});
  LocationScopes embassy;
  embassy.key_sentence = span_of(text, "Rockets hit the U.S. Embassy.");
  embassy.event_sentences = {embassy.key_sentence};
  embassy.targets = {span_of(text, "the U.S. Embassy")};
  const auto at_embassy = pick_location(text, mentions, embassy, std::nullopt);
  ASSERT_TRUE(at_embassy);
  EXPECT_EQ(at_embassy->place.type, GeoType::landmark);

  LocationScopes convoy;
  convoy.key_sentence = span_of(text, "A convoy of the U.S. coalition was hit.");
  convoy.event_sentences = {convoy.key_sentence};
  convoy.targets = {span_of(text, "the U.S. coalition")};
  EXPECT_FALSE(pick_location(text, mentions, convoy, std::nullopt)) << "the coalition's country is not the place";
}

TEST(LocationPicker, NothingTiedToTheEventFallsBackToTheFocusAtRegionPrecision) {
  const std::string text = "Baghdad was quiet. Officials in Baghdad met. Iraq's premier spoke. A drone strike hit.";
  const auto mentions = testing::mentions_in(text, kGazetteer);
  LocationScopes scopes;
  scopes.key_sentence = span_of(text, "A drone strike hit.");
  scopes.event_sentences = {scopes.key_sentence};
  const auto where = pick_location(text, mentions, scopes, focus_place(mentions));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->place.name, "Baghdad");
  EXPECT_EQ(where->precision, GeoPrecision::region);
}

TEST(LocationPicker, FocusIsTheLoudestCountrysMostNamedPlace) {
  const std::string text =
      "A U.S. official, a U.S. diplomat and U.S. troops visited Mosul and Baghdad. "
      "Iraqi police in Mosul said the Iraqi army left Mosul.";
  const auto mentions = testing::mentions_in(text, {{"U.S.", testing::united_states()},
                                                    {"Mosul", testing::mosul()},
                                                    {"Baghdad", testing::baghdad()},
                                                    {"Iraqi", testing::iraq(), MentionKind::demonym}});
  const auto focus = focus_place(mentions);
  ASSERT_TRUE(focus);
  EXPECT_EQ(mentions[*focus].place->name, "Mosul");
}

TEST(LocationPicker, NoResolvedMentionsNoLocation) {
  const std::string text = "A bomb exploded somewhere.";
  LocationScopes scopes;
  scopes.key_sentence = {0, static_cast<std::uint32_t>(text.size())};
  scopes.event_sentences = {scopes.key_sentence};
  EXPECT_FALSE(focus_place({}));
  EXPECT_FALSE(pick_location(text, {}, scopes, std::nullopt));
}

}  // namespace
}  // namespace incimap::geo

namespace incimap::geo {
namespace {

// The scopes of a one-sentence text whose event words are `trigger`.
LocationScopes sentence_scopes(const std::string& text, std::string_view trigger) {
  LocationScopes scopes;
  scopes.key_sentence = {0, static_cast<std::uint32_t>(text.size())};
  scopes.trigger = span_of(text, trigger);
  scopes.event_sentences = {scopes.key_sentence};
  return scopes;
}

// One sentence, its event words at `trigger`.
std::optional<IncidentLocation> place_of_event(const std::string& text, std::string_view trigger,
                                               std::vector<PlaceMention> mentions) {
  std::sort(mentions.begin(), mentions.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  return pick_location(text, mentions, sentence_scopes(text, trigger), focus_place(mentions));
}

PlaceMention unresolved(const std::string& text, std::string_view name) {
  const std::uint32_t start = testing::offset_of(text, name);
  PlaceMention m;
  m.start = start;
  m.end = start + static_cast<std::uint32_t>(name.size());
  m.text = std::string(name);
  return m;
}

TEST(LocationPickerTrigger, TheTownTiedToTheEventWordsWinsOverAnEarlierOne) {
  const std::string text = "As troops came under fire in Baghdad, rebels captured Mosul.";
  const auto where = place_of_event(text, "captured", testing::mentions_in(text, kGazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Mosul");
}

TEST(LocationPickerTrigger, ThePlaceAnOperationTargetedBeatsTheAreaItWasLaunchedIn) {
  const std::string text = "The militia launched an assault in Baghdad on Friday, targeting the U.S. Embassy.";
  const auto where = place_of_event(text, "launched", testing::mentions_in(text, kGazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "U.S. Embassy");
}

TEST(LocationPickerTrigger, ATownElsewhereInTheSentenceDoesNotPullTheEventOutOfTheCountryItIsTiedTo) {
  const std::string text = "Bombs killed 14 people in Iran on Saturday as the United States ambassador in Baghdad spoke.";
  auto mentions = testing::mentions_in(text, kGazetteer);
  const auto where = place_of_event(text, "killed", mentions);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Iran");
}

// Mentions in text order are searched by binary search instead of walked:
// the same place for every scope of a long text, each incident's own.
TEST(LocationPicker, MentionsInTextOrderAreSearchedWithTheSameAnswerAsAWalk) {
  std::string text;
  std::vector<TextSpan> sentences;
  for (int i = 0; i < 40; ++i) {
    const std::uint32_t start = static_cast<std::uint32_t>(text.size());
    text += i % 3 == 0   ? "Officials in Baghdad met. "
            : i % 3 == 1 ? "A bomb exploded in Mosul, killing five people. "
                         : "Troops shelled a town in Iraq, near the U.S. Embassy. ";
    sentences.push_back({start, static_cast<std::uint32_t>(text.size())});
  }
  const auto mentions = testing::mentions_in(text, kGazetteer);
  ASSERT_GT(mentions.size(), 40u);
  for (std::size_t i = 1; i < sentences.size(); ++i) {
    LocationScopes scopes;
    scopes.key_sentence = sentences[i];
    scopes.event_sentences = {sentences[i]};
    scopes.detail_sentences = {sentences[i - 1]};
    scopes.paragraphs = {{sentences[i - 1].start, sentences[i].end}};
    scopes.excluded = {sentences[0]};
    const auto walked = pick_location(text, mentions, scopes, focus_place(mentions));
    scopes.mentions_in_text_order = true;
    const auto searched = pick_location(text, mentions, scopes, focus_place(mentions));
    ASSERT_EQ(walked.has_value(), searched.has_value()) << i;
    if (!walked) continue;
    EXPECT_EQ(walked->matched_text, searched->matched_text) << i;
    EXPECT_EQ(walked->matched_start, searched->matched_start) << i;
    EXPECT_TRUE(sentences[i].contains(searched->matched_start, searched->matched_end)) << i;
  }
}

TEST(LocationPickerTrigger, APlaceNamedNothingResolvesIsKeptWithoutCoordinates) {
  const std::string text = "Also bombed was the nearby village of Guermenshuk, where two people were killed.";
  const std::vector<PlaceMention> mentions = {unresolved(text, "Guermenshuk")};
  const PlaceOfEvent place = pick_place(text, mentions, sentence_scopes(text, "bombed"), focus_place(mentions));
  EXPECT_FALSE(place.location);
  ASSERT_TRUE(place.unlocated);
  EXPECT_EQ(place.unlocated->text, "Guermenshuk");
  EXPECT_EQ(place.unlocated->start, testing::offset_of(text, "Guermenshuk"));
}

TEST(LocationPickerTrigger, APlaceNamedNothingResolvesIsPlacedByAResolvedOneAroundIt) {
  const std::string text = "Also bombed was the village of Guermenshuk near Mosul.";
  auto mentions = testing::mentions_in(text, kGazetteer);
  mentions.insert(mentions.begin(), unresolved(text, "Guermenshuk"));
  const PlaceOfEvent place = pick_place(text, mentions, sentence_scopes(text, "bombed"), focus_place(mentions));
  ASSERT_TRUE(place.location);
  EXPECT_EQ(place.location->matched_text, "Guermenshuk");
  EXPECT_FALSE(place.unlocated);
}

TEST(LocationPickerTrigger, ThePlaceThatOwnsThePeopleInTheSentenceIsNotWhereItHappened) {
  const std::string text = "Bombs killed 14 people in Iraq on Saturday as Baghdad's new ambassador spoke.";
  const auto where = place_of_event(text, "killed", testing::mentions_in(text, kGazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Iraq");
  // A site the place owns is in it.
  const std::string site = "A bomb exploded near Baghdad's police headquarters.";
  const auto there = place_of_event(site, "exploded", testing::mentions_in(site, kGazetteer));
  ASSERT_TRUE(there);
  EXPECT_EQ(there->matched_text, "Baghdad");
}

TEST(LocationPickerTrigger, ANameHyphenedToALowerCaseWordQualifiesWhatFollows) {
  const std::string text = "The Mosul-born militant was captured in Iraq in 2002.";
  const auto where = place_of_event(text, "captured", testing::mentions_in(text, kGazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Iraq");
}

TEST(LocationPickerTrigger, OfTheTypeWordsPairTheFinerPlaceIsThePart) {
  // A province carries no population to compare with its town's.
  const std::vector<Gazetteer> gazetteer = {
      {"Nineveh", testing::place("Nineveh", 36.0, 42.5, GeoType::admin1, "IQ", 0)}, {"Mosul", testing::mosul()}};
  const std::string text = "A bomb exploded in the northern Nineveh town of Mosul.";
  const auto where = place_of_event(text, "exploded", testing::mentions_in(text, gazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Mosul");
}

TEST(LocationPickerTrigger, ATownAnAppositionPutsInAnAreaIsTheEventsPlace) {
  // The province the gazetteer lacks, named by its type word, would outrank the town otherwise.
  const std::string text = "Rebels captured Mosul, capital of Zarqa province, on Friday.";
  auto mentions = testing::mentions_in(text, kGazetteer);
  mentions.push_back(unresolved(text, "Zarqa"));
  EXPECT_EQ(place_of_event(text, "captured", mentions)->matched_text, "Mosul");
  const std::string verb = "Mosul, rebels shelled the city of Baghdad.";
  EXPECT_EQ(place_of_event(verb, "shelled", testing::mentions_in(verb, kGazetteer))->matched_text, "Baghdad");
}

TEST(LocationPickerTrigger, ATownOfAnotherClauseDoesNotTakeTheEventFromTheAreaItIsTiedTo) {
  const std::string text = "Three soldiers were killed in northern Iraq on Sunday, as officials in Baghdad met.";
  EXPECT_EQ(place_of_event(text, "killed", testing::mentions_in(text, kGazetteer))->matched_text, "Iraq");
  // In the same clause the town is where in the area it happened.
  const std::string same = "Three soldiers were killed in Iraq in a market of Baghdad.";
  EXPECT_EQ(place_of_event(same, "killed", testing::mentions_in(same, kGazetteer))->matched_text, "Baghdad");
}

TEST(LocationPickerTrigger, APersonsHomeTownAfterTheAgeIsNotWhereItHappened) {
  // The town would outrank the country the event is tied to.
  const std::string text = "Ahmed Salih, 28, of Mosul was killed in Iraq on Monday.";
  EXPECT_EQ(place_of_event(text, "killed", testing::mentions_in(text, kGazetteer))->matched_text, "Iraq");
}

TEST(LocationPickerTrigger, ACountryBeforeASettlementWordIsWhereTheUnnamedTownLies) {
  const std::string text = "An explosion in an Iran town near the Iraq border killed five people on Monday.";
  const auto where = place_of_event(text, "explosion", testing::mentions_in(text, kGazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Iran");
}

TEST(LocationPickerTrigger, TheSuburbATownsTypeWordNamesIsTheEventsPlace) {
  const std::string text = "A bomb killed 19 people in the Baghdad suburb of Zarqa on Monday.";
  auto mentions = testing::mentions_in(text, kGazetteer);
  mentions.push_back(unresolved(text, "Zarqa"));
  EXPECT_EQ(place_of_event(text, "killed", mentions)->matched_text, "Zarqa");
}

TEST(LocationPickerTrigger, ARoadIsPlacedByTheTownTheTextPutsItIn) {
  const std::string text = "Gunmen shot a man on Zarqa Road in Mosul on Monday.";
  auto mentions = testing::mentions_in(text, kGazetteer);
  mentions.push_back(unresolved(text, "Zarqa Road"));
  EXPECT_EQ(place_of_event(text, "shot", mentions)->matched_text, "Mosul");
}

TEST(LocationPickerTrigger, ANameThatOpensAPersonsNameIsNotThePlace) {
  const std::string text = "Mosul Felix was captured by police in Iraq.";
  EXPECT_EQ(place_of_event(text, "captured", testing::mentions_in(text, kGazetteer))->matched_text, "Iraq");
  // After a locative word, or before a date, the name is the place.
  const std::string dated = "Police captured two men in Iraq and in Mosul Monday.";
  EXPECT_EQ(place_of_event(dated, "captured", testing::mentions_in(dated, kGazetteer))->matched_text, "Mosul");
}

TEST(LocationPickerTrigger, ANameBeforeACraftNamesTheMachine) {
  std::vector<Gazetteer> gazetteer = kGazetteer;
  gazetteer.push_back({"Kirkuk", testing::kirkuk()});
  const std::string text = "Insurgents shot down a United States Kirkuk helicopter in Iraq on Sunday.";
  EXPECT_EQ(place_of_event(text, "shot down", testing::mentions_in(text, gazetteer))->matched_text, "Iraq");
}

TEST(LocationPickerTrigger, WherePeopleWereCarriedAfterTheEventIsNotWhereItHappened) {
  const std::string text = "He was captured in Iraq in 2001 and transferred to Baghdad months later.";
  EXPECT_EQ(place_of_event(text, "captured", testing::mentions_in(text, kGazetteer))->matched_text, "Iraq");
}

TEST(LocationPickerTrigger, ACountryUsedAsAnAdjectiveIsNotThePlace) {
  const std::string text = "A United States helicopter was shot down in western Iraq on Thursday.";
  const auto where = place_of_event(text, "shot down", testing::mentions_in(text, kGazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Iraq");
}

TEST(LocationPickerTrigger, TheNewsAgencyOrDistanceReferenceIsNotThePlace) {
  const std::string text = "A bomb exploded at a market 90 km east of Baghdad, an officer told Iran.";
  auto mentions = testing::mentions_in(text, kGazetteer);
  const auto where = place_of_event(text, "exploded", mentions);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Baghdad");  // the only usable place: a reference is better than an agency
  EXPECT_EQ(where->precision, GeoPrecision::near);
}

TEST(LocationPickerTrigger, APlaceTheGazetteerLacksIsNamedAndPlacedByTheOneAroundIt) {
  const std::string text = "A truck bomb exploded in the village of Amerli, 90 km east of Mosul.";
  auto mentions = testing::mentions_in(text, kGazetteer);
  mentions.push_back(unresolved(text, "Amerli"));
  const auto where = place_of_event(text, "exploded", mentions);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Amerli");
  EXPECT_EQ(where->place.name, "Amerli");
  EXPECT_EQ(where->place.geonameid, 0u);
  EXPECT_EQ(where->precision, GeoPrecision::near);
  EXPECT_NEAR(where->place.position.lat(), testing::mosul().position.lat(), 1e-9);
}

TEST(LocationPickerTrigger, TheInnerPlaceOfXInYIsTheEventsPlace) {
  const std::string text = "Rockets hit the U.S. Embassy in Baghdad on Sunday.";
  const auto where = place_of_event(text, "Rockets", testing::mentions_in(text, kGazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "U.S. Embassy");
}

TEST(LocationRanker, AVillageTheEventTargetsBeatsTheWideAreaTheOffensiveWasIn) {
  const std::string text =
      "Rebels launched an offensive in the northern Mosul countryside on Friday, targeting the village of Zarqun.";
  auto mentions = testing::mentions_in(text, kGazetteer);
  mentions.push_back(unresolved(text, "Zarqun"));
  const auto where = place_of_event(text, "offensive", mentions);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Zarqun");
  EXPECT_EQ(where->precision, GeoPrecision::near);  // placed at Mosul, which is around it
}

TEST(LocationRanker, WhereTheEventWasBeatsWhereTheSpeakersAre) {
  const std::string text = "Police in Mosul said gunmen attacked a checkpoint in Baghdad on Monday.";
  const auto where = place_of_event(text, "attacked", testing::mentions_in(text, kGazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Baghdad");
}

TEST(LocationPickerTrigger, APlaceNamingTheClockIsNotWhereItHappened) {
  const std::string text = "The mine exploded under the Mosul bridge at 12:30 Baghdad time, police said.";
  const auto where = place_of_event(text, "exploded", testing::mentions_in(text, kGazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Mosul");
}

TEST(LocationPickerTrigger, APossessivePlaceBeforeASiteHoldsAndItsNamedPartIsFiner) {
  // "Baghdad's Tahrir square" is a site in Baghdad, unlike "Iran's Islamic
  // Revolutionary Guard Corps"; the named part it possesses is finer still.
  const std::string text = "A car bomb exploded in Baghdad's Tahrir square on Monday.";
  const auto where = place_of_event(text, "exploded", testing::mentions_in(text, kGazetteer));
  ASSERT_TRUE(where);
  EXPECT_EQ(where->matched_text, "Baghdad");
  EXPECT_EQ(where->precision, GeoPrecision::place) << "in the city, not the focus fallback's region precision";
  const std::string district = "Gunmen attacked a checkpoint in Baghdad's Zayouna district on Monday.";
  auto mentions = testing::mentions_in(district, kGazetteer);
  mentions.push_back(unresolved(district, "Zayouna"));
  const auto part = place_of_event(district, "attacked", mentions);
  ASSERT_TRUE(part);
  EXPECT_EQ(part->matched_text, "Zayouna");
}

TEST(LocationRanker, EveryFeatureHasANameAndNoFeatureScoresNothing) {
  for (std::size_t i = 0; i < kLocationFeatureCount; ++i) {
    EXPECT_FALSE(location_feature_name(static_cast<LocationFeature>(i)).empty()) << i;
  }
  EXPECT_EQ(location_score(LocationFeatures{}), 0.0);  // the compiled-in weights parse
  LocationFeatures ruled{};
  ruled[static_cast<std::size_t>(LocationFeature::rule_choice)] = 1;
  LocationFeatures distance{};
  distance[static_cast<std::size_t>(LocationFeature::distance_reference)] = 1;
  EXPECT_GT(location_score(ruled), location_score(distance));
}

}  // namespace
}  // namespace incimap::geo
