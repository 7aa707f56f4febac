#include "geo/text/dateline.hpp"

#include <algorithm>
#include <array>

namespace incimap::geo {
namespace {

// A dateline is short: a place, perhaps a region, a date and an agency.
constexpr std::size_t kMaxDatelineBytes = 100;

bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }

// "KABUL", "BOGOTÁ", "DEIR EZ-ZOR": the opening word has three or more
// letters and no lower-case ASCII letter.
bool opens_with_capitals(std::string_view head) {
  std::size_t letters = 0;
  for (const char c : head) {
    if (c == ' ' || c == ',' || c == ':' || c == '(') break;
    if (is_ascii_lower(c)) return false;
    if (is_ascii_upper(c) || static_cast<unsigned char>(c) >= 0x80) ++letters;
  }
  return letters >= 3;
}

bool names_an_agency(std::string_view head) {
  static constexpr auto kAgencies = std::to_array<std::string_view>({"(Reuters)", "(AP)", "(AFP)", "(dpa)", "(UPI)"});
  return std::any_of(kAgencies.begin(), kAgencies.end(),
                     [&](std::string_view agency) { return head.find(agency) != std::string_view::npos; });
}

// ". " before a capital ends a sentence; "Jan. 5" does not.
bool ends_a_sentence(std::string_view head) {
  for (std::size_t at = head.find(". "); at != std::string_view::npos; at = head.find(". ", at + 1)) {
    if (at + 2 < head.size() && is_ascii_upper(head[at + 2])) return true;
  }
  return false;
}

}  // namespace

std::optional<TextSpan> find_dateline(std::string_view text, std::size_t body_start) {
  if (body_start >= text.size() || !is_ascii_upper(text[body_start])) return std::nullopt;
  std::string_view head = text.substr(body_start, kMaxDatelineBytes);
  head = head.substr(0, head.find('\n'));
  static constexpr auto kSeparators = std::to_array<std::string_view>({" — ", " – ", " -- ", " - ", ": "});
  std::size_t best = std::string_view::npos;
  std::size_t best_length = 0;
  for (const std::string_view separator : kSeparators) {
    const std::size_t at = head.find(separator);
    if (at != std::string_view::npos && at < best) {
      best = at;
      best_length = separator.size();
    }
  }
  if (best == std::string_view::npos) return std::nullopt;
  const std::string_view before = head.substr(0, best);
  if (ends_a_sentence(before)) return std::nullopt;  // a sentence, not a dateline
  if (!opens_with_capitals(before) && !names_an_agency(before)) return std::nullopt;
  return TextSpan{static_cast<std::uint32_t>(body_start), static_cast<std::uint32_t>(body_start + best + best_length)};
}

}  // namespace incimap::geo
