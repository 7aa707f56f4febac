#pragma once
// A WGS84 position in degrees. Built only through a named factory that takes
// latitude first and says so, because the corpora write <lat> before <lon>
// while GeoJSON writes [lon, lat]; a silent swap would pass every test that
// uses symmetric coordinates and wreck the distance statistics.

#include <optional>

namespace incimap::tools {

class GeoPoint {
 public:
  // nullopt when either value is non-finite or outside [-90, 90] / [-180, 180].
  static std::optional<GeoPoint> from_lat_lon_degrees(double latitude, double longitude) noexcept;

  double latitude_deg() const noexcept { return latitude_; }
  double longitude_deg() const noexcept { return longitude_; }

 private:
  GeoPoint(double latitude, double longitude) noexcept : latitude_(latitude), longitude_(longitude) {}

  double latitude_;
  double longitude_;
};

}  // namespace incimap::tools
