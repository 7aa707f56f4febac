#include "geoparse_eval/great_circle.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace incimap::tools {
namespace {

double radians(double degrees) noexcept { return degrees * std::numbers::pi / 180.0; }

}  // namespace

double great_circle_km(const GeoPoint& a, const GeoPoint& b) noexcept {
  const double lat_a = radians(a.latitude_deg());
  const double lat_b = radians(b.latitude_deg());
  const double half_dlat = (lat_b - lat_a) / 2.0;
  const double half_dlon = radians(b.longitude_deg() - a.longitude_deg()) / 2.0;
  const double h = std::sin(half_dlat) * std::sin(half_dlat) +
                   std::cos(lat_a) * std::cos(lat_b) * std::sin(half_dlon) * std::sin(half_dlon);
  // Rounding can push h a hair above 1 for antipodal points.
  return 2.0 * kEarthRadiusKm * std::asin(std::sqrt(std::clamp(h, 0.0, 1.0)));
}

}  // namespace incimap::tools
