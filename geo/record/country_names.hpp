#pragma once
// A country's other codes and its English name, from its ISO 3166-1
// alpha-2 code (what the record stores), for schemas that want them
// (ACLED's: "Iraq", iso 368, ids starting "IRQ").

#include <optional>
#include <string>
#include <string_view>

namespace incimap::geo {

struct CountryNames {
  std::string name;    // English, as ACLED spells it: "Democratic Republic of Congo", "Palestine"
  std::string alpha3;  // "IRQ"
  int numeric = 0;     // ISO 3166-1 numeric: 368
};

// From ICU's locale data (no file to ship), ACLED's spellings where they
// differ. Nothing for a code ICU does not know.
std::optional<CountryNames> country_names(std::string_view alpha2);

}  // namespace incimap::geo
