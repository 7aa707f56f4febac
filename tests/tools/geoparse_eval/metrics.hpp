#pragma once
// The scores of Gritta et al. (2019), "A Pragmatic Guide to Geoparsing
// Evaluation", computed exactly as their evaluation code does so that numbers
// compare with the published LGL / TR-News results.

#include <cstddef>
#include <optional>
#include <vector>

namespace incimap::tools {

// 161 km = 100 miles, the field's "accuracy" threshold; strictly below counts.
inline constexpr double kAccuracyThresholdKm = 161.0;
// Half the Earth's circumference: the largest possible error, which makes
// the AUC 1 for a parser that is always antipodal.
inline constexpr double kMaxErrorKm = 20039.0;

struct RecognitionCounts {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t matched = 0;
};

// 0 when the denominator is 0 (nothing predicted / no gold), the usual
// convention, so an empty prediction file scores 0 rather than NaN.
double precision(const RecognitionCounts& counts) noexcept;
double recall(const RecognitionCounts& counts) noexcept;
double f1(const RecognitionCounts& counts) noexcept;

// Distance statistics over matched toponyms with coordinates on both sides.
// Undefined values (no errors; AUC with fewer than two) are nullopt.
struct ErrorSummary {
  std::size_t count = 0;
  std::optional<double> accuracy_161;  // share with error < 161 km
  std::optional<double> auc;           // lower is better, in [0, 1]
  std::optional<double> mean_km;
  std::optional<double> median_km;
};

ErrorSummary summarize_errors(std::vector<double> errors_km);

// Area under the curve of ln(1 + error) over the errors sorted ascending,
// trapezoid rule with unit spacing, normalised by ln(20039) * (n - 1):
// numpy.trapz(log(sorted(e) + 1)) / (log(20039) * (len(e) - 1)).
std::optional<double> error_curve_auc(std::vector<double> errors_km);

// Middle value, or the mean of the two middle values for an even count.
std::optional<double> median(std::vector<double> values);
std::optional<double> mean(const std::vector<double>& values);

// Share of gold toponyms with coordinates that were matched and placed
// within 161 km; every other one (missed, unresolved, far) counts as wrong.
std::optional<double> strict_accuracy(std::size_t correct, std::size_t gold_with_coordinates) noexcept;

}  // namespace incimap::tools
