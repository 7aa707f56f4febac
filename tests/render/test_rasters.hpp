#pragma once
// Small rasters the raster basemap tests write with GDAL themselves: a
// coloured square in a chosen CRS, with nodata, a palette, alpha, or no
// georeferencing at all.

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace incimap::testing {

using Pixel = std::array<std::uint8_t, 4>;  // band values, in band order

struct TestRaster {
  int width = 64;
  int height = 64;
  int bands = 3;
  std::optional<std::string> srs = "EPSG:4326";  // none: no CRS in the file
  std::optional<std::array<double, 6>> geotransform;  // none: not georeferenced
  std::function<Pixel(int col, int row)> pixel = [](int, int) { return Pixel{255, 0, 0, 255}; };
  // Set: one Float32 band of these values (an elevation model) instead of bytes.
  std::function<double(int col, int row)> elevation;
  std::optional<double> nodata;
  std::vector<Pixel> palette;  // non-empty: band 1 is a paletted index band
  bool last_band_alpha = false;
  std::string driver = "GTiff";
  std::vector<std::string> creation_options;
};

// A north-up geotransform covering west..east, south..north with width x height pixels.
std::array<double, 6> box_geotransform(double west, double south, double east, double north, int width, int height);

// Writes the raster (through a MEM dataset and CreateCopy, so drivers that
// only copy, like MBTiles, work too). Throws std::runtime_error on failure.
void write_raster(const std::string& path, const TestRaster& raster);

// Adds overviews (factors 2, 4, 8...) until the smaller side is under 256 px.
void build_overviews(const std::string& path);

// Paints every overview of the colour bands in `colour` (alpha untouched):
// a warp that reads an overview then shows that colour, one that reads the
// full resolution the original.
void paint_overviews(const std::string& path, Pixel colour);

}  // namespace incimap::testing
