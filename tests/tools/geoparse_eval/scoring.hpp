#pragma once
// Scoring a geoparser's predictions against a gold corpus: recognition
// (precision / recall / F1), resolution (error distances, acc@161, AUC) and
// the strict end-to-end share, plus the individual mistakes for tuning.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geoparse_eval/corpus.hpp"
#include "geoparse_eval/geo_point.hpp"
#include "geoparse_eval/metrics.hpp"
#include "geoparse_eval/predictions.hpp"

namespace incimap::tools {

enum class FindingKind {
  false_negative,  // gold toponym no prediction matched
  false_positive,  // prediction that matched no gold toponym
  unresolved,      // matched, gold has coordinates, the prediction has none
  far,             // matched, both placed, error >= 161 km
};

struct PlaceRef {
  std::string name;
  std::string geonameid;
  std::optional<GeoPoint> point;
};

struct Finding {
  FindingKind kind = FindingKind::false_negative;
  std::string phrase;  // gold phrase; the predicted text for a false positive
  std::string article_id;
  std::size_t start = 0;  // code points into the article text
  std::size_t end = 0;
  std::string mention_kind;  // the prediction's kind; empty for a false negative
  std::optional<double> error_km;  // for `far`
  PlaceRef predicted;
  PlaceRef gold;
  std::string context;  // context_snippet() around the mention
};

struct KindCounts {
  std::size_t predicted = 0;
  std::size_t matched = 0;
};

// Data problems that do not stop scoring but distort it; reported so they
// get fixed rather than tuned around.
struct Diagnostics {
  std::size_t gold_reanchored = 0;    // gold offsets moved onto their phrase
  std::size_t gold_not_anchored = 0;  // phrase not found near its offset: kept as stated
  std::size_t predictions_out_of_range = 0;   // end past the article's last byte
  std::size_t predictions_off_boundary = 0;   // start or end inside a UTF-8 sequence
  std::size_t predictions_text_mismatch = 0;  // "text" differs from the article at the offsets
  std::size_t articles_without_predictions = 0;
  std::size_t unknown_articles = 0;  // predicted ids that are not in the corpus
};

struct Evaluation {
  std::size_t articles = 0;
  RecognitionCounts recognition;
  std::map<std::string, KindCounts> by_kind;  // keyed by the prediction's kind
  std::size_t gold_with_coordinates = 0;
  std::size_t matched_unresolved = 0;
  std::size_t strict_correct = 0;  // gold with coordinates, matched, error < 161 km
  std::vector<double> errors_km;   // matched pairs with coordinates on both sides
  Diagnostics diagnostics;
  std::vector<Finding> findings;  // in corpus order
};

// Every prediction counts whatever its kind (place, demonym, ...); an article
// absent from the predictions predicted nothing.
Evaluation evaluate(const Corpus& corpus, const Predictions& predictions);

}  // namespace incimap::tools
