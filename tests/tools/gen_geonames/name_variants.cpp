#include "gen_geonames/name_variants.hpp"

#include <array>
#include <cstring>
#include <utility>

#include "geo/text/encoding.hpp"

namespace incimap::tools {
namespace {

bool is_vowel(char c) noexcept { return std::strchr("aeiou", c) != nullptr && c != '\0'; }
bool is_lower_consonant(char c) noexcept { return c >= 'a' && c <= 'z' && !is_vowel(c); }

// Positions of characters the predicate accepts, after the first letter
// (the capital stays as it is).
template <typename Predicate>
std::string::size_type random_position(Random& random, const std::string& s, Predicate accept) {
  std::array<std::string::size_type, 64> found{};
  std::size_t count = 0;
  for (std::string::size_type i = 1; i < s.size() && count < found.size(); ++i) {
    if (accept(s[i])) found[count++] = i;
  }
  return count == 0 ? std::string::npos : found[random.below(static_cast<std::uint32_t>(count))];
}

bool change_vowel(Random& random, std::string& s) {
  static constexpr std::string_view kVowels = "aeiou";
  const auto at = random_position(random, s, is_vowel);
  if (at == std::string::npos) return false;
  char replacement = s[at];
  while (replacement == s[at]) replacement = kVowels[random.below(kVowels.size())];
  s[at] = replacement;
  return true;
}

bool double_consonant(Random& random, std::string& s) {
  const auto at = random_position(random, s, is_lower_consonant);
  if (at == std::string::npos) return false;
  s.insert(at, 1, s[at]);
  return true;
}

// Spelling conventions that differ between transliteration schemes.
bool swap_convention(Random& random, std::string& s) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kSwaps{{
      {"k", "c"}, {"c", "k"}, {"ou", "u"}, {"u", "ou"}, {"i", "y"}, {"y", "i"},
      {"j", "dj"}, {"sh", "ch"}, {"kh", "h"}, {"v", "w"}, {"w", "v"}, {"ei", "ey"}}};
  const std::size_t first = random.below(kSwaps.size());
  for (std::size_t k = 0; k < kSwaps.size(); ++k) {
    const auto& [from, to] = kSwaps[(first + k) % kSwaps.size()];
    if (const auto at = s.find(from, 1); at != std::string::npos) {
      s.replace(at, from.size(), to);
      return true;
    }
  }
  return false;
}

void change_ending(Random& random, std::string& s) {
  if (s.size() > 3 && is_vowel(s.back())) {
    s.back() = s.back() == 'a' ? 'e' : 'a';
  } else {
    s.push_back(random.chance(0.5) ? 'a' : 'e');
  }
}

}  // namespace

std::string apply_pattern(std::string_view pattern, std::string_view base) {
  const auto at = pattern.find("{}");
  std::string out(pattern.substr(0, at));
  out += base;
  out += pattern.substr(at + 2);
  return out;
}

std::string respelled(Random& random, std::string_view ascii_name) {
  std::string s(ascii_name);
  bool changed = false;
  switch (random.below(4)) {
    case 0: changed = change_vowel(random, s); break;
    case 1: changed = double_consonant(random, s); break;
    case 2: changed = swap_convention(random, s); break;
    default: break;
  }
  if (!changed) change_ending(random, s);
  return s;
}

std::string with_diacritics(Random& random, std::string_view ascii_name) {
  struct Accent {
    char plain;
    char32_t accented;
  };
  static constexpr std::array<Accent, 14> kAccents{{{'a', U'á'}, {'a', U'ä'}, {'e', U'é'}, {'e', U'è'}, {'i', U'í'},
                                                    {'o', U'ö'}, {'o', U'ó'}, {'u', U'ü'}, {'u', U'ú'}, {'c', U'ç'},
                                                    {'n', U'ñ'}, {'s', U'ş'}, {'z', U'ž'}, {'g', U'ğ'}}};
  const std::string s(ascii_name);
  const auto accentable = [](char c) {
    for (const Accent& a : kAccents) {
      if (a.plain == c) return true;
    }
    return false;
  };
  const auto at = random_position(random, s, accentable);
  if (at == std::string::npos) return s;
  std::array<char32_t, 2> choices{};
  std::size_t count = 0;
  for (const Accent& a : kAccents) {
    if (a.plain == s[at]) choices[count++] = a.accented;
  }
  std::string out = s.substr(0, at);
  geo::append_utf8(out, choices[random.below(static_cast<std::uint32_t>(count))]);
  out += s.substr(at + 1);
  return out;
}

std::string in_cyrillic(std::string_view ascii_name) {
  // Digraphs first so "sh" becomes "ш", not "сх".
  static constexpr std::array<std::pair<std::string_view, std::u32string_view>, 5> kDigraphs{
      {{"sh", U"ш"}, {"ch", U"ч"}, {"kh", U"х"}, {"zh", U"ж"}, {"ts", U"ц"}}};
  static constexpr std::array<std::u32string_view, 26> kLetters{U"а", U"б", U"к", U"д", U"е", U"ф", U"г",
                                                              U"х", U"и", U"й", U"к", U"л", U"м", U"н",
                                                              U"о", U"п", U"к", U"р", U"с", U"т", U"у",
                                                              U"в", U"в", U"кс", U"ы", U"з"};  // a..z
  std::string out;
  bool first = true;
  for (std::size_t i = 0; i < ascii_name.size();) {
    const char c = static_cast<char>(ascii_name[i] >= 'A' && ascii_name[i] <= 'Z' ? ascii_name[i] + 32 : ascii_name[i]);
    std::u32string_view letters;
    std::size_t consumed = 1;
    for (const auto& [latin, cyrillic] : kDigraphs) {
      if (ascii_name.substr(i).size() >= 2 && c == latin[0] && ascii_name[i + 1] == latin[1]) {
        letters = cyrillic;
        consumed = 2;
      }
    }
    if (letters.empty() && c >= 'a' && c <= 'z') letters = kLetters[static_cast<std::size_t>(c - 'a')];
    if (letters.empty()) {
      out.push_back(c);
    } else {
      for (char32_t letter : letters) {
        // Capitals of the basic Cyrillic block sit 0x20 below the small letters.
        geo::append_utf8(out, first ? letter - 0x20 : letter);
        first = false;
      }
    }
    if (c == ' ' || c == '-') first = true;
    i += consumed;
  }
  return out;
}

}  // namespace incimap::tools
