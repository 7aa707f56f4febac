#include "geoparse_eval/geo_point.hpp"

#include <cmath>

namespace incimap::tools {

std::optional<GeoPoint> GeoPoint::from_lat_lon_degrees(double latitude, double longitude) noexcept {
  if (!std::isfinite(latitude) || !std::isfinite(longitude)) return std::nullopt;
  if (std::fabs(latitude) > 90.0 || std::fabs(longitude) > 180.0) return std::nullopt;
  return GeoPoint(latitude, longitude);
}

}  // namespace incimap::tools
