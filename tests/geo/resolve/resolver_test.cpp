// The resolver through the whole geoparser on the fixture gazetteer: which of
// several places of one name an article means, and how sure it is.

#include "geo/resolve/resolver.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "tests/geo/gazetteer/fixture_gazetteer.hpp"

namespace incimap::geo {
namespace {

// GeoNames ids of the fixture places the tests tell apart.
constexpr std::uint32_t kAlexandriaEgypt = 361058;
constexpr std::uint32_t kAlexandriaLouisiana = 4314550;
constexpr std::uint32_t kAlexandriaVirginia = 4744091;
constexpr std::uint32_t kParisFrance = 2988507;
constexpr std::uint32_t kParisTexas = 4717560;
constexpr std::uint32_t kPortlandOregon = 5746545;
constexpr std::uint32_t kPortlandMaine = 4975802;
constexpr std::uint32_t kSpringfieldMissouri = 4409896;
constexpr std::uint32_t kBaghdad = 98182;
constexpr std::uint32_t kUsEmbassyBaghdad = 1900000002;

std::vector<PlaceMention> parse(std::string_view text, Explain explain = Explain::no) {
  return fixture::geoparser().parse(text, explain);
}

// The place the n-th mention written `text` resolved to; a default place
// (and a test failure) when there is none.
GazetteerPlace resolved(const std::vector<PlaceMention>& mentions, std::string_view text, std::size_t n = 0) {
  const auto found = fixture::mentions_written(mentions, text);
  if (found.size() <= n || !found[n].place) {
    ADD_FAILURE() << "no resolved mention " << n << " written '" << text << "'";
    return {};
  }
  return *found[n].place;
}

double confidence_of(const std::vector<PlaceMention>& mentions, std::string_view text) {
  const auto found = fixture::mentions_written(mentions, text);
  if (found.empty()) {
    ADD_FAILURE() << "no mention written '" << text << "'";
    return -1;
  }
  return found.front().confidence;
}

TEST(Resolver, ATownAndTheCountyItLiesInNamedApartInTheArticleReadAsEachOther) {
  const auto mentions = parse("Greene County commissioners met on Friday. Later the mayor of Springfield spoke.",
                              Explain::yes);
  EXPECT_EQ(resolved(mentions, "Springfield").geonameid, kSpringfieldMissouri);
  const auto springfield = fixture::mentions_written(mentions, "Springfield");
  ASSERT_FALSE(springfield.empty());
  const auto& evidence = springfield[0].candidates.front().evidence;
  EXPECT_TRUE(std::any_of(evidence.begin(), evidence.end(), [](const std::string& e) {
    return e.starts_with("its county Greene County named in article");
  })) << ::testing::PrintToString(evidence);
  const auto county = fixture::mentions_written(mentions, "Greene County");
  ASSERT_FALSE(county.empty());
  const auto& county_evidence = county[0].candidates.front().evidence;
  EXPECT_TRUE(std::any_of(county_evidence.begin(), county_evidence.end(),
                          [](const std::string& e) { return e.starts_with("a town in it named in article"); }))
      << ::testing::PrintToString(county_evidence);
  // A county alone names no town.
  const auto alone = fixture::mentions_written(parse("Greene County commissioners met.", Explain::yes), "Greene County");
  ASSERT_FALSE(alone.empty());
  for (const auto& e : alone[0].candidates.front().evidence) EXPECT_FALSE(e.starts_with("a town in it")) << e;
}

TEST(Resolver, ATownJoinedToItsCountyByAndIsTheOneInThatCounty) {
  // Springfield, Illinois (a state capital) would win alone.
  const auto joined = parse("Residents of Springfield and Greene County met on Friday.", Explain::yes);
  EXPECT_EQ(resolved(joined, "Springfield").geonameid, kSpringfieldMissouri);
  EXPECT_EQ(resolved(joined, "Greene County").admin1, "Missouri");
  const auto springfield = fixture::mentions_written(joined, "Springfield");
  ASSERT_FALSE(springfield.empty());
  const auto& evidence = springfield[0].candidates.front().evidence;
  EXPECT_TRUE(std::any_of(evidence.begin(), evidence.end(),
                          [](const std::string& e) { return e.starts_with("in Greene County (\"X and Y\")"); }))
      << ::testing::PrintToString(evidence);
  // Two countries so joined are no village of one in the other.
  EXPECT_EQ(resolved(parse("Trade between Egypt and Georgia grew."), "Egypt").type, GeoType::country);
}

TEST(Resolver, TownCommaStateMeansTheTownInThatState) {
  const auto mentions = parse("Officials in Alexandria, Louisiana said the storm had passed.");
  EXPECT_EQ(resolved(mentions, "Alexandria").geonameid, kAlexandriaLouisiana);
  const GazetteerPlace louisiana = resolved(mentions, "Louisiana");
  EXPECT_EQ(louisiana.type, GeoType::admin1);
  EXPECT_EQ(louisiana.country, "US");
  EXPECT_EQ(resolved(parse("The suspect was from Paris, Texas."), "Paris").geonameid, kParisTexas);
}

TEST(Resolver, WithoutContextTheBetterKnownPlaceWins) {
  EXPECT_EQ(resolved(parse("The suspect was from Paris."), "Paris").geonameid, kParisFrance);
  EXPECT_EQ(resolved(parse("A man was arrested in Alexandria."), "Alexandria").geonameid, kAlexandriaEgypt);
  EXPECT_EQ(resolved(parse("Crowds gathered in Portland."), "Portland").geonameid, kPortlandOregon);
}

TEST(Resolver, TownCommaCountryAndTownCommaStateOfOneName) {
  const auto mentions = parse("He flew from Tbilisi, Georgia to Atlanta, Georgia on Monday.");
  const GazetteerPlace first = resolved(mentions, "Georgia", 0);
  EXPECT_EQ(first.type, GeoType::country);
  EXPECT_EQ(first.country, "GE");
  const GazetteerPlace second = resolved(mentions, "Georgia", 1);
  EXPECT_EQ(second.type, GeoType::admin1);
  EXPECT_EQ(second.country, "US");
}

TEST(Resolver, CountryContextPicksTheTownInThatCountry) {
  const std::string_view event = " said a man was arrested in Springfield.";
  const auto american = parse("American officials in the United States" + std::string(event));
  EXPECT_EQ(resolved(american, "Springfield").country, "US");
  const auto egyptian = parse("Egyptian police in Egypt said a man was arrested in Alexandria.");
  EXPECT_EQ(resolved(egyptian, "Alexandria").geonameid, kAlexandriaEgypt);
}

TEST(Resolver, CountryContextAloneDoesNotMoveACityOfMillionsOntoASmallNamesake) {
  // Alexandria, Egypt (5.3M) against Alexandria, Virginia (159k): an
  // article about the United States that names nothing in Virginia.
  const auto american = parse("American officials in the United States said a man was arrested in Alexandria.");
  EXPECT_EQ(resolved(american, "Alexandria").geonameid, kAlexandriaEgypt);
  // Paris, France against Paris, Texas, in an article about Houston.
  EXPECT_EQ(resolved(parse("Police in Houston said the suspect had flown to Paris."), "Paris").geonameid,
            kParisFrance);
}

TEST(Resolver, SpecificEvidenceStillPicksTheSmallNamesake) {
  EXPECT_EQ(resolved(parse("Police in Houston said the suspect had flown to Paris, Texas."), "Paris").geonameid,
            kParisTexas);
  // The containing state named in the article.
  EXPECT_EQ(resolved(parse("Officials in Texas said the suspect had flown to Paris."), "Paris").geonameid,
            kParisTexas);
}

TEST(Resolver, TownInStateIsContainmentToo) {
  const auto mentions = parse("Storms hit Springfield in Missouri on Friday.", Explain::yes);
  EXPECT_EQ(resolved(mentions, "Springfield").geonameid, kSpringfieldMissouri);
  const auto springfield = fixture::mentions_written(mentions, "Springfield");
  ASSERT_FALSE(springfield.empty());
  const auto& evidence = springfield[0].candidates.front().evidence;
  EXPECT_TRUE(std::any_of(evidence.begin(), evidence.end(),
                          [](const std::string& e) { return e.starts_with("in Missouri (\"X in Y\")"); }))
      << ::testing::PrintToString(evidence);
}

TEST(Resolver, ExplainSaysWhenContextAloneWasHeldBelowAProminentPlace) {
  const auto mentions = parse("Police in Houston said the suspect had flown to Paris.", Explain::yes);
  const auto paris = fixture::mentions_written(mentions, "Paris");
  ASSERT_EQ(paris.size(), 1u);
  const auto texas = std::find_if(paris[0].candidates.begin(), paris[0].candidates.end(),
                                  [](const CandidateScore& c) { return c.place.geonameid == kParisTexas; });
  ASSERT_NE(texas, paris[0].candidates.end());
  EXPECT_TRUE(std::any_of(texas->evidence.begin(), texas->evidence.end(),
                          [](const std::string& e) { return e.starts_with("held below Paris (city)"); }))
      << ::testing::PrintToString(texas->evidence);
  EXPECT_LT(texas->score, paris[0].candidates.front().score);
}

TEST(Resolver, AListOfStatesIsReadAsStates) {
  // Nevada, Missouri is a town of 8,000 in the state the article names; in a
  // list with Ohio and Texas, Nevada is the state (and "Nevada, Ohio" is no
  // town in Ohio).
  const auto mentions = parse("Officials in Missouri said storms hit Nevada, Ohio and Texas.");
  const GazetteerPlace nevada = resolved(mentions, "Nevada");
  EXPECT_EQ(nevada.type, GeoType::admin1);
  EXPECT_EQ(nevada.name, "Nevada");
  EXPECT_EQ(resolved(mentions, "Ohio").type, GeoType::admin1);
  // Alone, in the same article, the Missouri town still reads.
  EXPECT_EQ(resolved(parse("Officials in Missouri said storms hit Nevada."), "Nevada").country, "US");
  EXPECT_EQ(resolved(parse("Officials in Missouri said storms hit Nevada."), "Nevada").type, GeoType::city);
}

TEST(Resolver, ARepeatedNameTakesTheEvidenceOfItsQualifiedMention) {
  const auto mentions =
      parse("The fire started in Springfield, Missouri on Friday. On Sunday, Springfield was calm.", Explain::yes);
  const auto springfield = fixture::mentions_written(mentions, "Springfield");
  ASSERT_EQ(springfield.size(), 2u);
  ASSERT_TRUE(springfield[1].place);
  EXPECT_EQ(springfield[1].place->geonameid, kSpringfieldMissouri);
  const auto& evidence = springfield[1].candidates.front().evidence;
  EXPECT_TRUE(std::any_of(evidence.begin(), evidence.end(), [](const std::string& e) {
    return e.find("where the article writes the name again") != std::string::npos;
  })) << ::testing::PrintToString(evidence);
}

TEST(Resolver, OneNameQualifiedTwoWaysKeepsEachReading) {
  const auto mentions = parse("Storms hit Portland, Maine and Portland, Oregon. Portland, Maine lost power.");
  EXPECT_EQ(resolved(mentions, "Portland", 0).geonameid, kPortlandMaine);
  EXPECT_EQ(resolved(mentions, "Portland", 1).geonameid, kPortlandOregon);
  EXPECT_EQ(resolved(mentions, "Portland", 2).geonameid, kPortlandMaine);
}

TEST(Resolver, Admin1ContextPicksTheTownInThatState) {
  EXPECT_EQ(resolved(parse("Officials in Virginia said a man was arrested in Alexandria."), "Alexandria").geonameid,
            kAlexandriaVirginia);
  EXPECT_EQ(resolved(parse("Officials in Missouri said Springfield was calm."), "Springfield").geonameid,
            kSpringfieldMissouri);
}

TEST(Resolver, ExplainNamesTheContextThatDecided) {
  const auto mentions = parse("Officials in Virginia said a man was arrested in Alexandria.", Explain::yes);
  const auto alexandria = fixture::mentions_written(mentions, "Alexandria");
  ASSERT_EQ(alexandria.size(), 1u);
  ASSERT_FALSE(alexandria[0].candidates.empty());
  const auto& evidence = alexandria[0].candidates.front().evidence;
  const auto says = [&](std::string_view what) {
    return std::any_of(evidence.begin(), evidence.end(), [&](const std::string& e) { return e.starts_with(what); });
  };
  EXPECT_TRUE(says("admin1 named in article")) << ::testing::PrintToString(evidence);
  EXPECT_TRUE(says("country US in article")) << ::testing::PrintToString(evidence);
}

TEST(Resolver, LaterBareMentionFollowsTheQualifiedOne) {
  const auto mentions = parse("A storm hit Portland, Maine on Friday. Portland schools stayed closed.");
  EXPECT_EQ(resolved(mentions, "Portland", 0).geonameid, kPortlandMaine);
  EXPECT_EQ(resolved(mentions, "Portland", 1).geonameid, kPortlandMaine);
}

TEST(Resolver, OneNameWrittenTwiceIsOnePlace) {
  // Zürich the city and Zurich the canton are both in the fixture.
  const auto mentions = parse("Zürich police said Zürich was calm.");
  const GazetteerPlace first = resolved(mentions, "Zürich", 0);
  const GazetteerPlace second = resolved(mentions, "Zürich", 1);
  EXPECT_EQ(first.name, second.name);
  EXPECT_EQ(first.type, second.type);
}

TEST(Resolver, DivisionNamedAfterItsSeatMeansTheCity) {
  // The canton of Zurich is named after its seat; news means the city.
  const GazetteerPlace zurich = resolved(parse("Protests in Zürich ended peacefully."), "Zürich");
  EXPECT_EQ(zurich.geonameid, 2657896u);
  EXPECT_EQ(zurich.type, GeoType::city);
}

TEST(Resolver, HamletAbroadInAnArticleAboutAnotherCountryStaysUnresolved) {
  // Barchi is a Kabul district the gazetteer lacks, and an Italian hamlet it holds.
  const auto mentions =
      parse("Gunmen attacked a school in Barchi, a district of Kabul. Officials in Kabul and Afghanistan condemned it.");
  const auto barchi = fixture::mentions_written(mentions, "Barchi");
  ASSERT_EQ(barchi.size(), 1u);
  EXPECT_FALSE(barchi[0].place) << "placed in " << barchi[0].place->country;
  EXPECT_EQ(resolved(mentions, "Kabul").country, "AF");
}

TEST(Resolver, EmbassyInACityIsTheEmbassyLandmark) {
  const auto mentions = parse("Rockets fell near the U.S. Embassy in Baghdad on Sunday night.");
  const GazetteerPlace embassy = resolved(mentions, "U.S. Embassy in Baghdad");
  EXPECT_EQ(embassy.geonameid, kUsEmbassyBaghdad);
  EXPECT_EQ(embassy.type, GeoType::landmark);
  EXPECT_EQ(embassy.feature_code, "DIP");
  EXPECT_EQ(embassy.parent_geonameid, kBaghdad);
  EXPECT_EQ(embassy.admin1, "Baghdad");
  // The landmark, not the city it names nor the country of its owner.
  EXPECT_TRUE(fixture::mentions_written(mentions, "Baghdad").empty());
  EXPECT_TRUE(fixture::mentions_written(mentions, "U.S.").empty());
}

TEST(Resolver, DemonymResolvesToItsCountry) {
  const GazetteerPlace iraq = resolved(parse("Iraqi officials denied the report."), "Iraqi");
  EXPECT_EQ(iraq.type, GeoType::country);
  EXPECT_EQ(iraq.country, "IQ");
}

TEST(Resolver, ConfidenceIsBetweenZeroAndOne) {
  const auto mentions =
      parse("Protesters in Springfield, Paris and Alexandria marched as Iraqi officials met in Baghdad. "
            "Crowds gathered on Main Street.");
  ASSERT_GE(mentions.size(), 5u);
  for (const auto& m : mentions) {
    EXPECT_GE(m.confidence, 0.0) << m.text;
    EXPECT_LE(m.confidence, 1.0) << m.text;
  }
}

TEST(Resolver, ConfidenceIsLowerForATrulyAmbiguousName) {
  // Four Springfields of similar size and nothing to choose between them,
  // against a capital that has only its own province to compete with.
  const double springfield = confidence_of(parse("Protesters gathered in Springfield."), "Springfield");
  const double baghdad = confidence_of(parse("Protesters gathered in Baghdad."), "Baghdad");
  EXPECT_LT(springfield, 0.6);
  EXPECT_GT(baghdad, 0.8);
  EXPECT_LT(springfield, baghdad);
}

TEST(Resolver, ContainmentRaisesConfidence) {
  const double bare = confidence_of(parse("Protesters gathered in Springfield."), "Springfield");
  const double qualified = confidence_of(parse("Protesters gathered in Springfield, Missouri."), "Springfield");
  EXPECT_GT(qualified, bare);
  EXPECT_GT(qualified, 0.9);
}

TEST(Resolver, ExplainListsCandidatesBestFirstWithEvidence) {
  const auto mentions = parse("Protesters gathered in Springfield and Alexandria.", Explain::yes);
  ASSERT_EQ(mentions.size(), 2u);
  for (const auto& m : mentions) {
    ASSERT_TRUE(m.place) << m.text;
    ASSERT_GE(m.candidates.size(), 3u) << m.text;
    EXPECT_EQ(m.candidates.front().place.geonameid, m.place->geonameid) << m.text;
    EXPECT_TRUE(std::is_sorted(m.candidates.begin(), m.candidates.end(),
                               [](const CandidateScore& a, const CandidateScore& b) { return a.score > b.score; }))
        << m.text;
    for (const auto& c : m.candidates) EXPECT_FALSE(c.evidence.empty()) << m.text << " / " << c.place.name;
  }
}

TEST(Resolver, ExplainDoesNotChangeTheReading) {
  const std::string text = "Officials in Virginia said Alexandria and Springfield were calm; Paris was not.";
  const auto plain = parse(text);
  const auto explained = parse(text, Explain::yes);
  ASSERT_EQ(plain.size(), explained.size());
  for (std::size_t i = 0; i < plain.size(); ++i) {
    ASSERT_TRUE(plain[i].place && explained[i].place) << plain[i].text;
    EXPECT_EQ(plain[i].place->geonameid, explained[i].place->geonameid) << plain[i].text;
    EXPECT_DOUBLE_EQ(plain[i].confidence, explained[i].confidence) << plain[i].text;
    EXPECT_TRUE(plain[i].candidates.empty());
  }
}

TEST(Resolver, ExplainStatesEachPieceOfEvidenceOnce) {
  const auto mentions = parse("Officials in Springfield, Illinois said.", Explain::yes);
  ASSERT_FALSE(mentions.empty());
  ASSERT_FALSE(mentions.front().candidates.empty());
  const auto& evidence = mentions.front().candidates.front().evidence;
  // Three rounds of context scoring must not leave three copies of a line.
  const std::set<std::string> distinct(evidence.begin(), evidence.end());
  EXPECT_EQ(distinct.size(), evidence.size()) << ::testing::PrintToString(evidence);
  EXPECT_TRUE(std::any_of(evidence.begin(), evidence.end(),
                          [](const std::string& e) { return e.starts_with("in Illinois"); }))
      << ::testing::PrintToString(evidence);
}

TEST(Resolver, UnresolvableMentionKeepsItsPlaceInTheOutput) {
  const std::string text = "Police closed Springfield Road while Baghdad celebrated and Iraqi fans sang.";
  const auto mentions = parse(text);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].text, "Springfield Road");
  EXPECT_FALSE(mentions[0].place);
  EXPECT_EQ(mentions[0].confidence, 0.0);
  EXPECT_EQ(resolved(mentions, "Baghdad").geonameid, kBaghdad);
  EXPECT_EQ(resolved(mentions, "Iraqi").country, "IQ");
}

TEST(Resolver, MentionsComeOutInTextOrder) {
  const auto mentions = parse("Iraqi troops left Mosul for Kirkuk. Later, Basra and Baghdad reported calm.");
  ASSERT_GE(mentions.size(), 5u);
  for (std::size_t i = 1; i < mentions.size(); ++i) EXPECT_LT(mentions[i - 1].end, mentions[i].start);
}

}  // namespace
}  // namespace incimap::geo
