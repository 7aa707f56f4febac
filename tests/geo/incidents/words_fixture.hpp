#pragma once
// One test sentence as the incident rules read it.

#include <cstdint>
#include <string>

#include "geo/incidents/sentence_words.hpp"
#include "geo/text/tokens.hpp"

namespace incimap::geo::testing {

// The whole of `text` as one sentence. The Words view `text`: keep it alive.
inline Words words_of(const std::string& text) {
  const auto tokens = tokenize(text);
  const Sentence all{0, static_cast<std::uint32_t>(text.size()), 0, static_cast<std::uint32_t>(tokens.size())};
  return sentence_words(text, tokens, all);
}

}  // namespace incimap::geo::testing
