#include "render/basemap/vector_features.hpp"

#include "geo/base/input_error.hpp"
#include "render/basemap/gdal_handles.hpp"

namespace incimap::render {
namespace {

std::vector<geo::LonLat> points_of(OGRGeometryH curve) {
  std::vector<geo::LonLat> out;
  const int count = OGR_G_GetPointCount(curve);
  out.reserve(std::size_t(std::max(count, 0)));
  for (int i = 0; i < count; ++i) {
    const auto where = geo::LonLat::from(geo::Longitude{OGR_G_GetX(curve, i)}, geo::Latitude{OGR_G_GetY(curve, i)});
    if (where.valid()) out.push_back(where);
  }
  return out;
}

void collect(OGRGeometryH geometry, VectorFeatures& out) {
  switch (wkbFlatten(OGR_G_GetGeometryType(geometry))) {
    case wkbPoint:
      if (auto p = points_of(geometry); !p.empty()) out.points.push_back(p.front());
      break;
    case wkbLineString:
      if (auto line = points_of(geometry); line.size() >= 2) out.lines.push_back(std::move(line));
      break;
    case wkbPolygon: {
      LonLatPolygon polygon;
      for (int i = 0; i < OGR_G_GetGeometryCount(geometry); ++i) {
        if (auto ring = points_of(OGR_G_GetGeometryRef(geometry, i)); ring.size() >= 4) {
          polygon.rings.push_back(std::move(ring));
        } else if (i == 0) {
          return;  // a polygon without a usable exterior has nothing to draw
        }
      }
      if (!polygon.rings.empty()) out.polygons.push_back(std::move(polygon));
      break;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (int i = 0; i < OGR_G_GetGeometryCount(geometry); ++i) collect(OGR_G_GetGeometryRef(geometry, i), out);
      break;
    default: {
      // Curves and surfaces: draw their linear approximation.
      OgrGeometryPtr linear(OGR_G_GetLinearGeometry(geometry, 0, nullptr));
      if (linear && wkbFlatten(OGR_G_GetGeometryType(linear.get())) !=
                        wkbFlatten(OGR_G_GetGeometryType(geometry))) {
        collect(linear.get(), out);
      }
      break;
    }
  }
}

void read_layer(OGRLayerH layer, const std::optional<std::array<double, 4>>& only_within, VectorFeatures& out) {
  const OgrTransformPtr to_wgs84 = transform_to_wgs84(layer);
  // The filter is in the layer's CRS; only lon/lat layers (no transform) get one.
  if (only_within && !to_wgs84) {
    const auto [west, south, east, north] = *only_within;
    OGR_L_SetSpatialFilterRect(layer, west, south, east, north);
  }
  OGR_L_ResetReading(layer);
  while (OgrFeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
    OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get());  // owned by the feature
    if (!geometry) continue;
    if (to_wgs84 && OGR_G_Transform(geometry, to_wgs84.get()) != OGRERR_NONE) continue;
    collect(geometry, out);
  }
}

}  // namespace

VectorFeatures read_vector_features(const std::string& path, const std::optional<std::string>& layer_name,
                                    const std::optional<std::array<double, 4>>& only_within) {
  const GdalDatasetPtr dataset = open_vector_dataset(path);
  VectorFeatures out;
  if (layer_name) {
    OGRLayerH layer = GDALDatasetGetLayerByName(dataset.get(), layer_name->c_str());
    if (!layer) throw geo::InputError(path, "has no layer \"" + *layer_name + "\"");
    read_layer(layer, only_within, out);
    return out;
  }
  for (int i = 0; i < GDALDatasetGetLayerCount(dataset.get()); ++i) read_layer(GDALDatasetGetLayer(dataset.get(), i), only_within, out);
  return out;
}

}  // namespace incimap::render
