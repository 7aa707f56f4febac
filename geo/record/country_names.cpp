#include "geo/record/country_names.hpp"

#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/unistr.h>

#include <array>
#include <utility>

namespace incimap::geo {
namespace {

// ICU's English names that ACLED writes otherwise (CLDR's "Congo - Kinshasa",
// "Myanmar (Burma)", "Türkiye", ...).
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kAcledSpellings{{
    {"CD", "Democratic Republic of Congo"},
    {"CG", "Republic of Congo"},
    {"CI", "Ivory Coast"},
    {"CZ", "Czech Republic"},
    {"HK", "Hong Kong"},
    {"MM", "Myanmar"},
    {"MO", "Macau"},
    {"PS", "Palestine"},
    {"SZ", "eSwatini"},
    {"TL", "East Timor"},
    {"TR", "Turkey"},
    {"VA", "Vatican City"},
    {"BA", "Bosnia and Herzegovina"},
    {"ST", "Sao Tome and Principe"},
    {"GM", "Gambia"},
    {"BS", "Bahamas"},
}};

// "St. Kitts & Nevis" → "Saint Kitts and Nevis".
std::string spelled_out(std::string name) {
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{" & ", " and "}, {"St. ", "Saint "}}) {
    for (std::size_t at = name.find(from); at != std::string::npos; at = name.find(from, at + to.size()))
      name.replace(at, from.size(), to);
  }
  return name;
}

}  // namespace

std::optional<CountryNames> country_names(std::string_view alpha2) {
  if (alpha2.size() != 2) return std::nullopt;
  const std::string code(alpha2);
  const icu::Locale locale("", code.c_str());
  CountryNames names;
  names.alpha3 = locale.getISO3Country();
  if (names.alpha3.empty()) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  if (const icu::Region* region = icu::Region::getInstance(code.c_str(), status); U_SUCCESS(status) && region)
    names.numeric = region->getNumericCode();
  for (const auto& [from, to] : kAcledSpellings) {
    if (from == alpha2) names.name = to;
  }
  if (names.name.empty()) {
    icu::UnicodeString display;
    locale.getDisplayCountry(icu::Locale::getEnglish(), display);
    display.toUTF8String(names.name);
    names.name = spelled_out(std::move(names.name));
  }
  return names;
}

}  // namespace incimap::geo
