#pragma once
// A gazetteer entry as a source file states it, before it goes into the index.

#include <cstdint>
#include <string>
#include <vector>

#include "geo/gazetteer/place.hpp"

namespace incimap::geo {

// Why a name belongs to a place; the recognizer trusts them differently.
enum class NameKind : std::uint8_t {
  primary = 0,       // the place's own name ("Baghdad")
  alternate = 1,     // another spelling or language ("Bagdad")
  abbreviation = 2,  // "US", "U.K.", "W.Va.", "Ind."
  demonym = 3,       // "Iraqi", "Iraqis"
};

struct SourceName {
  std::string text;
  NameKind kind = NameKind::primary;
};

struct SourcePlace {
  GazetteerPlace place;
  std::string admin1_code;  // GeoNames codes, to link a place to its divisions
  std::string admin2_code;
  std::vector<SourceName> names;
};

}  // namespace incimap::geo
