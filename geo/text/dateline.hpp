#pragma once
// The dateline that opens many news stories — "KABUL, September 7, 2020 —",
// "PESHAWAR:", "MOSUL, Iraq (Reuters) -" — says where and when the reporter
// filed, not where or when the event happened, so its place and date are
// not evidence for an incident.

#include <cstddef>
#include <optional>
#include <string_view>

#include "geo/text/text_span.hpp"

namespace incimap::geo {

// The dateline at the start of the body (`body_start` into `text`),
// separator included; nothing when the body opens with an ordinary sentence.
std::optional<TextSpan> find_dateline(std::string_view text, std::size_t body_start);

}  // namespace incimap::geo
