#pragma once
// The tab-separated list of mistakes a geoparser developer tunes against.
// Rows are grouped by finding kind (false negatives, false positives,
// unresolved, far) and, within a kind, by how often the same phrase (ignoring
// case) goes wrong, most frequent first: fixing "Iraqi" once is worth more
// than fixing a one-off street name.

#include <ostream>
#include <string_view>
#include <vector>

#include "geoparse_eval/scoring.hpp"

namespace incimap::tools {

std::string_view finding_kind_name(FindingKind kind) noexcept;

// By kind, then phrase frequency (descending), then phrase; equal phrases
// keep the order they were found in (corpus order).
std::vector<Finding> sort_by_phrase_frequency(std::vector<Finding> findings);

// Header line, then one row per finding:
//   kind phrase phrase_count article start end mention_kind error_km
//   predicted_name predicted_lat predicted_lon predicted_geonameid
//   gold_name gold_lat gold_lon gold_geonameid context
// start/end are code points into the article text. Tabs and newlines inside
// fields become spaces; empty cells mean "not applicable".
void write_error_report(std::ostream& out, const std::vector<Finding>& findings);

}  // namespace incimap::tools
