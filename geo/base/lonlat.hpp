#pragma once
// WGS84 positions that cannot be built with the axes swapped: a LonLat is made
// only from a Longitude and a Latitude, each named at the call site.

#include <cmath>

namespace incimap::geo {

struct Longitude {
  double degrees;  // east positive, [-180, 180]
};
struct Latitude {
  double degrees;  // north positive, [-90, 90]
};

class LonLat {
 public:
  static constexpr LonLat from(Longitude lon, Latitude lat) noexcept { return LonLat(lon.degrees, lat.degrees); }

  constexpr double lon() const noexcept { return lon_; }
  constexpr double lat() const noexcept { return lat_; }
  bool valid() const noexcept {
    return std::isfinite(lon_) && std::isfinite(lat_) && lon_ >= -180 && lon_ <= 180 && lat_ >= -90 && lat_ <= 90;
  }
  constexpr bool operator==(const LonLat&) const noexcept = default;

 private:
  constexpr LonLat(double lon, double lat) noexcept : lon_(lon), lat_(lat) {}
  double lon_;
  double lat_;
};

// Great-circle distance in kilometres (haversine, mean Earth radius 6371 km).
inline double great_circle_km(LonLat a, LonLat b) noexcept {
  constexpr double kRadiansPerDegree = 3.14159265358979323846 / 180.0;
  const double dlat = (b.lat() - a.lat()) * kRadiansPerDegree;
  const double dlon = (b.lon() - a.lon()) * kRadiansPerDegree;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat() * kRadiansPerDegree) * std::cos(b.lat() * kRadiansPerDegree) *
                       std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::sqrt(std::min(1.0, h)));
}

}  // namespace incimap::geo
