#pragma once
// A user's raster basemap (GeoTIFF, MBTiles, any raster GDAL reads) warped
// into the map projection with GDAL, one view-sized piece at a time: only
// the part of the raster a view shows is read, from the overview (MBTiles
// zoom level) that matches the view's resolution. Runs on the CPU, so it
// can run off the frame loop; the result is an RGBA image and the projected
// rectangle it covers.

#include <memory>
#include <optional>
#include <string>

#include "geo/projection/map_point.hpp"
#include "geo/projection/projection.hpp"
#include "render/basemap/warped_raster.hpp"

namespace incimap::render {

enum class BasemapFileKind { vector, raster };

// Which of GDAL's two halves reads the file. Raster is tried first: MBTiles
// and GeoPackage can hold either, and a raster one also answers as vector.
// Throws geo::InputError naming the file when neither can open it.
BasemapFileKind basemap_file_kind(const std::string& path);

class RasterBasemap {
 public:
  // Opens the raster and works out where it lies in `projection`.
  // Throws geo::InputError naming the file when it is not a raster, has no
  // georeferencing, or has no CRS and is not in lon/lat degrees.
  RasterBasemap(const std::string& path, const geo::Projection& projection);
  ~RasterBasemap();
  RasterBasemap(RasterBasemap&&) noexcept;
  RasterBasemap& operator=(RasterBasemap&&) noexcept;

  const std::string& path() const noexcept { return path_; }
  // The raster's footprint in projected metres, cut to the projected world.
  const geo::MapRect& extent() const noexcept { return extent_; }

  // The part of `wanted` the raster covers, at `metres_per_pixel` (coarser
  // when a side would pass `max_side` pixels). nullopt when the raster does
  // not reach into `wanted`. Throws geo::InputError when GDAL fails to read.
  // One thread at a time: the GDAL dataset is not shared-safe.
  std::optional<WarpedRaster> warp(const geo::MapRect& wanted, double metres_per_pixel,
                                   int max_side = kMaxRasterSide) const;

 private:
  geo::MapRect footprint() const;

  struct Source;  // the GDAL side, kept out of this header

  std::string path_;
  std::unique_ptr<Source> source_;
  geo::MapRect extent_;
};

}  // namespace incimap::render
