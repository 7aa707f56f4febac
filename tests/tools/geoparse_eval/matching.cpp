#include "geoparse_eval/matching.hpp"

#include <algorithm>
#include <numeric>
#include <optional>

namespace incimap::tools {
namespace {

// Twice the midpoint, so the comparison stays in integers: |m1 - m2| < 10
// exactly when |(s1 + e1) - (s2 + e2)| < 20.
std::size_t doubled_midpoint(const Mention& mention) noexcept { return mention.start + mention.end; }

std::size_t doubled_midpoint_distance(const Mention& a, const Mention& b) noexcept {
  const std::size_t ma = doubled_midpoint(a);
  const std::size_t mb = doubled_midpoint(b);
  return ma > mb ? ma - mb : mb - ma;
}

std::vector<std::size_t> document_order(std::span<const Mention> mentions) {
  std::vector<std::size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::pair(mentions[a].start, mentions[a].end) < std::pair(mentions[b].start, mentions[b].end);
  });
  return order;
}

std::optional<std::size_t> nearest_unused_match(const Mention& gold, std::span<const Mention> predicted,
                                                const std::vector<bool>& used) {
  std::optional<std::size_t> best;
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    if (used[p] || !mentions_match(gold, predicted[p])) continue;
    if (!best || doubled_midpoint_distance(gold, predicted[p]) < doubled_midpoint_distance(gold, predicted[*best])) {
      best = p;
    }
  }
  return best;
}

}  // namespace

bool mentions_match(const Mention& gold, const Mention& predicted) noexcept {
  return doubled_midpoint_distance(gold, predicted) < 2 * kMidpointWindow && gold.folded_text == predicted.folded_text;
}

std::vector<MatchedPair> match_greedily(std::span<const Mention> gold, std::span<const Mention> predicted) {
  std::vector<bool> used(predicted.size(), false);
  std::vector<MatchedPair> pairs;
  for (const std::size_t g : document_order(gold)) {
    if (const auto p = nearest_unused_match(gold[g], predicted, used)) {
      used[*p] = true;
      pairs.push_back({g, *p});
    }
  }
  return pairs;
}

}  // namespace incimap::tools
