#pragma once
// A piece of a raster basemap warped into the map projection: what the GPU
// side needs, without GDAL.

#include "geo/projection/map_point.hpp"
#include "render/image/rgba_image.hpp"

namespace incimap::render {

// Image row 0 is area.max_y; pixels nothing covers (or nodata) have alpha 0.
struct WarpedRaster {
  geo::MapRect area;  // projected metres the image covers, edge to edge
  RgbaImage image;
};

// The largest texture side a warp produces; a wider view gets a coarser image.
inline constexpr int kMaxRasterSide = 4096;

}  // namespace incimap::render
