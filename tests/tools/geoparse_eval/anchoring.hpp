#pragma once
// Re-anchoring gold offsets that do not point at their phrase. In TR-News 117
// of 1,319 toponyms start up to 10 code points after the phrase they name
// (one, "Kenyan", has an end one short), so taken as stated they would miss
// the 10-character midpoint window and turn a correct prediction into a false
// positive plus a false negative.

#include <cstddef>
#include <string_view>

namespace incimap::tools {

// How far from the stated start to look. The largest drift seen in TR-News is
// 10; a wider window would start to catch a different mention of the same
// name in the same paragraph.
inline constexpr std::size_t kReanchorWindow = 12;

enum class AnchorStatus {
  as_stated,  // the text at the stated start is the phrase, end as stated
  moved,      // start and/or end changed to an occurrence of the phrase
  not_found,  // no occurrence within the window: offsets kept as stated
};

struct AnchoredSpan {
  std::size_t start = 0;  // code points
  std::size_t end = 0;
  AnchorStatus status = AnchorStatus::as_stated;
};

// The occurrence of phrase (exact, case-sensitive) whose start is nearest to
// stated_start, at most `window` code points away; ties go to the earlier
// one, the direction TR-News drifts in. The end always becomes start +
// phrase length when the phrase is found. An empty phrase stays as stated.
AnchoredSpan anchor_phrase(std::u32string_view text, std::u32string_view phrase, std::size_t stated_start,
                           std::size_t stated_end, std::size_t window = kReanchorWindow);

}  // namespace incimap::tools
