#pragma once
// The credit the data licences ask for, in one place: the exports write it
// into their metadata (GeoJSON "description", GeoPackage contents and
// metadata), the viewer's About box and the README list the same sources.
// GeoNames' CC BY 4.0 requires the credit wherever derived data goes;
// world-countries' ODbL asks that the source database be named.

#include <span>
#include <string>
#include <string_view>

namespace incimap::geo {

struct DataSource {
  std::string_view what;     // "Places", "Country names"
  std::string_view name;     // "GeoNames"
  std::string_view licence;  // "CC BY 4.0"
  std::string_view url;      // where the data and its licence are
  // Its content is in the incident records (place names, codes,
  // coordinates), not only in the map or in the evidence for a guess.
  bool in_exports;
};

// Every data source whose content reaches incimap's outputs, in the order
// the credit lists them.
std::span<const DataSource> data_sources() noexcept;

// "Incidents extracted from news articles by incimap VERSION. Places:
// GeoNames (CC BY 4.0, https://www.geonames.org/). ..." for the sources
// in_exports — one line, for a format's description or metadata field.
const std::string& export_attribution();

}  // namespace incimap::geo
