#include "geo/gdal/gdal_handles.hpp"

#include <algorithm>
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

void CPL_STDCALL CollectedWarnings::record(CPLErr type, CPLErrorNum /*number*/, const char* message) {
  if (type != CE_Warning || message == nullptr) return;
  auto& log = *static_cast<std::vector<std::string>*>(CPLGetErrorHandlerUserData());
  // A driver that warns once per feature must not flood the terminal.
  constexpr std::size_t kMaxWarnings = 50;
  if (log.size() >= kMaxWarnings || std::find(log.begin(), log.end(), message) != log.end()) return;
  log.emplace_back(message);
}

TransformPtr transform_to_wgs84(OGRLayerH layer) {
  OGRSpatialReferenceH source = OGR_L_GetSpatialRef(layer);  // owned by the layer
  if (source == nullptr) return nullptr;
  const SpatialReferencePtr wgs84 = wgs84_lon_lat();
  const SpatialReferencePtr source_gis_order(OSRClone(source));
  OSRSetAxisMappingStrategy(source_gis_order.get(), OAMS_TRADITIONAL_GIS_ORDER);
  if (OSRIsSame(source_gis_order.get(), wgs84.get())) return nullptr;
  return TransformPtr(OCTNewCoordinateTransformation(source_gis_order.get(), wgs84.get()));
}

}  // namespace incimap::geo::gdal
