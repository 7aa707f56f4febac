// The recognizer through the whole geoparser (tokens, sentences, recognise,
// resolve) on the fixture gazetteer: what a user sees is which spans come out
// as places and which do not.

#include "geo/recognize/recognizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/geo/gazetteer/fixture_gazetteer.hpp"

namespace incimap::geo {
namespace {

std::vector<PlaceMention> parse(std::string_view text, Explain explain = Explain::no) {
  return fixture::geoparser().parse(text, explain);
}

std::vector<std::string> texts(const std::vector<PlaceMention>& mentions) {
  std::vector<std::string> out;
  for (const auto& m : mentions) out.push_back(m.text);
  return out;
}

// The single mention written as `text`; fails the test when there is not exactly one.
PlaceMention only(const std::vector<PlaceMention>& mentions, std::string_view text) {
  const auto found = fixture::mentions_written(mentions, text);
  EXPECT_EQ(found.size(), 1u) << "mentions written '" << text << "' among "
                              << ::testing::PrintToString(texts(mentions));
  return found.empty() ? PlaceMention{} : found.front();
}

bool mentions_nothing_written(const std::vector<PlaceMention>& mentions, std::string_view text) {
  return fixture::mentions_written(mentions, text).empty();
}

TEST(Recognizer, LongestMultiWordNameWins) {
  const auto mentions = parse("Rockets struck the Green Zone and Baghdad International Airport overnight.");
  EXPECT_EQ(texts(mentions), (std::vector<std::string>{"Green Zone", "Baghdad International Airport"}));
  ASSERT_TRUE(mentions.at(0).place);
  EXPECT_EQ(mentions[0].place->name, "Green Zone");
  ASSERT_TRUE(mentions.at(1).place);
  EXPECT_EQ(mentions[1].place->name, "Baghdad International Airport");
}

TEST(Recognizer, LandmarkNameWithConnectorsIsOneMention) {
  const auto mentions = parse("Protesters gathered outside the U.S. Embassy in Baghdad on Tuesday.");
  EXPECT_EQ(texts(mentions), std::vector<std::string>{"U.S. Embassy in Baghdad"});
}

TEST(Recognizer, UsInCapitalsIsTheCountryButLowerCaseUsIsNot) {
  const auto mentions = parse("The U.S. told us the talks were over, and US officials agreed.", Explain::yes);
  EXPECT_EQ(texts(mentions), (std::vector<std::string>{"U.S.", "US"}));
  for (const auto& m : mentions) {
    ASSERT_TRUE(m.place) << m.text;
    EXPECT_EQ(m.place->type, GeoType::country) << m.text;
    EXPECT_EQ(m.place->country, "US") << m.text;
    // Written as an abbreviation, it is not even a candidate for the French village "Us".
    for (const auto& c : m.candidates) EXPECT_EQ(c.place.type, GeoType::country) << m.text << ": " << c.place.name;
  }
}

TEST(Recognizer, StateAbbreviationTakesItsPeriod) {
  const std::string text = "He lives in Gary, Ind. with his family.";
  const auto mentions = parse(text);
  const PlaceMention ind = only(mentions, "Ind.");
  EXPECT_EQ(ind.start, text.find("Ind."));
  EXPECT_EQ(ind.end, text.find("Ind.") + 4);
  ASSERT_TRUE(ind.place);
  EXPECT_EQ(ind.place->name, "Indiana");
  EXPECT_EQ(ind.place->type, GeoType::admin1);
}

TEST(Recognizer, WordThatIsAlsoAnAbbreviationNeedsItsPeriod) {
  // "Ill." is Illinois; "ill" is not.
  EXPECT_TRUE(parse("Two officers fell Ill after the blast.").empty());
}

TEST(Recognizer, PostalCodeOnlyAfterTownAndComma) {
  const auto after_town = parse("The flight landed in Atlanta, GA on time.");
  const PlaceMention ga = only(after_town, "GA");
  ASSERT_TRUE(ga.place);
  EXPECT_EQ(ga.place->name, "Georgia");
  EXPECT_EQ(ga.place->type, GeoType::admin1);
  EXPECT_TRUE(mentions_nothing_written(parse("The GA meeting was postponed."), "GA"));
}

TEST(Recognizer, DemonymsAreKindDemonym) {
  const auto mentions = parse("Iraqi and American officials met Iraqis in the capital.");
  EXPECT_EQ(texts(mentions), (std::vector<std::string>{"Iraqi", "American", "Iraqis"}));
  for (const auto& m : mentions) EXPECT_EQ(m.kind, MentionKind::demonym) << m.text;
  ASSERT_TRUE(mentions.at(0).place);
  EXPECT_EQ(mentions[0].place->country, "IQ");
  ASSERT_TRUE(mentions.at(1).place);
  EXPECT_EQ(mentions[1].place->country, "US");
}

TEST(Recognizer, PlaceNamesAreKindPlace) {
  const auto mentions = parse("Officials in Iraq said Baghdad was calm.");
  EXPECT_EQ(texts(mentions), (std::vector<std::string>{"Iraq", "Baghdad"}));
  for (const auto& m : mentions) EXPECT_EQ(m.kind, MentionKind::place) << m.text;
}

TEST(Recognizer, SurnameOfAPersonNamedEarlierIsNotAPlace) {
  // Hamilton, Ohio is in the fixture gazetteer.
  const auto mentions = parse(
      "Journalist Anna Hamilton reported the attack on Baghdad. Hamilton said the roads were closed. "
      "A video posted by Hamilton shows the damage.");
  EXPECT_EQ(texts(mentions), std::vector<std::string>{"Baghdad"});
}

TEST(Recognizer, SurnameAfterAGivenNameAndAMiddleInitialIsNotAPlace) {
  const auto mentions =
      parse("Reporters followed David J. Hamilton to Baghdad. A video posted by Hamilton shows the damage.");
  EXPECT_EQ(texts(mentions), std::vector<std::string>{"Baghdad"});
}

TEST(Recognizer, MinorPlaceThatDecidesIsAPerson) {
  // Hamilton, Ohio has fewer than 100,000 people; Houston has millions.
  EXPECT_TRUE(parse("Hamilton ordered more troops to the border.").empty());
  EXPECT_TRUE(parse("Hamilton blamed the rebels for the attack.").empty());
  EXPECT_FALSE(mentions_nothing_written(parse("Houston ordered more buses for the storm."), "Houston"));
}

TEST(Recognizer, ACompassWordBeforeAPlaceIsNoGivenName) {
  // "West" is in the given-name lists, but "North West Hamilton" names a part of the town.
  const std::string text = "Planners backed North West Hamilton in a vote. The storm reached Hamilton late on Friday.";
  const auto mentions = parse(text);
  const auto later = std::find_if(mentions.begin(), mentions.end(),
                                  [&](const PlaceMention& m) { return m.start == text.rfind("Hamilton"); });
  ASSERT_NE(later, mentions.end()) << "the town read as the surname of a 'West Hamilton'";
  ASSERT_TRUE(later->place);
  EXPECT_EQ(later->place->geonameid, 4513575u);
}

TEST(Recognizer, AGivenNameBeforeASurnameIsAPersonEvenWhenTheSurnameIsAWordOrAPlace) {
  // George, South Africa (113,000 people) and a given name; "green" is a
  // dictionary word and Washington a place.
  EXPECT_TRUE(parse("Reporters followed George Green at the gala.").empty());
  EXPECT_TRUE(mentions_nothing_written(parse("Reporters followed George Washington at the gala."), "George"));
  // Institutions named after the town still name it, and so do titles after it.
  EXPECT_FALSE(mentions_nothing_written(parse("The George Police said the gala was calm."), "George"));
  EXPECT_FALSE(mentions_nothing_written(parse("Reporters met George Mayor Leon van Wyk."), "George"));
  // A city of two million before a word is the city ("Paris Green" or not).
  EXPECT_FALSE(mentions_nothing_written(parse("Reporters followed Paris Green at the gala."), "Paris"));
  // States and countries are not read as given names before a word ("Georgia Tech").
  EXPECT_FALSE(mentions_nothing_written(parse("The envoy praised Georgia Green energy plans."), "Georgia"));
}

TEST(Recognizer, ASeatOfGovernmentStandingForTheGovernmentIsNotAPlace) {
  for (const char* text : {"The White House said the talks would go on.", "A White House spokesman declined to comment.",
                           "The plan was rebuffed by the White House.", "The White House's decision angered Baghdad."}) {
    EXPECT_TRUE(mentions_nothing_written(parse(text), "White House")) << text;
  }
  EXPECT_FALSE(mentions_nothing_written(parse("Protesters gathered outside the White House."), "White House"));
  EXPECT_FALSE(mentions_nothing_written(parse("A drone crashed near the White House on Monday."), "White House"));
}

TEST(Recognizer, TheSurnameOfAPersonNamedEarlierHidesEvenALargeTown) {
  // Houston has two million people, but the article has named Anna Houston.
  EXPECT_TRUE(parse("Reporter Anna Houston covered the strike. Editors praised Houston for the story.").empty());
  const auto mentions = parse("Reporter Anna Houston covered the strike. She flew back to Houston on Monday.");
  EXPECT_FALSE(mentions_nothing_written(mentions, "Houston")) << "after a locative cue it is the town";
}

TEST(Recognizer, ATownNamedMountIsTheTownBeforeItsInstitutions) {
  for (const char* text : {"The council met at the Mount Pleasant City Hall.",
                           "She graduated from Mount Pleasant High School."}) {
    const auto mentions = parse(text);
    const PlaceMention town = only(mentions, "Mount Pleasant");
    ASSERT_TRUE(town.place) << text;
    EXPECT_EQ(town.place->geonameid, 4712933u) << text;
  }
  // A mountain the gazetteer does not know stays one unresolved feature, its whole name.
  const auto mentions = parse("Fighters retreated to Mount Qandil Ridge overnight.");
  const PlaceMention mountain = only(mentions, "Mount Qandil Ridge");
  EXPECT_FALSE(mountain.place);
}

TEST(Recognizer, NameAfterATitleIsAPerson) {
  EXPECT_TRUE(parse("Yesterday President Hamilton spoke to reporters.").empty());
  EXPECT_TRUE(parse("Officials said Sen. Hamilton would attend.").empty());
  // A lower-case title before a city of two million.
  EXPECT_TRUE(parse("Reporters asked senator Houston about the vote.").empty());
}

TEST(Recognizer, TwoWordNameAfterATitleIsAPerson) {
  // "Wang Dan" is an alternate name of Wangdain, a Tibetan village.
  EXPECT_TRUE(parse("They demanded the release of the dissident Wang Dan on Sunday.").empty());
  const PlaceMention village = only(parse("Fighting was reported in Wang Dan on Sunday."), "Wang Dan");
  ASSERT_TRUE(village.place);
  EXPECT_EQ(village.place->geonameid, 1279811u);
}

TEST(Recognizer, NameAfterAnAgeThatEndsItsPhraseIsAPerson) {
  // Hamilton, Ohio has fewer than 100,000 people.
  EXPECT_TRUE(parse("The 25-year-old Hamilton was captured on Monday.").empty());
  EXPECT_TRUE(parse("Troops held the 31-year-old Hamilton and two others.").empty());
  // Before a noun or a comma and its state, the name is where the person is from.
  EXPECT_FALSE(mentions_nothing_written(parse("A 27-year-old Hamilton woman was arrested."), "Hamilton"));
  EXPECT_FALSE(mentions_nothing_written(parse("A 27-year-old Hamilton, Ohio, man was arrested."), "Hamilton"));
}

TEST(Recognizer, APersonNamedAfterATitleKeepsThatReadingWhereTheNameComesBack) {
  // Houston is a city of two million and Green a town: without the title
  // "Houston Green" would read as two places.
  const auto mentions = parse("President-elect Houston Green spoke on Monday. Later Houston Green left for Atlanta.");
  EXPECT_EQ(texts(mentions), std::vector<std::string>{"Atlanta"});
  // A state that is also a given name, before a word, proves no person.
  EXPECT_FALSE(mentions_nothing_written(parse("Georgia Green was there. The Georgia Green party met."), "Georgia"));
}

TEST(Recognizer, MinorPlaceThatSpeaksIsAPerson) {
  // Gary, Indiana has fewer than 100,000 people.
  EXPECT_TRUE(parse("Gary said the plan would work.").empty());
}

TEST(Recognizer, MinorPlaceAfterALocativeCueIsAPlaceEvenBeforeASpeechVerb) {
  const auto mentions = parse("Police in Gary said the plan would work.");
  const PlaceMention gary = only(mentions, "Gary");
  ASSERT_TRUE(gary.place);
  EXPECT_EQ(gary.place->geonameid, 4920607u);
}

TEST(Recognizer, GivenNameIsAPersonUnlessThePlaceIsMajor) {
  // Victor, Idaho is a village; Georgia is a country and a state.
  EXPECT_TRUE(parse("He spoke with Victor on Monday.").empty());
  EXPECT_FALSE(mentions_nothing_written(parse("The envoy spoke with Georgia on Monday."), "Georgia"));
}

TEST(Recognizer, AnAlternateNameAfterACueAndACompassWordIsThePlace) {
  // "Kerkuk" is only another spelling of Kirkuk: it needs a locative cue,
  // and "in northern" is one.
  const PlaceMention kirkuk = only(parse("Fighting broke out in northern Kerkuk on Monday."), "Kerkuk");
  ASSERT_TRUE(kirkuk.place.has_value());
  EXPECT_EQ(kirkuk.place->name, "Kirkuk");
}

TEST(Recognizer, GivenNameAfterALocativeCueIsAPlace) {
  const auto mentions = parse("He moved to Victor last year.");
  const PlaceMention victor = only(mentions, "Victor");
  ASSERT_TRUE(victor.place);
  EXPECT_EQ(victor.place->geonameid, 5611251u);
}

TEST(Recognizer, ThePlaceNameStillReadsWithoutAPerson) {
  const auto mentions = parse("The storm reached Hamilton late on Friday.");
  const PlaceMention hamilton = only(mentions, "Hamilton");
  ASSERT_TRUE(hamilton.place);
  EXPECT_EQ(hamilton.place->geonameid, 4513575u);
}

TEST(Recognizer, PlaceNameInsideAnOrganisationIsNotAPlace) {
  EXPECT_TRUE(parse("According to the Washington Examiner, the strike was planned.").empty());
  // "Fox" is the alternate name of Victor, Idaho.
  EXPECT_TRUE(parse("A reporter told Fox News that the strike was planned.").empty());
  EXPECT_TRUE(parse("The editor of The Paris News wrote about the strike.").empty());
}

TEST(Recognizer, CalendarWordsAreNotPlaces) {
  // May-sur-Orne is also "May"; March is a town in England; Christmas one in Florida.
  EXPECT_TRUE(parse("The vote is due in May.").empty());
  EXPECT_TRUE(parse("Talks resume in March, after a pause at Christmas.").empty());
}

TEST(Recognizer, DictionaryWordAtSentenceStartIsNotAPlace) {
  EXPECT_TRUE(parse("Mobile police said the suspect fled.").empty());
  EXPECT_TRUE(parse("Reading the report, officials said little.").empty());
}

TEST(Recognizer, DictionaryWordAfterALocativeCueIsAPlace) {
  const auto mentions = parse("The suspect fled to Mobile on Monday.");
  const PlaceMention mobile = only(mentions, "Mobile");
  ASSERT_TRUE(mobile.place);
  EXPECT_EQ(mobile.place->geonameid, 4076598u);
}

// Center, Texas (about 5,700 people) is too small to read without a cue.
TEST(Recognizer, DictionaryWordTheTextCallsATownIsAPlace) {
  for (const char* text : {"Gunmen seized Center, a small farming town in Texas, on Monday.",
                           "A depot on the edge of Center came under fire.",
                           "Trucks ran on the road between Center and the border."}) {
    const auto mentions = parse(text);
    const PlaceMention center = only(mentions, "Center");
    ASSERT_TRUE(center.place) << text;
    EXPECT_EQ(center.place->geonameid, 4679987u) << text;
  }
}

TEST(Recognizer, DictionaryWordWithoutSuchCuesStaysAWord) {
  EXPECT_TRUE(parse("The police said Center, a unit of the force, left.").empty()) << "a unit is not a place";
  EXPECT_TRUE(parse("The order of Center teams changed.").empty());
}

TEST(Recognizer, DictionaryWordThatIsAlsoAMajorPlaceReads) {
  // Reading, England has more than 100,000 people.
  const auto mentions = parse("Police in the town of Reading said nothing.");
  EXPECT_FALSE(mentions_nothing_written(mentions, "Reading"));
}

TEST(Recognizer, CountryAtSentenceStartReadsEvenIfItIsAWord) {
  const auto mentions = parse("Georgia held elections on Saturday.");
  EXPECT_EQ(texts(mentions), std::vector<std::string>{"Georgia"});
}

TEST(Recognizer, SentenceOpeningWordInBritishSpellingDoesNotHideThePlaceAfterIt) {
  // "Neighbouring" is in the British word list only; as "Neighboring" is in
  // the American one, the capitalised word before Iraq is a common word
  // opening the sentence, not the first half of a person's name.
  for (const std::string_view text : {"Neighbouring Iraq closed the border.", "Neighboring Iraq closed the border."}) {
    const auto mentions = parse(text);
    EXPECT_EQ(texts(mentions), std::vector<std::string>{"Iraq"}) << text;
  }
}

TEST(Recognizer, NamesWithAPossessiveOrAnElidedArticleHoldTogether) {
  // "Republic of China" alone is Taiwan's official name.
  const PlaceMention china = only(parse("Envoys of the People's Republic of China arrived."), "People's Republic of China");
  ASSERT_TRUE(china.place);
  EXPECT_EQ(china.place->country, "CN");
  const PlaceMention ivory_coast = only(parse("Talks were held in Côte d'Ivoire on Monday."), "Côte d'Ivoire");
  ASSERT_TRUE(ivory_coast.place);
  EXPECT_EQ(ivory_coast.place->country, "CI");
  // A possessive that ends a name still ends it.
  EXPECT_EQ(texts(parse("Iraq's army left Mosul.")), (std::vector<std::string>{"Iraq", "Mosul"}));
}

TEST(Recognizer, DiseasesWeatherPatternsAndCurrencyMarksNamedAfterPlacesAreNotPlaces) {
  EXPECT_TRUE(parse("Cases of Lyme disease rose this summer.").empty());
  EXPECT_TRUE(parse("Forecasters said El Niño would bring rain.").empty());
  EXPECT_TRUE(parse("The deal was worth US$5 million.").empty());
  // The place itself still reads.
  EXPECT_EQ(texts(parse("Deer ticks were found in Lyme last week.")), std::vector<std::string>{"Lyme"});
  EXPECT_EQ(texts(parse("The deal was signed in the US on Monday.")), std::vector<std::string>{"US"});
}

TEST(Recognizer, TurkeyTheCountryReadsThoughItIsADictionaryWord) {
  // The country list says "Türkiye"; "Turkey" comes from the extra names.
  for (const std::string_view text :
       {"Officials in Turkey said the border was closed.", "Turkey closed the border on Monday."}) {
    const PlaceMention turkey = only(parse(text), "Turkey");
    ASSERT_TRUE(turkey.place) << text;
    EXPECT_EQ(turkey.place->country, "TR") << text;
    EXPECT_EQ(turkey.place->type, GeoType::country) << text;
  }
  EXPECT_TRUE(parse("They ate turkey on Thursday.").empty());
}

TEST(Recognizer, GreenOrInternationalZoneIsTheGreenZoneTwice) {
  const auto mentions = parse("Eight rockets targeted Iraq’s Green or International Zone.");
  EXPECT_EQ(texts(mentions), (std::vector<std::string>{"Iraq", "Green", "International Zone"}));
  for (const auto& m : fixture::mentions_written(mentions, "Green")) {
    ASSERT_TRUE(m.place);
    EXPECT_EQ(m.place->name, "Green Zone");  // not Green, Ohio
  }
}

TEST(Recognizer, CoordinatedNameAfterALocativeCueIsStillTheGreenZone) {
  const auto mentions = parse("Rockets landed in the Green or International Zone.");
  const PlaceMention green = only(mentions, "Green");
  ASSERT_TRUE(green.place);
  EXPECT_EQ(green.place->name, "Green Zone");
}

TEST(Recognizer, StreetIsAnUnresolvedMention) {
  const auto mentions = parse("Crowds gathered on Main Street before noon.");
  const PlaceMention street = only(mentions, "Main Street");
  EXPECT_FALSE(street.place);
  EXPECT_EQ(street.kind, MentionKind::place);
}

TEST(Recognizer, TwoStreetsJoinedByAConjunctionAreTwoMentions) {
  EXPECT_EQ(texts(parse("Traffic was closed between Berry Lane and Lombardy Drive.")),
            (std::vector<std::string>{"Berry Lane", "Lombardy Drive"}));
}

TEST(Recognizer, StreetNameDoesNotTakeTheSentencesFirstWord) {
  const auto mentions = parse("Crowds on Main Street cheered.");
  EXPECT_EQ(texts(mentions), std::vector<std::string>{"Main Street"});
}

TEST(Recognizer, StreetNamedAfterATownIsNotTheTown) {
  const auto mentions = parse("Police closed Springfield Road after the crash.");
  const PlaceMention road = only(mentions, "Springfield Road");
  EXPECT_FALSE(road.place);
  EXPECT_TRUE(mentions_nothing_written(mentions, "Springfield"));
}

TEST(Recognizer, StreetFollowedByItsTownGivesBoth) {
  const auto mentions = parse("Crowds gathered on Main Street in Springfield, Illinois.");
  EXPECT_EQ(texts(mentions), (std::vector<std::string>{"Main Street", "Springfield", "Illinois"}));
}

TEST(Recognizer, RoadNumberIsAnUnresolvedMention) {
  const auto mentions = parse("The convoy was hit on Highway 19 south of the city.");
  const PlaceMention road = only(mentions, "Highway 19");
  EXPECT_FALSE(road.place);
}

TEST(Recognizer, HeadlineInCapitalsStillReads) {
  const auto mentions = parse("BAGHDAD - Rockets hit the capital on Sunday.");
  const PlaceMention baghdad = only(mentions, "BAGHDAD");
  ASSERT_TRUE(baghdad.place);
  EXPECT_EQ(baghdad.place->geonameid, 98182u);
}

TEST(Recognizer, ByteOffsetsCountUtf8BytesBeforeTheMention) {
  const std::string text = "Zürich’s mayor — “a friend” — flew to Baghdad.";
  const auto mentions = parse(text);
  const PlaceMention baghdad = only(mentions, "Baghdad");
  EXPECT_EQ(baghdad.start, text.find("Baghdad"));
  EXPECT_EQ(baghdad.end, text.find("Baghdad") + 7);
  const PlaceMention zurich = only(mentions, "Zürich");
  EXPECT_EQ(zurich.start, 0u);
  EXPECT_EQ(zurich.end, std::string("Zürich").size());
  for (const auto& m : mentions) EXPECT_EQ(text.substr(m.start, m.end - m.start), m.text);
}

TEST(Recognizer, DiacriticsInTheTextMatchTheAsciiName) {
  const auto mentions = parse("Fighting resumed in Fallūjah and Tbilisi.");
  const PlaceMention fallujah = only(mentions, "Fallūjah");
  ASSERT_TRUE(fallujah.place);
  EXPECT_EQ(fallujah.place->geonameid, 99454u);
}

TEST(Recognizer, EmptyTextHasNoMentions) {
  EXPECT_TRUE(parse("").empty());
  EXPECT_TRUE(parse("   \n\n  ").empty());
}

}  // namespace
}  // namespace incimap::geo

namespace incimap::geo {
namespace {

TEST(RecognizerNamedByType, ANameTheGazetteerLacksIsAPlaceWhenTheTextCallsItOne) {
  const auto mentions = parse("A truck bomb exploded in the village of Amerli and in Zarmat district on Monday.");
  const PlaceMention amerli = only(mentions, "Amerli");
  EXPECT_FALSE(amerli.place.has_value());  // listed, unresolved
  const PlaceMention zarmat = only(mentions, "Zarmat");
  EXPECT_FALSE(zarmat.place.has_value());
}

TEST(RecognizerNamedByType, ADayOrMonthAfterTheNameIsNoPartOfIt) {
  const auto mentions = parse("Gunmen captured the southern town of Huddur Tuesday after a battle.");
  EXPECT_FALSE(only(mentions, "Huddur").place.has_value());
  EXPECT_TRUE(mentions_nothing_written(mentions, "Huddur Tuesday"));
}

TEST(RecognizerNamedByType, TheSentencesOpeningPrepositionIsNoPartOfTheName) {
  const auto mentions = parse("In Zarmat province, two soldiers were killed.");
  EXPECT_FALSE(only(mentions, "Zarmat").place.has_value());
  EXPECT_TRUE(mentions_nothing_written(mentions, "In Zarmat"));
}

TEST(RecognizerNamedByType, AnAppositionThatCallsTheNameAPlaceMakesItOne) {
  EXPECT_FALSE(only(parse("Civilians were killed in a raid on Ngabe, a village north of the capital."), "Ngabe")
                   .place.has_value());
  // The type word must head the apposition, in lower case.
  EXPECT_TRUE(mentions_nothing_written(parse("He wrote to Smith, a resident of the town, on Monday."), "Smith"));
  EXPECT_TRUE(
      mentions_nothing_written(parse("He spoke with Hussain, an Islamic State member, by phone."), "Hussain"));
}

TEST(RecognizerNamedByType, AnAppositionThatCallsTheNameASiteOrPutsItAtADistanceFromAPlaceMakesItOne) {
  EXPECT_FALSE(only(parse("Tamrat, a top secret base built by engineers, was captured after a battle."), "Tamrat")
                   .place.has_value());
  EXPECT_FALSE(only(parse("Wagga Beni, about 200 miles (322 kilometers) northwest of Baghdad, was captured."),
                    "Wagga Beni")
                   .place.has_value());
  EXPECT_FALSE(only(parse("Rebels took Dhurai, some 40 km west of Baghdad, on Monday."), "Dhurai").place.has_value());
  // A distance alone, or a site word that is not its head, says nothing.
  EXPECT_TRUE(mentions_nothing_written(parse("He met Smith, about 200 miles from home, on Monday."), "Smith"));
  EXPECT_TRUE(mentions_nothing_written(parse("He met Smith, a prison guard, on Monday."), "Smith"));
}

TEST(RecognizerNamedByType, TheObjectOfAVerbThatTakesGroundIsAPlace) {
  EXPECT_FALSE(only(parse("Rebels stormed Qabasin with tanks."), "Qabasin").place.has_value());
  EXPECT_FALSE(only(parse("Insurgents are shelling Kafraya, a pro-government enclave."), "Kafraya").place.has_value());
  // "captured" takes people as often as ground.
  EXPECT_TRUE(mentions_nothing_written(parse("Police captured Ocalan in February."), "Ocalan"));
}

TEST(RecognizerNamedByType, SectorsCommunesAndCampsAreTypeWords) {
  EXPECT_FALSE(only(parse("Five villagers were killed in the Hajira sector on Monday."), "Hajira").place.has_value());
  EXPECT_FALSE(only(parse("People of Mubingi commune captured a fighter."), "Mubingi").place.has_value());
  EXPECT_FALSE(only(parse("Refugees marched inside Baqaa camp for an hour."), "Baqaa").place.has_value());
}

TEST(RecognizerNamedByType, AHyphenatedNameTheTextCallsAPlaceHoldsEvenWhenItsFirstPartIsRefused) {
  // "Us" alone is too short to be a place; "the village of Us-Kanda" still is one.
  const auto mentions = parse("Militia fighters stormed the village of Us-Kanda on Friday.");
  EXPECT_FALSE(only(mentions, "Us-Kanda").place.has_value());
}

TEST(RecognizerNamedByType, SettlementsStrongholdsAndPluralTypesNameAPlace) {
  const auto mentions = parse("Settlers from the settlement of Havat Gilad and the rebel stronghold of Kafr Batna clashed.");
  EXPECT_FALSE(only(mentions, "Havat Gilad").place.has_value());
  EXPECT_FALSE(only(mentions, "Kafr Batna").place.has_value());
  EXPECT_FALSE(only(parse("Jets bombed the towns of Zarqun on Monday."), "Zarqun").place.has_value());
}

TEST(RecognizerNamedByType, ACapitalisedSiteWordEndsTheNameOfAPlace) {
  const auto mentions = parse("Militants shelled the Handarat Refugee Camp and the Zulqar Military Airport.");
  EXPECT_FALSE(only(mentions, "Handarat Refugee Camp").place.has_value());
  EXPECT_FALSE(only(mentions, "Zulqar Military Airport").place.has_value());
  const auto works = parse("Jets struck the Zarqi Dam, the Tahtani Roundabout and the Zulqar Power Plant.");
  EXPECT_FALSE(only(works, "Zarqi Dam").place.has_value());
  EXPECT_FALSE(only(works, "Tahtani Roundabout").place.has_value());
  EXPECT_FALSE(only(works, "Zulqar Power Plant").place.has_value());
  // Never the tail of another place's name.
  EXPECT_TRUE(mentions_nothing_written(parse("He was taken to Baghdad International Airport."), "International Airport"));
}

TEST(RecognizerNamedByType, TheGroundAnAssaultWasForIsAPlace) {
  EXPECT_FALSE(only(parse("Troops launched their attack on Kinsibba at dawn."), "Kinsibba").place.has_value());
  EXPECT_FALSE(only(parse("Dozens died in the fight for Jaabar."), "Jaabar").place.has_value());
  // Not a name qualifying a noun, nor after any noun: "a report on" names no ground.
  EXPECT_TRUE(mentions_nothing_written(parse("Jets carried out strikes on Zarqi positions."), "Zarqi"));
  EXPECT_TRUE(mentions_nothing_written(parse("He wrote a report on Kinsibba for the paper."), "Kinsibba"));
}

TEST(RecognizerNamedByType, AHyphenatedSiteNameOrAFacilityAfterANameIsAPlace) {
  const auto mentions = parse("Jets struck the Al-Farouk Hospital and shelled the Tiyas airbase.");
  EXPECT_FALSE(only(mentions, "Al-Farouk Hospital").place.has_value());
  EXPECT_FALSE(only(mentions, "Tiyas").place.has_value());
  // A facility does not make a common word part of a name: Mosul stays Mosul.
  const auto prison = parse("Green Mosul prison opens.");
  EXPECT_TRUE(only(prison, "Mosul").place.has_value());
}

TEST(RecognizerNamedByType, APeoplesAdjectiveIsNoPartOfAName) {
  const auto mentions = parse("In 1998 it bombed the Northern Iraqi town of Zarqun.");
  EXPECT_TRUE(mentions_nothing_written(mentions, "Northern Iraqi"));
  EXPECT_FALSE(only(mentions, "Zarqun").place.has_value());
}

TEST(RecognizerNamedByType, AfterTypeAndOfATitleWordHeadsAPlacesName) {
  EXPECT_FALSE(only(parse("Nine were killed in the district of Sheikh Zarqa on Monday."), "Sheikh Zarqa")
                   .place.has_value());
  // Elsewhere a title still makes a person.
  EXPECT_TRUE(mentions_nothing_written(parse("Rebels met Sheikh Zarqa in a tent."), "Sheikh Zarqa"));
}

TEST(RecognizerNamedByType, AToponymsGenericHeadAndANameMakeAPlace) {
  const auto mentions = parse("The army attacked in Wadi Zarqa and shelled Kafr Zarmat and Jabal Al-Zarqi.");
  EXPECT_FALSE(only(mentions, "Wadi Zarqa").place.has_value());
  EXPECT_FALSE(only(mentions, "Kafr Zarmat").place.has_value());
  EXPECT_FALSE(only(mentions, "Jabal Al-Zarqi").place.has_value());
  // The head alone names nothing.
  EXPECT_TRUE(mentions_nothing_written(parse("Wadi said the army attacked."), "Wadi"));
}

TEST(RecognizerNamedByType, ATownWordAfterTheArticleNamesTheTownThatFollows) {
  // "the Zarqi towns of Amerli": Zarqi qualifies the towns; a capital is another place's.
  EXPECT_TRUE(mentions_nothing_written(parse("Troops took the mainly Zarqi towns of Amerli and Zarmat."), "Zarqi"));
  EXPECT_TRUE(mentions_nothing_written(parse("A bomb went off in Baghdad, the Zarqi capital."), "Zarqi"));
  // Without the article the name is the village.
  EXPECT_FALSE(only(parse("Gunmen invaded Garubula village of Mosul district."), "Garubula").place.has_value());
}

TEST(Recognizer, ADemonymBeforeANounIsThePeopleNotTheRegionOfThatName) {
  // "Somali" is Somalia's demonym and an Ethiopian region of the same name.
  const PlaceMention town = only(parse("Fighting closed the Somali town of Jijiga."), "Somali");
  EXPECT_EQ(town.kind, MentionKind::demonym);
  ASSERT_TRUE(town.place);
  EXPECT_EQ(town.place->country, "SO");
  const PlaceMention region = only(parse("Rains hit the Somali region on Monday."), "Somali");
  EXPECT_EQ(region.kind, MentionKind::place);
  ASSERT_TRUE(region.place);
  EXPECT_EQ(region.place->country, "ET");
}

TEST(RecognizerNamedByType, AnUnknownNameEndingAPhraseAfterInIsAPlace) {
  const auto mentions = parse("Two girls were killed in Mangalhat, and a bomb went off near Nadda on Monday.");
  EXPECT_FALSE(only(mentions, "Mangalhat").place.has_value());
  EXPECT_FALSE(only(mentions, "Nadda").place.has_value());
  // Not a person's name, nor a name that goes on ("in Qorbani Holdings").
  EXPECT_TRUE(mentions_nothing_written(parse("The deal was signed in Qorbani Holdings offices."), "Qorbani"));
  EXPECT_TRUE(mentions_nothing_written(parse("The vote came in March, officials said."), "March"));
}

TEST(RecognizerNamedByType, TypeWordsInNamesAndPeopleDoNotMakePlaces) {
  // A capitalised type word is part of the name; a month or weekday is no place.
  EXPECT_TRUE(mentions_nothing_written(parse("Fighters of the Qorbani State attacked a post."), "Qorbani"));
  EXPECT_TRUE(mentions_nothing_written(parse("He said Monday district officials were told."), "Monday"));
  // Never the second half of a hyphenated name.
  const auto mentions = parse("A mob gathered in the Canapé-Vert neighbourhood on Monday.");
  EXPECT_TRUE(mentions_nothing_written(mentions, "Vert"));
}

}  // namespace
}  // namespace incimap::geo
