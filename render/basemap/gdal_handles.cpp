#include "render/basemap/gdal_handles.hpp"

#include <cpl_error.h>

#include <string>

#include "geo/base/input_error.hpp"

namespace incimap::render {

GdalDatasetPtr open_vector_dataset(const std::string& path) {
  GDALAllRegister();
  GdalDatasetPtr dataset(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  if (!dataset) {
    const std::string reason = CPLGetLastErrorMsg();
    throw geo::InputError(path, "no GDAL vector driver can open it" + (reason.empty() ? "" : " (" + reason + ")"));
  }
  return dataset;
}

OgrTransformPtr transform_to_wgs84(OGRLayerH layer) {
  OGRSpatialReferenceH source = OGR_L_GetSpatialRef(layer);  // owned by the layer
  if (!source) return nullptr;
  OgrSrsPtr wgs84(OSRNewSpatialReference(nullptr));
  OSRSetWellKnownGeogCS(wgs84.get(), "WGS84");
  OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
  OgrSrsPtr source_gis_order(OSRClone(source));
  OSRSetAxisMappingStrategy(source_gis_order.get(), OAMS_TRADITIONAL_GIS_ORDER);
  if (OSRIsSame(source_gis_order.get(), wgs84.get())) return nullptr;
  return OgrTransformPtr(OCTNewCoordinateTransformation(source_gis_order.get(), wgs84.get()));
}

}  // namespace incimap::render
