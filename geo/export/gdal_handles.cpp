#include "geo/export/gdal_handles.hpp"

#include <mutex>
#include <stdexcept>

namespace incimap::geo::gdal {

void ensure_registered() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
}

SpatialReferencePtr wgs84_lon_lat() {
  SpatialReferencePtr srs(OSRNewSpatialReference(nullptr));
  if (!srs || OSRSetWellKnownGeogCS(srs.get(), "WGS84") != OGRERR_NONE) {
    throw std::runtime_error("GDAL/PROJ could not build the WGS84 spatial reference: " + last_error_or("no message"));
  }
  OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

std::string last_error_or(const std::string& fallback) {
  const char* message = CPLGetLastErrorMsg();
  return message != nullptr && *message != '\0' ? std::string(message) : fallback;
}

}  // namespace incimap::geo::gdal
