#pragma once
// Great-circle distance on a sphere of radius 6371 km, the convention of the
// geoparsing literature (Gritta et al. 2019), so errors compare with papers.

#include "geoparse_eval/geo_point.hpp"

namespace incimap::tools {

inline constexpr double kEarthRadiusKm = 6371.0;

// Haversine formula; accurate to well under a metre at every distance for the
// sphere (the sphere itself differs from WGS84 by up to ~0.5 %).
double great_circle_km(const GeoPoint& a, const GeoPoint& b) noexcept;

}  // namespace incimap::tools
