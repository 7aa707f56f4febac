#pragma once
// unique_ptr owners for the GDAL/OGR C handles the render library acquires.

#include <memory>
#include <string>
#include <type_traits>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace incimap::render {

struct GdalDatasetCloser {
  void operator()(GDALDatasetH dataset) const noexcept { GDALClose(dataset); }
};
struct OgrFeatureDestroyer {
  void operator()(OGRFeatureH feature) const noexcept { OGR_F_Destroy(feature); }
};
struct OgrGeometryDestroyer {
  void operator()(OGRGeometryH geometry) const noexcept { OGR_G_DestroyGeometry(geometry); }
};
struct OgrSrsReleaser {
  void operator()(OGRSpatialReferenceH srs) const noexcept { OSRRelease(srs); }
};
struct OgrTransformDestroyer {
  void operator()(OGRCoordinateTransformationH transform) const noexcept {
    OCTDestroyCoordinateTransformation(transform);
  }
};

using GdalDatasetPtr = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, GdalDatasetCloser>;
using OgrFeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, OgrFeatureDestroyer>;
using OgrGeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, OgrGeometryDestroyer>;
using OgrSrsPtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, OgrSrsReleaser>;
using OgrTransformPtr = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, OgrTransformDestroyer>;

// Opens a vector dataset read-only; throws geo::InputError naming the file
// and GDAL's reason when no driver can open it.
GdalDatasetPtr open_vector_dataset(const std::string& path);

// A transform from the layer's CRS to WGS84 lon/lat (traditional GIS order),
// or null when the layer has no CRS or already is WGS84 lon/lat.
OgrTransformPtr transform_to_wgs84(OGRLayerH layer);

}  // namespace incimap::render
