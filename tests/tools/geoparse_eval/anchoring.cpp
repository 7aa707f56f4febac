#include "geoparse_eval/anchoring.hpp"

namespace incimap::tools {
namespace {

bool phrase_at(std::u32string_view text, std::u32string_view phrase, std::size_t start) {
  return start <= text.size() && text.substr(start, phrase.size()) == phrase;
}

}  // namespace

AnchoredSpan anchor_phrase(std::u32string_view text, std::u32string_view phrase, std::size_t stated_start,
                           std::size_t stated_end, std::size_t window) {
  if (phrase.empty()) return {stated_start, stated_end, AnchorStatus::as_stated};
  const auto anchored_at = [&](std::size_t start) {
    const std::size_t end = start + phrase.size();
    const bool unchanged = start == stated_start && end == stated_end;
    return AnchoredSpan{start, end, unchanged ? AnchorStatus::as_stated : AnchorStatus::moved};
  };
  for (std::size_t distance = 0; distance <= window; ++distance) {
    if (distance <= stated_start && phrase_at(text, phrase, stated_start - distance)) {
      return anchored_at(stated_start - distance);
    }
    if (phrase_at(text, phrase, stated_start + distance)) return anchored_at(stated_start + distance);
  }
  return {stated_start, stated_end, AnchorStatus::not_found};
}

}  // namespace incimap::tools
