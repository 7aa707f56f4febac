#include "geo/incidents/accusation_clause.hpp"

#include <array>
#include <string_view>

namespace incimap::geo {
namespace {

// "arrest four suspects over Peshawar roadside bombing": "over" after a
// word for holding someone, up to four words back ("over the weekend" alone
// is a time, not a charge).
bool is_held_over(const Words& words, std::size_t at) {
  static constexpr auto kHeld = std::to_array<std::string_view>(
      {"arrest", "arrests", "arrested", "detain", "detains", "detained", "held", "hold", "holds", "charged",
       "jailed", "sentenced", "convicted", "suspects", "suspect", "questioned", "questioning"});
  if (!words[at].is("over")) return false;
  for (std::size_t i = at > 4 ? at - 4 : 0; i < at; ++i) {
    if (in_list(words[i].lower, kHeld)) return true;
  }
  return false;
}

bool is_accusation_cue(const Words& words, std::size_t i) {
  if (i + 1 >= words.size()) return false;
  const Word& next = words[i + 1];
  const bool accused = (words[i].is("suspected") || words[i].is("accused") || words[i].is("convicted")) &&
                       next.is("of");
  const bool charged = words[i].is("charged") && (next.is("with") || next.is("over"));
  const bool connection = words[i].is("connection") && next.is("with");
  return accused || charged || connection || is_held_over(words, i);
}

}  // namespace

std::optional<WordRange> accusation_clause(const Words& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_accusation_cue(words, i)) continue;
    std::size_t end = i + 1;
    while (end < words.size() && !words[end].is_punct(",") && !is_clause_break(words[end])) ++end;
    return WordRange{i, end};
  }
  return std::nullopt;
}

}  // namespace incimap::geo
