#include "geo/incidents/background_clause.hpp"

#include <array>
#include <string_view>

namespace incimap::geo {
namespace {

// "three years after", "a year after", "two decades since": the unit is one
// or two words before the connective ("three full years after").
bool follows_length_of_time(const Words& words, std::size_t connective) {
  for (std::size_t back = 1; back <= 2 && back <= connective; ++back) {
    if (in_class(words[connective - back], WordClass::time_units)) return true;
  }
  return false;
}

std::optional<std::size_t> background_start(const Words& words) {
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    const bool connective = words[i].is("after") || words[i].is("since");
    if (connective && follows_length_of_time(words, i)) return i;
    if (words[i].is("anniversary") && words[i + 1].is("of")) return i;
  }
  return std::nullopt;
}

}  // namespace

std::optional<WordRange> background_clause(const Words& words) {
  const auto start = background_start(words);
  if (!start) return std::nullopt;
  std::size_t end = *start + 1;
  while (end < words.size() && !words[end].is_punct(",") && !is_clause_break(words[end])) ++end;
  return WordRange{*start, end};
}

}  // namespace incimap::geo
