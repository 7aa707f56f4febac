#include "geoparse_eval/metrics.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace incimap::tools {
namespace {

double ratio(std::size_t numerator, std::size_t denominator) noexcept {
  return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
}

}  // namespace

double precision(const RecognitionCounts& counts) noexcept { return ratio(counts.matched, counts.predicted); }

double recall(const RecognitionCounts& counts) noexcept { return ratio(counts.matched, counts.gold); }

double f1(const RecognitionCounts& counts) noexcept {
  const double p = precision(counts);
  const double r = recall(counts);
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

std::optional<double> error_curve_auc(std::vector<double> errors_km) {
  if (errors_km.size() < 2) return std::nullopt;
  std::sort(errors_km.begin(), errors_km.end());
  double area = 0.0;
  for (std::size_t i = 1; i < errors_km.size(); ++i) {
    area += (std::log1p(errors_km[i - 1]) + std::log1p(errors_km[i])) / 2.0;
  }
  return area / (std::log(kMaxErrorKm) * static_cast<double>(errors_km.size() - 1));
}

std::optional<double> median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  const std::size_t middle = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle), values.end());
  const double upper = values[middle];
  if (values.size() % 2 == 1) return upper;
  const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle));
  return (lower + upper) / 2.0;
}

std::optional<double> mean(const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

ErrorSummary summarize_errors(std::vector<double> errors_km) {
  ErrorSummary summary;
  summary.count = errors_km.size();
  if (errors_km.empty()) return summary;
  const auto close = std::count_if(errors_km.begin(), errors_km.end(), [](double km) { return km < kAccuracyThresholdKm; });
  summary.accuracy_161 = ratio(static_cast<std::size_t>(close), errors_km.size());
  summary.mean_km = mean(errors_km);
  summary.auc = error_curve_auc(errors_km);
  summary.median_km = median(std::move(errors_km));
  return summary;
}

std::optional<double> strict_accuracy(std::size_t correct, std::size_t gold_with_coordinates) noexcept {
  if (gold_with_coordinates == 0) return std::nullopt;
  return ratio(correct, gold_with_coordinates);
}

}  // namespace incimap::tools
