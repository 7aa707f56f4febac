#pragma once
// Owners for GDAL/OGR C handles, so every handle is released on every path.
// Only .cpp files include this: geo links GDAL privately.

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <string>
#include <type_traits>
#include <vector>

namespace incimap::geo::gdal {

struct DatasetCloser {
  void operator()(GDALDatasetH dataset) const noexcept {
    if (dataset != nullptr) GDALClose(dataset);
  }
};
using DatasetPtr = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;

struct FeatureDestroyer {
  void operator()(OGRFeatureH feature) const noexcept { OGR_F_Destroy(feature); }
};
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;

struct FieldDefnDestroyer {
  void operator()(OGRFieldDefnH field) const noexcept { OGR_Fld_Destroy(field); }
};
using FieldDefnPtr = std::unique_ptr<std::remove_pointer_t<OGRFieldDefnH>, FieldDefnDestroyer>;

struct SpatialReferenceReleaser {
  void operator()(OGRSpatialReferenceH srs) const noexcept { OSRRelease(srs); }
};
using SpatialReferencePtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SpatialReferenceReleaser>;

struct GeometryDestroyer {
  void operator()(OGRGeometryH geometry) const noexcept { OGR_G_DestroyGeometry(geometry); }
};
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDestroyer>;

struct TransformDestroyer {
  void operator()(OGRCoordinateTransformationH transform) const noexcept {
    OCTDestroyCoordinateTransformation(transform);
  }
};
using TransformPtr = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformDestroyer>;

// A transform from the layer's CRS to WGS84 lon/lat (traditional GIS order),
// or null when the layer has no CRS or already is WGS84 lon/lat.
TransformPtr transform_to_wgs84(OGRLayerH layer);

// Registers GDAL's drivers once per process; safe from any thread.
void ensure_registered();

// WGS84 with longitude first, whatever the EPSG axis order says.
SpatialReferencePtr wgs84_lon_lat();

// GDAL's last error message, or `fallback` when GDAL recorded none.
std::string last_error_or(const std::string& fallback);

// While alive, GDAL errors and warnings on this thread are recorded (see
// last_error_or) instead of printed: the caller reports them with context.
class QuietErrors {
 public:
  QuietErrors() noexcept {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
  }
  ~QuietErrors() { CPLPopErrorHandler(); }
  QuietErrors(const QuietErrors&) = delete;
  QuietErrors& operator=(const QuietErrors&) = delete;
};

// Like QuietErrors, and each distinct warning GDAL raises on this thread
// (a field name shortened to fit a Shapefile, a value truncated) is added
// to `log`: a lossy write is shown to the user, never hidden.
class CollectedWarnings {
 public:
  explicit CollectedWarnings(std::vector<std::string>& log) noexcept {
    CPLPushErrorHandlerEx(&CollectedWarnings::record, &log);
    CPLErrorReset();
  }
  ~CollectedWarnings() { CPLPopErrorHandler(); }
  CollectedWarnings(const CollectedWarnings&) = delete;
  CollectedWarnings& operator=(const CollectedWarnings&) = delete;

 private:
  static void CPL_STDCALL record(CPLErr type, CPLErrorNum number, const char* message);
};

}  // namespace incimap::geo::gdal
