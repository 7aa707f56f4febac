#pragma once
// Presenting an Evaluation: a table for people, a JSON object for scripts
// that track scores across geoparser versions.

#include <nlohmann/json.hpp>

#include <ostream>
#include <string_view>

#include "geoparse_eval/scoring.hpp"

namespace incimap::tools {

struct ScoredFiles {
  std::string_view corpus;
  std::string_view predictions;
};

void print_summary(std::ostream& out, const Evaluation& evaluation, const ScoredFiles& files);

// Metrics as numbers (ratios in [0, 1], distances in km); undefined ones
// (e.g. AUC with fewer than two placed matches) are null.
nlohmann::ordered_json summary_json(const Evaluation& evaluation, const ScoredFiles& files);

}  // namespace incimap::tools
