#include "geo/incidents/accusation_clause.hpp"

#include <array>
#include <string_view>

namespace incimap::geo {
namespace {

// "over the weekend", "over two days": a time, not a charge.
bool starts_a_time(const Words& words, std::size_t at) {
  for (std::size_t i = at; i < words.size() && i < at + 3; ++i) {
    if (in_class(words[i], WordClass::time_periods) || words[i].kind == TokenKind::number) return true;
  }
  return false;
}

// "arrest four suspects over Peshawar roadside bombing": "over" after a
// word for arresting or charging someone, up to four words back ("troops
// held the town over two days" is neither).
bool is_held_over(const Words& words, std::size_t at) {
  if (!words[at].is("over") || starts_a_time(words, at + 1)) return false;
  for (std::size_t i = at > 4 ? at - 4 : 0; i < at; ++i) {
    if (in_class(words[i], WordClass::custody_words)) return true;
  }
  return false;
}

// The clause ends at a comma, a clause break, or "and" before a verb in
// the past tense ("held over the bombing and released two others"); "and"
// inside the accusation goes on ("suspected of planting and detonating").
bool ends_accusation(const Words& words, std::size_t at) {
  if (words[at].is_punct(",") || is_clause_break(words[at])) return true;
  return words[at].is("and") && at + 1 < words.size() && words[at + 1].lower.ends_with("ed");
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
    while (end < words.size() && !ends_accusation(words, end)) ++end;
    return WordRange{i, end};
  }
  return std::nullopt;
}

}  // namespace incimap::geo
