#pragma once
// Decimals of longitude and latitude in every export (~0.1 m): incimap's own
// GeoJSON and KML writers and the options given to GDAL's drivers agree, so a
// feature has the same position whichever way it was written.

#include <string>

namespace incimap::geo {

inline constexpr int kCoordinateDecimals = 6;

// The GDAL layer creation option that says the same.
inline std::string coordinate_precision_option() { return "COORDINATE_PRECISION=" + std::to_string(kCoordinateDecimals); }

}  // namespace incimap::geo
