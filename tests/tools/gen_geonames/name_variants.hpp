#pragma once
// The other names a place goes by in GeoNames: respellings ("Kardovo",
// "Kardova"), the same spelling with diacritics, and transliterations into
// other scripts. All inputs and results hold no tab or comma, the dump
// formats' separators.

#include <string>
#include <string_view>

#include "gen_geonames/random.hpp"

namespace incimap::tools {

// "{} Creek" with "Kardo" gives "Kardo Creek". Precondition: the pattern
// holds "{}" once.
std::string apply_pattern(std::string_view pattern, std::string_view base);

// Another Latin spelling of an ASCII name that folds to a different index key
// (a vowel changed, a consonant doubled, "k" for "c", ...). The result may
// still equal another variant of the same place; callers deduplicate.
std::string respelled(Random& random, std::string_view ascii_name);

// The name with one or two letters accented ("Kardovo" → "Kárdovo"): a new
// spelling that the index folds back to the same key.
std::string with_diacritics(Random& random, std::string_view ascii_name);

// Letter-by-letter Cyrillic ("Kardovo" → "Кардово"); the index skips it as
// not Latin script, as it skips the Cyrillic, Arabic and CJK names of GeoNames.
std::string in_cyrillic(std::string_view ascii_name);

}  // namespace incimap::tools
