#include "geoparse_eval/scoring.hpp"

#include <set>
#include <span>

#include "geoparse_eval/anchoring.hpp"
#include "geoparse_eval/great_circle.hpp"
#include "geoparse_eval/matching.hpp"
#include "geoparse_eval/snippet.hpp"
#include "geoparse_eval/utf8.hpp"

namespace incimap::tools {
namespace {

// One article's text and mentions in the code-point frame the gold uses.
struct ArticleFrame {
  const Article& article;
  DecodedText text;
  std::vector<Mention> gold;
  std::vector<Mention> predicted;
  std::vector<std::string> predicted_text;  // UTF-8, for the report
};

Mention gold_mention(const GoldToponym& toponym, const DecodedText& text, Diagnostics& diagnostics) {
  const std::u32string phrase = from_utf8(toponym.phrase);
  const AnchoredSpan span = anchor_phrase(text.code_points(), phrase, toponym.start, toponym.end);
  if (span.status == AnchorStatus::moved) ++diagnostics.gold_reanchored;
  if (span.status == AnchorStatus::not_found) ++diagnostics.gold_not_anchored;
  return {span.start, span.end, fold_case(phrase)};
}

// The article's own bytes at the offsets are what the prediction claims to
// have found; "text" is only the fallback when the offsets are unusable.
std::string predicted_surface(const PredictedPlace& place, const ArticleFrame& frame, Diagnostics& diagnostics) {
  if (place.end_byte > frame.text.byte_size()) {
    ++diagnostics.predictions_out_of_range;
    return place.text;
  }
  if (!frame.text.is_boundary(place.start_byte) || !frame.text.is_boundary(place.end_byte)) {
    ++diagnostics.predictions_off_boundary;
  }
  std::string surface = frame.article.text.substr(place.start_byte, place.end_byte - place.start_byte);
  if (!place.text.empty() && place.text != surface) ++diagnostics.predictions_text_mismatch;
  return surface;
}

void add_predicted(ArticleFrame& frame, const std::vector<PredictedPlace>& places, Diagnostics& diagnostics) {
  for (const PredictedPlace& place : places) {
    std::string surface = predicted_surface(place, frame, diagnostics);
    frame.predicted.push_back({frame.text.code_point_offset(place.start_byte),
                               frame.text.code_point_offset(place.end_byte), fold_case(from_utf8(surface))});
    frame.predicted_text.push_back(std::move(surface));
  }
}

PlaceRef gold_ref(const GoldToponym& toponym) {
  if (!toponym.place) return {};
  return {toponym.place->name, toponym.place->geonameid, toponym.place->point};
}

PlaceRef predicted_ref(const PredictedPlace& place) { return {place.name, place.geonameid, place.point}; }

Finding gold_finding(FindingKind kind, const ArticleFrame& frame, std::size_t g) {
  const Mention& mention = frame.gold[g];
  Finding finding;
  finding.kind = kind;
  finding.phrase = frame.article.toponyms[g].phrase;
  finding.article_id = frame.article.id;
  finding.start = mention.start;
  finding.end = mention.end;
  finding.gold = gold_ref(frame.article.toponyms[g]);
  finding.context = context_snippet(frame.text.code_points(), mention.start, mention.end);
  return finding;
}

Finding false_positive(const ArticleFrame& frame, const PredictedPlace& place, std::size_t p) {
  const Mention& mention = frame.predicted[p];
  Finding finding;
  finding.kind = FindingKind::false_positive;
  finding.phrase = frame.predicted_text[p];
  finding.article_id = frame.article.id;
  finding.start = mention.start;
  finding.end = mention.end;
  finding.mention_kind = place.kind;
  finding.predicted = predicted_ref(place);
  finding.context = context_snippet(frame.text.code_points(), mention.start, mention.end);
  return finding;
}

// Resolution of one matched pair; only gold toponyms with coordinates count.
void score_resolution(const ArticleFrame& frame, const PredictedPlace& place, const MatchedPair& pair,
                      Evaluation& evaluation) {
  const GoldToponym& toponym = frame.article.toponyms[pair.gold];
  if (!toponym.place) return;
  Finding finding = gold_finding(FindingKind::unresolved, frame, pair.gold);
  finding.mention_kind = place.kind;
  finding.predicted = predicted_ref(place);
  if (!place.point) {
    ++evaluation.matched_unresolved;
    evaluation.findings.push_back(std::move(finding));
    return;
  }
  const double km = great_circle_km(*place.point, toponym.place->point);
  evaluation.errors_km.push_back(km);
  if (km < kAccuracyThresholdKm) {
    ++evaluation.strict_correct;
    return;
  }
  finding.kind = FindingKind::far;
  finding.error_km = km;
  evaluation.findings.push_back(std::move(finding));
}

void score_article(const Article& article, const std::vector<PredictedPlace>& places, Evaluation& evaluation) {
  ArticleFrame frame{article, DecodedText(article.text), {}, {}, {}};
  for (const GoldToponym& toponym : article.toponyms) {
    frame.gold.push_back(gold_mention(toponym, frame.text, evaluation.diagnostics));
    if (toponym.place) ++evaluation.gold_with_coordinates;
  }
  add_predicted(frame, places, evaluation.diagnostics);

  const std::vector<MatchedPair> pairs = match_greedily(frame.gold, frame.predicted);
  std::vector<bool> gold_matched(frame.gold.size(), false);
  std::vector<bool> predicted_matched(frame.predicted.size(), false);
  for (const MatchedPair& pair : pairs) {
    gold_matched[pair.gold] = true;
    predicted_matched[pair.predicted] = true;
    ++evaluation.by_kind[places[pair.predicted].kind].matched;
    score_resolution(frame, places[pair.predicted], pair, evaluation);
  }
  for (std::size_t g = 0; g < frame.gold.size(); ++g) {
    if (!gold_matched[g]) evaluation.findings.push_back(gold_finding(FindingKind::false_negative, frame, g));
  }
  for (std::size_t p = 0; p < places.size(); ++p) {
    ++evaluation.by_kind[places[p].kind].predicted;
    if (!predicted_matched[p]) evaluation.findings.push_back(false_positive(frame, places[p], p));
  }
  evaluation.recognition.gold += frame.gold.size();
  evaluation.recognition.predicted += places.size();
  evaluation.recognition.matched += pairs.size();
}

}  // namespace

Evaluation evaluate(const Corpus& corpus, const Predictions& predictions) {
  static const std::vector<PredictedPlace> kNothing;
  Evaluation evaluation;
  evaluation.articles = corpus.articles.size();
  std::set<std::string> known;
  for (const Article& article : corpus.articles) {
    known.insert(article.id);
    const auto found = predictions.by_article.find(article.id);
    if (found == predictions.by_article.end()) ++evaluation.diagnostics.articles_without_predictions;
    score_article(article, found == predictions.by_article.end() ? kNothing : found->second, evaluation);
  }
  for (const auto& [id, places] : predictions.by_article) {
    if (!known.contains(id)) ++evaluation.diagnostics.unknown_articles;
  }
  return evaluation;
}

}  // namespace incimap::tools
