#pragma once
// Pairing predicted toponyms with gold ones, the rule of Gritta et al. (2019)
// that the published LGL / TR-News numbers use: same string ignoring case and
// midpoints less than 10 characters apart, greedy, each prediction used once.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace incimap::tools {

// Half-width of the midpoint window, in code points: midpoints must be
// strictly closer than this.
inline constexpr std::size_t kMidpointWindow = 10;

struct Mention {
  std::size_t start = 0;  // code points
  std::size_t end = 0;
  std::u32string folded_text;  // fold_case() of the mention's text
};

struct MatchedPair {
  std::size_t gold = 0;  // index into the gold span
  std::size_t predicted = 0;
};

bool mentions_match(const Mention& gold, const Mention& predicted) noexcept;

// Gold mentions are taken in document order (start, then end); each takes
// the unused matching prediction with the nearest midpoint, ties to the one
// listed first. Pairs come back in gold document order.
std::vector<MatchedPair> match_greedily(std::span<const Mention> gold, std::span<const Mention> predicted);

}  // namespace incimap::tools
