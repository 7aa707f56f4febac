// Scoring rules of geoparse_eval: offsets, case folding, distance, matching,
// metrics and the end-to-end evaluation, on tiny corpora written here.

#include "geoparse_eval/scoring.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include "geoparse_eval/corpus.hpp"
#include "geoparse_eval/great_circle.hpp"
#include "geoparse_eval/matching.hpp"
#include "geoparse_eval/metrics.hpp"
#include "geoparse_eval/predictions.hpp"
#include "geoparse_eval/utf8.hpp"

namespace incimap::tools {
namespace {

// --- byte offsets -> code points --------------------------------------------

TEST(DecodedText, ConvertsByteOffsetsToCodePoints) {
  // "é" is 2 bytes, "東" 3, "😀" 4.
  const DecodedText text("aé東😀z");
  ASSERT_EQ(text.size(), 5u);
  EXPECT_EQ(text.byte_size(), 11u);
  EXPECT_EQ(text.code_point_offset(0), 0u);
  EXPECT_EQ(text.code_point_offset(1), 1u);   // before é
  EXPECT_EQ(text.code_point_offset(3), 2u);   // before 東
  EXPECT_EQ(text.code_point_offset(6), 3u);   // before 😀
  EXPECT_EQ(text.code_point_offset(10), 4u);  // before z
  EXPECT_EQ(text.code_point_offset(11), 5u);  // end
}

TEST(DecodedText, OffsetInsideASequenceRoundsUpAndPastTheEndClamps) {
  const DecodedText text("aé東");
  EXPECT_EQ(text.code_point_offset(2), 2u);  // inside é
  EXPECT_EQ(text.code_point_offset(4), 3u);  // inside 東
  EXPECT_EQ(text.code_point_offset(99), 3u);
  EXPECT_TRUE(text.is_boundary(3));
  EXPECT_FALSE(text.is_boundary(2));
  EXPECT_TRUE(text.is_boundary(6));
  EXPECT_FALSE(text.is_boundary(7));
}

TEST(DecodedText, DecodesCodePointsAndRoundTrips) {
  const std::string utf8 = "Kraków – 東京 😀";
  const DecodedText text(utf8);
  EXPECT_EQ(text.code_points(), U"Kraków – 東京 😀");
  EXPECT_EQ(to_utf8(text.code_points()), utf8);
}

TEST(DecodedText, MalformedBytesBecomeOneReplacementEach) {
  const DecodedText text(std::string("a\xC3z\x80", 4));
  EXPECT_EQ(text.code_points(), U"a\uFFFDz\uFFFD");
  EXPECT_EQ(text.code_point_offset(3), 3u);
}

TEST(FoldCase, IgnoresCaseAcrossLatinGreekAndCyrillic) {
  EXPECT_EQ(fold_case(U"BAGHDAD"), U"baghdad");
  EXPECT_EQ(fold_case(U"ZÜRICH"), fold_case(U"zürich"));
  EXPECT_EQ(fold_case(U"ŁÓDŹ"), U"łódź");
  EXPECT_EQ(fold_case(U"ΑΘΗΝΑ"), U"αθηνα");
  EXPECT_EQ(fold_case(U"МОСКВА"), U"москва");
  EXPECT_EQ(fold_case(U"×"), U"×");  // U+00D7 is not a capital
  EXPECT_NE(fold_case(U"Paris"), fold_case(U"Parīs"));
}

// --- distance -----------------------------------------------------------------

GeoPoint at(double latitude, double longitude) { return *GeoPoint::from_lat_lon_degrees(latitude, longitude); }

TEST(GeoPoint, KeepsLatitudeAndLongitudeApartAndRejectsOutOfRange) {
  const GeoPoint point = at(33.3, 44.4);
  EXPECT_DOUBLE_EQ(point.latitude_deg(), 33.3);
  EXPECT_DOUBLE_EQ(point.longitude_deg(), 44.4);
  EXPECT_FALSE(GeoPoint::from_lat_lon_degrees(91.0, 0.0));
  EXPECT_FALSE(GeoPoint::from_lat_lon_degrees(0.0, 180.5));
  EXPECT_FALSE(GeoPoint::from_lat_lon_degrees(std::nan(""), 0.0));
}

TEST(GreatCircle, UsesASphereOfRadius6371Km) {
  const double one_degree = 6371.0 * std::numbers::pi / 180.0;
  EXPECT_NEAR(great_circle_km(at(0, 0), at(0, 1)), one_degree, 1e-9);
  EXPECT_NEAR(great_circle_km(at(0, 0), at(1, 0)), one_degree, 1e-9);
  EXPECT_NEAR(great_circle_km(at(0, 0), at(0, 180)), 6371.0 * std::numbers::pi, 1e-6);
  EXPECT_DOUBLE_EQ(great_circle_km(at(12.5, -7.25), at(12.5, -7.25)), 0.0);
}

TEST(GreatCircle, MatchesAKnownCityPairAndIsSymmetric) {
  // Two points roughly at London and Paris; haversine on R = 6371 km.
  const GeoPoint london = at(51.5074, -0.1278);
  const GeoPoint paris = at(48.8566, 2.3522);
  EXPECT_NEAR(great_circle_km(london, paris), 343.56, 0.05);
  EXPECT_DOUBLE_EQ(great_circle_km(london, paris), great_circle_km(paris, london));
  // One degree of longitude shrinks with the cosine of the latitude.
  EXPECT_NEAR(great_circle_km(at(60, 0), at(60, 1)), 6371.0 * std::numbers::pi / 180.0 * 0.5, 0.01);
}

// --- matching -----------------------------------------------------------------

Mention mention(std::size_t start, std::size_t end, std::u32string_view text) { return {start, end, fold_case(text)}; }

TEST(Matching, StringsEqualIgnoringCaseWithMidpointsUnderTenApart) {
  const Mention gold = mention(0, 6, U"Boston");  // midpoint 3
  EXPECT_TRUE(mentions_match(gold, mention(0, 6, U"BOSTON")));
  EXPECT_TRUE(mentions_match(gold, mention(9, 15, U"boston")));    // midpoint 12: 9 apart
  EXPECT_TRUE(mentions_match(gold, mention(9, 16, U"boston")));    // midpoint 12.5: 9.5 apart
  EXPECT_FALSE(mentions_match(gold, mention(10, 16, U"boston")));  // midpoint 13: exactly 10
  EXPECT_FALSE(mentions_match(gold, mention(0, 9, U"Bostonian")));
  EXPECT_FALSE(mentions_match(mention(20, 26, U"Boston"), mention(10, 16, U"Boston")));  // 10 before
}

TEST(Matching, EachPredictionIsUsedOnce) {
  const std::vector<Mention> gold = {mention(0, 5, U"Paris"), mention(8, 13, U"Paris")};
  const std::vector<Mention> predicted = {mention(4, 9, U"paris")};  // 4 from both
  const auto pairs = match_greedily(gold, predicted);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].gold, 0u);  // first gold in document order takes it
  EXPECT_EQ(pairs[0].predicted, 0u);
}

TEST(Matching, GoldTakesTheNearestUnusedPredictionInDocumentOrder) {
  // Gold listed out of order; predictions listed in reverse.
  const std::vector<Mention> gold = {mention(8, 13, U"Paris"), mention(0, 5, U"Paris")};
  const std::vector<Mention> predicted = {mention(8, 13, U"Paris"), mention(0, 5, U"Paris")};
  const auto pairs = match_greedily(gold, predicted);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].gold, 1u);
  EXPECT_EQ(pairs[0].predicted, 1u);
  EXPECT_EQ(pairs[1].gold, 0u);
  EXPECT_EQ(pairs[1].predicted, 0u);
}

TEST(Matching, UnmatchedOnBothSidesStayUnpaired) {
  const std::vector<Mention> gold = {mention(0, 4, U"Gaza"), mention(30, 34, U"Rafah")};
  const std::vector<Mention> predicted = {mention(0, 4, U"Gaza"), mention(50, 55, U"Egypt")};
  const auto pairs = match_greedily(gold, predicted);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].gold, 0u);
  EXPECT_TRUE(match_greedily(gold, {}).empty());
}

// --- metrics ------------------------------------------------------------------

TEST(Metrics, PrecisionRecallF1) {
  const RecognitionCounts counts{4, 5, 3};
  EXPECT_DOUBLE_EQ(precision(counts), 0.6);
  EXPECT_DOUBLE_EQ(recall(counts), 0.75);
  EXPECT_DOUBLE_EQ(f1(counts), 2.0 * 0.6 * 0.75 / 1.35);
  EXPECT_DOUBLE_EQ(precision({4, 0, 0}), 0.0);
  EXPECT_DOUBLE_EQ(recall({0, 3, 0}), 0.0);
  EXPECT_DOUBLE_EQ(f1({4, 0, 0}), 0.0);
}

TEST(Metrics, AccuracyAt161CountsStrictlyBelow) {
  const ErrorSummary summary = summarize_errors({0.0, 160.9, 161.0, 500.0});
  EXPECT_EQ(summary.count, 4u);
  EXPECT_DOUBLE_EQ(*summary.accuracy_161, 0.5);
}

TEST(Metrics, AucIsTheTrapezoidOfLogErrorsOverSortedErrors) {
  const double e = std::numbers::e;
  const double log_max = std::log(20039.0);
  // ln(1 + d) = 0, 1, ln 20039; trapezoid = (0+1)/2 + (1+ln 20039)/2.
  const double expected = (0.5 + (1.0 + log_max) / 2.0) / (log_max * 2.0);
  EXPECT_NEAR(*error_curve_auc({20038.0, 0.0, e - 1.0}), expected, 1e-12);  // sorts first
  EXPECT_DOUBLE_EQ(*error_curve_auc({0.0, 0.0, 0.0}), 0.0);
  EXPECT_NEAR(*error_curve_auc({20038.0, 20038.0}), 1.0, 1e-12);
  EXPECT_FALSE(error_curve_auc({5.0}));
  EXPECT_FALSE(error_curve_auc({}));
}

TEST(Metrics, MeanAndMedian) {
  EXPECT_DOUBLE_EQ(*median({5.0, 1.0, 3.0}), 3.0);
  EXPECT_DOUBLE_EQ(*median({4.0, 1.0, 3.0, 2.0}), 2.5);
  EXPECT_DOUBLE_EQ(*mean({1.0, 2.0, 6.0}), 3.0);
  EXPECT_FALSE(median({}));
  EXPECT_FALSE(mean({}));
  const ErrorSummary summary = summarize_errors({10.0, 1000.0, 40.0, 2.0});
  EXPECT_DOUBLE_EQ(*summary.median_km, 25.0);
  EXPECT_DOUBLE_EQ(*summary.mean_km, 263.0);
  EXPECT_FALSE(summarize_errors({}).accuracy_161);
}

TEST(Metrics, StrictAccuracyIsOverAllGoldWithCoordinates) {
  EXPECT_DOUBLE_EQ(*strict_accuracy(3, 12), 0.25);
  EXPECT_FALSE(strict_accuracy(0, 0));
}

// --- end to end -----------------------------------------------------------------

GoldToponym gold(std::size_t start, std::string phrase, std::optional<GeoPoint> point) {
  GoldToponym toponym;
  toponym.start = start;
  toponym.end = start + DecodedText(phrase).size();
  toponym.phrase = std::move(phrase);
  if (point) toponym.place = GoldPlace{"1", toponym.phrase, *point};
  return toponym;
}

PredictedPlace predicted(std::size_t start_byte, std::size_t end_byte, std::string kind,
                         std::optional<GeoPoint> point) {
  PredictedPlace place;
  place.start_byte = start_byte;
  place.end_byte = end_byte;
  place.kind = std::move(kind);
  place.point = point;
  return place;
}

std::size_t count(const Evaluation& evaluation, FindingKind kind) {
  return static_cast<std::size_t>(std::count_if(evaluation.findings.begin(), evaluation.findings.end(),
                                                [kind](const Finding& f) { return f.kind == kind; }));
}

// "Alder and Birch met at Cove. Dunmore Road is shut. Elmstead too." with
// made-up places: Alder (0,5) placed exactly, Birch (10,15) placed 300 km off,
// Cove (23,27) recognised but unresolved, Dunmore Road (29,41) has no
// coordinates in the gold, Elmstead (51,59) is missed, "shut" is a false
// positive.
struct SmallCase {
  Corpus corpus;
  Predictions predictions;
};

SmallCase small_case() {
  const GeoPoint alder = at(10.0, 20.0);
  const GeoPoint birch = at(-30.0, 140.0);
  Article article{"a1", "Alder and Birch met at Cove. Dunmore Road is shut. Elmstead too.", {}};
  article.toponyms = {gold(0, "Alder", alder), gold(10, "Birch", birch), gold(23, "Cove", at(5.0, 5.0)),
                      gold(29, "Dunmore Road", std::nullopt), gold(51, "Elmstead", at(1.0, 1.0))};
  Predictions predictions;
  predictions.by_article["a1"] = {
      predicted(0, 5, "place", at(10.0, 20.0)),
      predicted(10, 15, "place", at(-30.0 + 300.0 / 111.19492664455873, 140.0)),
      predicted(23, 27, "place", std::nullopt),
      predicted(29, 41, "place", at(0.0, 0.0)),
      predicted(45, 49, "demonym", at(0.0, 0.0)),
  };
  return {Corpus{"small.xml", {article}}, predictions};
}

TEST(Evaluate, CountsRecognitionOverEveryKind) {
  const SmallCase input = small_case();
  const Evaluation evaluation = evaluate(input.corpus, input.predictions);
  EXPECT_EQ(evaluation.recognition.gold, 5u);
  EXPECT_EQ(evaluation.recognition.predicted, 5u);
  EXPECT_EQ(evaluation.recognition.matched, 4u);
  EXPECT_EQ(evaluation.by_kind.at("place").predicted, 4u);
  EXPECT_EQ(evaluation.by_kind.at("place").matched, 4u);
  EXPECT_EQ(evaluation.by_kind.at("demonym").predicted, 1u);
  EXPECT_EQ(evaluation.by_kind.at("demonym").matched, 0u);
  EXPECT_EQ(count(evaluation, FindingKind::false_negative), 1u);
  EXPECT_EQ(count(evaluation, FindingKind::false_positive), 1u);
}

TEST(Evaluate, ResolutionUsesMatchesPlacedOnBothSidesAndStrictUsesAllGoldWithCoordinates) {
  const SmallCase input = small_case();
  const Evaluation evaluation = evaluate(input.corpus, input.predictions);
  EXPECT_EQ(evaluation.gold_with_coordinates, 4u);
  ASSERT_EQ(evaluation.errors_km.size(), 2u);  // Alder and Birch; Dunmore Road's gold has none
  EXPECT_NEAR(evaluation.errors_km[0], 0.0, 1e-9);
  EXPECT_NEAR(evaluation.errors_km[1], 300.0, 0.01);
  EXPECT_EQ(evaluation.matched_unresolved, 1u);  // Cove
  EXPECT_EQ(evaluation.strict_correct, 1u);      // only Alder
  EXPECT_DOUBLE_EQ(*summarize_errors(evaluation.errors_km).accuracy_161, 0.5);
  EXPECT_DOUBLE_EQ(*strict_accuracy(evaluation.strict_correct, evaluation.gold_with_coordinates), 0.25);
  EXPECT_EQ(count(evaluation, FindingKind::unresolved), 1u);
  ASSERT_EQ(count(evaluation, FindingKind::far), 1u);
}

TEST(Evaluate, FarFindingCarriesBothPlaces) {
  const SmallCase input = small_case();
  const Evaluation evaluation = evaluate(input.corpus, input.predictions);
  const auto far = std::find_if(evaluation.findings.begin(), evaluation.findings.end(),
                                [](const Finding& f) { return f.kind == FindingKind::far; });
  ASSERT_NE(far, evaluation.findings.end());
  EXPECT_EQ(far->phrase, "Birch");
  EXPECT_NEAR(*far->error_km, 300.0, 0.01);
  EXPECT_DOUBLE_EQ(far->gold.point->latitude_deg(), -30.0);
  EXPECT_GT(far->predicted.point->latitude_deg(), -28.0);
  EXPECT_EQ(far->context, "Alder and [[Birch]] met at Cove. Dunmore Road is shut. Elms...");
}

TEST(Evaluate, ArticleMissingFromPredictionsPredictsNothing) {
  SmallCase input = small_case();
  input.predictions.by_article.clear();
  input.predictions.by_article["not-in-corpus"] = {predicted(0, 5, "place", std::nullopt)};
  const Evaluation evaluation = evaluate(input.corpus, input.predictions);
  EXPECT_EQ(evaluation.recognition.predicted, 0u);
  EXPECT_EQ(evaluation.recognition.matched, 0u);
  EXPECT_EQ(evaluation.strict_correct, 0u);
  EXPECT_EQ(evaluation.diagnostics.articles_without_predictions, 1u);
  EXPECT_EQ(evaluation.diagnostics.unknown_articles, 1u);
  EXPECT_EQ(count(evaluation, FindingKind::false_negative), 5u);
}

TEST(Evaluate, ConvertsPredictedByteOffsetsToCodePoints) {
  // Sixteen 3-byte characters before the toponym: byte and code-point
  // offsets differ by 32, far beyond the 10-character window.
  const std::string prefix = "東京、大阪、京都、札幌、名古屋。 ";
  const std::string text = prefix + "Zürich";
  const std::size_t start = DecodedText(prefix).size();
  Article article{"u", text, {gold(start, "Zürich", at(47.37, 8.54))}};
  Predictions as_bytes;
  as_bytes.by_article["u"] = {predicted(prefix.size(), text.size(), "place", at(47.37, 8.54))};
  const Evaluation evaluation = evaluate(Corpus{"u.xml", {article}}, as_bytes);
  EXPECT_EQ(evaluation.recognition.matched, 1u);
  EXPECT_EQ(evaluation.strict_correct, 1u);

  Predictions as_code_points;  // a geoparser bug the scorer must not forgive
  as_code_points.by_article["u"] = {predicted(start, start + 6, "place", at(47.37, 8.54))};
  EXPECT_EQ(evaluate(Corpus{"u.xml", {article}}, as_code_points).recognition.matched, 0u);
}

TEST(Evaluate, ComparesTheArticleTextAtThePredictedOffsetsIgnoringCase) {
  Article article{"c", "FROM ZÜRICH TO BERN", {gold(5, "Zürich", std::nullopt)}};
  Predictions predictions;
  PredictedPlace place = predicted(5, 12, "place", std::nullopt);
  place.text = "Zürich";  // differs from the article's "ZÜRICH": counted, not trusted
  predictions.by_article["c"] = {place};
  const Evaluation evaluation = evaluate(Corpus{"c.xml", {article}}, predictions);
  EXPECT_EQ(evaluation.recognition.matched, 1u);
  EXPECT_EQ(evaluation.diagnostics.predictions_text_mismatch, 1u);
}

TEST(Evaluate, ReanchorsGoldOffsetsThatMissTheirPhrase) {
  // Stated 10 code points late, as in TR-News: taken as stated, the
  // midpoints would be exactly 10 apart and the correct prediction would miss.
  Article article{"t", "Reports from Aleppo and from elsewhere.", {}};
  GoldToponym late = gold(23, "Aleppo", at(36.2, 37.15));
  article.toponyms = {late};
  Predictions predictions;
  predictions.by_article["t"] = {predicted(13, 19, "place", at(36.2, 37.15))};
  const Evaluation evaluation = evaluate(Corpus{"t.xml", {article}}, predictions);
  EXPECT_EQ(evaluation.recognition.matched, 1u);
  EXPECT_EQ(evaluation.diagnostics.gold_reanchored, 1u);
  EXPECT_EQ(evaluation.diagnostics.gold_not_anchored, 0u);
}

}  // namespace
}  // namespace incimap::tools
