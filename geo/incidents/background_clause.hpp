#pragma once
// The part of a sentence that recalls an earlier event as background: "three
// years after the blast killed more than 220 people", "two days after the
// bombing", "on the anniversary of the massacre". Its triggers and counts
// belong to that earlier event, not to what the sentence reports.

#include <cstddef>
#include <optional>

#include "geo/incidents/sentence_words.hpp"

namespace incimap::geo {

struct WordRange {
  std::size_t first = 0;  // [first, last) into the sentence's Words
  std::size_t last = 0;

  bool contains(std::size_t word) const noexcept { return word >= first && word < last; }
};

// The first background clause of the sentence: from "after"/"since" that
// follows a length of time ("three years after", "a decade since") or from
// "anniversary of", to the next comma or clause break. Nothing when the
// sentence has none.
std::optional<WordRange> background_clause(const Words& words);

}  // namespace incimap::geo
