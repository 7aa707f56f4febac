#include "geoparse_eval/summary.hpp"

#include <cstdio>
#include <string>

namespace incimap::tools {
namespace {

std::string format(const char* pattern, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, pattern, value);
  return buffer;
}

std::string ratio_text(std::optional<double> value) { return value ? format("%.3f", *value) : "n/a"; }
std::string km_text(std::optional<double> value) { return value ? format("%.1f km", *value) : "n/a"; }

nlohmann::ordered_json optional_number(std::optional<double> value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

void print_row(std::ostream& out, std::string_view label, std::size_t count, std::string_view note = {}) {
  char buffer[128];
  std::snprintf(buffer, sizeof buffer, "  %-26s %8zu", std::string(label).c_str(), count);
  out << buffer;
  if (!note.empty()) out << "   " << note;
  out << '\n';
}

void print_counts(std::ostream& out, const Evaluation& evaluation) {
  const std::size_t placed = evaluation.errors_km.size();
  print_row(out, "articles", evaluation.articles,
            std::to_string(evaluation.diagnostics.articles_without_predictions) + " without predictions");
  print_row(out, "gold toponyms", evaluation.recognition.gold,
            std::to_string(evaluation.gold_with_coordinates) + " with coordinates");
  print_row(out, "predicted toponyms", evaluation.recognition.predicted);
  for (const auto& [kind, counts] : evaluation.by_kind) {
    print_row(out, "  kind " + (kind.empty() ? std::string("(none)") : kind), counts.predicted,
              std::to_string(counts.matched) + " matched");
  }
  print_row(out, "matched", evaluation.recognition.matched);
  print_row(out, "matched with coordinates", placed, "both sides; " + std::to_string(evaluation.matched_unresolved) +
                                                         " more matched but unresolved");
}

void print_scores(std::ostream& out, const Evaluation& evaluation) {
  const RecognitionCounts& counts = evaluation.recognition;
  const ErrorSummary errors = summarize_errors(evaluation.errors_km);
  const auto strict = strict_accuracy(evaluation.strict_correct, evaluation.gold_with_coordinates);
  out << "  recognition   precision " << ratio_text(precision(counts)) << "   recall " << ratio_text(recall(counts))
      << "   F1 " << ratio_text(f1(counts)) << '\n';
  out << "  resolution    acc@161 " << ratio_text(errors.accuracy_161) << "   AUC " << ratio_text(errors.auc)
      << "   mean " << km_text(errors.mean_km) << "   median " << km_text(errors.median_km) << '\n';
  out << "  end to end    strict acc@161 " << ratio_text(strict) << "   (" << evaluation.strict_correct << " of "
      << evaluation.gold_with_coordinates << " gold toponyms with coordinates)\n";
}

void print_diagnostics(std::ostream& out, const Diagnostics& d) {
  out << "  gold offsets  " << d.gold_reanchored << " re-anchored onto their phrase, " << d.gold_not_anchored
      << " phrase not found near the offset\n";
  if (d.predictions_out_of_range + d.predictions_off_boundary + d.predictions_text_mismatch + d.unknown_articles > 0) {
    out << "  warnings      " << d.predictions_out_of_range << " predictions past the end of the text, "
        << d.predictions_off_boundary << " inside a UTF-8 sequence, " << d.predictions_text_mismatch
        << " with \"text\" unlike the article at their offsets; " << d.unknown_articles
        << " predicted articles not in the corpus\n";
  }
}

nlohmann::ordered_json diagnostics_json(const Diagnostics& d) {
  return {{"gold_reanchored", d.gold_reanchored},
          {"gold_not_anchored", d.gold_not_anchored},
          {"predictions_out_of_range", d.predictions_out_of_range},
          {"predictions_off_boundary", d.predictions_off_boundary},
          {"predictions_text_mismatch", d.predictions_text_mismatch},
          {"articles_without_predictions", d.articles_without_predictions},
          {"unknown_articles", d.unknown_articles}};
}

}  // namespace

void print_summary(std::ostream& out, const Evaluation& evaluation, const ScoredFiles& files) {
  out << files.predictions << " against " << files.corpus << '\n';
  print_counts(out, evaluation);
  out << '\n';
  print_scores(out, evaluation);
  out << '\n';
  print_diagnostics(out, evaluation.diagnostics);
}

nlohmann::ordered_json summary_json(const Evaluation& evaluation, const ScoredFiles& files) {
  const RecognitionCounts& counts = evaluation.recognition;
  const ErrorSummary errors = summarize_errors(evaluation.errors_km);
  nlohmann::ordered_json by_kind = nlohmann::ordered_json::object();
  for (const auto& [kind, kind_counts] : evaluation.by_kind) {
    by_kind[kind] = {{"predicted", kind_counts.predicted}, {"matched", kind_counts.matched}};
  }
  return {{"corpus", files.corpus},
          {"predictions", files.predictions},
          {"articles", evaluation.articles},
          {"gold", counts.gold},
          {"gold_with_coordinates", evaluation.gold_with_coordinates},
          {"predicted", counts.predicted},
          {"matched", counts.matched},
          {"matched_with_coordinates", errors.count},
          {"matched_unresolved", evaluation.matched_unresolved},
          {"by_kind", by_kind},
          {"precision", precision(counts)},
          {"recall", recall(counts)},
          {"f1", f1(counts)},
          {"acc_161", optional_number(errors.accuracy_161)},
          {"auc", optional_number(errors.auc)},
          {"mean_km", optional_number(errors.mean_km)},
          {"median_km", optional_number(errors.median_km)},
          {"strict_acc_161", optional_number(strict_accuracy(evaluation.strict_correct, evaluation.gold_with_coordinates))},
          {"strict_correct", evaluation.strict_correct},
          {"diagnostics", diagnostics_json(evaluation.diagnostics)}};
}

}  // namespace incimap::tools
