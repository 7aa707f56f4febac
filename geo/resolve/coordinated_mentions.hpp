#pragma once
// Runs of coordinated mentions: "Nevada, New Mexico and Oregon", "Cebu,
// Bohol or Leyte". Names listed together are read as one kind of place (the
// resolver reads them as divisions of one country when each can be one), and
// a comma inside such a list does not mean "X, Y" containment.

#include <cstddef>
#include <string_view>
#include <vector>

#include "geo/recognize/recognizer.hpp"
#include "geo/text/tokens.hpp"

namespace incimap::geo {

// Mentions [first, last) in text order.
struct MentionRun {
  std::size_t first = 0;
  std::size_t last = 0;
};

// The maximal runs of two or more mentions that follow each other joined by
// nothing but ",", "and", "or", "&" (", and" too). A run of two counts only
// when joined by a conjunction: "Bangor, Maine" is a town and its state, not
// a list. `mentions` must be in text order.
std::vector<MentionRun> coordinated_runs(std::string_view text, const std::vector<Token>& tokens,
                                         const std::vector<RecognizedMention>& mentions);

}  // namespace incimap::geo
