#pragma once
// Name folding: the key under which the gazetteer stores a name and under
// which the recognizer looks a text span up. Both sides use this one function,
// so "Zürich", "ZURICH" and "Zurich" meet, as do "U.S." and "US",
// "Ras al-Ain" and "Ras al Ain", "Côte d’Ivoire" and "Cote d'Ivoire".

#include <cstdint>
#include <string>
#include <string_view>

namespace incimap::geo {

// Lower case, diacritics removed, periods and apostrophes dropped, hyphens,
// dashes, slashes and white space runs folded to one space, trimmed. Other
// punctuation is kept, so a span across a comma matches nothing.
std::string fold_name(std::string_view utf8);

// 64-bit FNV-1a of the folded key; the index stores only this hash.
std::uint64_t name_key_hash(std::string_view folded) noexcept;

}  // namespace incimap::geo
