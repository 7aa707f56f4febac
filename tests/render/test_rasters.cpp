#include "test_rasters.hpp"

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <memory>
#include <stdexcept>
#include <type_traits>

namespace incimap::testing {
namespace {

struct Closer {
  void operator()(GDALDatasetH dataset) const noexcept { GDALClose(dataset); }
};
using Dataset = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, Closer>;

void set_srs(GDALDatasetH dataset, const std::string& srs) {
  OGRSpatialReferenceH ref = OSRNewSpatialReference(nullptr);
  OSRSetFromUserInput(ref, srs.c_str());
  // Geotransforms are x = longitude, whatever the EPSG axis order says.
  OSRSetAxisMappingStrategy(ref, OAMS_TRADITIONAL_GIS_ORDER);
  GDALSetSpatialRef(dataset, ref);
  OSRRelease(ref);
}

void fill_elevation(GDALDatasetH dataset, const TestRaster& raster) {
  std::vector<float> values;
  for (int row = 0; row < raster.height; ++row) {
    for (int col = 0; col < raster.width; ++col) values.push_back(float(raster.elevation(col, row)));
  }
  GDALRasterBandH band = GDALGetRasterBand(dataset, 1);
  if (GDALRasterIO(band, GF_Write, 0, 0, raster.width, raster.height, values.data(), raster.width, raster.height,
                   GDT_Float32, 0, 0) != CE_None) {
    throw std::runtime_error("cannot fill a test elevation band");
  }
  if (raster.nodata) GDALSetRasterNoDataValue(band, *raster.nodata);
}

void fill_bands(GDALDatasetH dataset, const TestRaster& raster) {
  if (raster.elevation) return fill_elevation(dataset, raster);
  std::vector<std::uint8_t> values(std::size_t(raster.width) * std::size_t(raster.height));
  for (int b = 0; b < raster.bands; ++b) {
    for (int row = 0; row < raster.height; ++row) {
      for (int col = 0; col < raster.width; ++col) {
        values[std::size_t(row) * std::size_t(raster.width) + std::size_t(col)] = raster.pixel(col, row)[std::size_t(b)];
      }
    }
    GDALRasterBandH band = GDALGetRasterBand(dataset, b + 1);
    if (GDALRasterIO(band, GF_Write, 0, 0, raster.width, raster.height, values.data(), raster.width, raster.height,
                     GDT_Byte, 0, 0) != CE_None) {
      throw std::runtime_error("cannot fill a test raster band");
    }
    if (raster.nodata) GDALSetRasterNoDataValue(band, *raster.nodata);
  }
}

void describe_colours(GDALDatasetH dataset, const TestRaster& raster) {
  if (!raster.palette.empty()) {
    GDALColorTableH table = GDALCreateColorTable(GPI_RGB);
    for (std::size_t i = 0; i < raster.palette.size(); ++i) {
      const Pixel& p = raster.palette[i];
      const GDALColorEntry entry{short(p[0]), short(p[1]), short(p[2]), short(p[3])};
      GDALSetColorEntry(table, int(i), &entry);
    }
    GDALSetRasterColorTable(GDALGetRasterBand(dataset, 1), table);
    GDALSetRasterColorInterpretation(GDALGetRasterBand(dataset, 1), GCI_PaletteIndex);
    GDALDestroyColorTable(table);
  }
  if (raster.last_band_alpha) GDALSetRasterColorInterpretation(GDALGetRasterBand(dataset, raster.bands), GCI_AlphaBand);
}

}  // namespace

std::array<double, 6> box_geotransform(double west, double south, double east, double north, int width, int height) {
  return {west, (east - west) / width, 0, north, 0, -(north - south) / height};
}

void write_raster(const std::string& path, const TestRaster& raster) {
  GDALAllRegister();
  Dataset memory(GDALCreate(GDALGetDriverByName("MEM"), "", raster.width, raster.height,
                            raster.elevation ? 1 : raster.bands, raster.elevation ? GDT_Float32 : GDT_Byte, nullptr));
  if (!memory) throw std::runtime_error("cannot create a MEM raster");
  fill_bands(memory.get(), raster);
  describe_colours(memory.get(), raster);
  if (raster.geotransform) {
    std::array<double, 6> gt = *raster.geotransform;
    GDALSetGeoTransform(memory.get(), gt.data());
  }
  if (raster.srs) set_srs(memory.get(), *raster.srs);
  GDALDriverH driver = GDALGetDriverByName(raster.driver.c_str());
  if (!driver) throw std::runtime_error("GDAL has no " + raster.driver + " driver");
  char** options = nullptr;
  for (const std::string& option : raster.creation_options) options = CSLAddString(options, option.c_str());
  Dataset copy(GDALCreateCopy(driver, path.c_str(), memory.get(), FALSE, options, nullptr, nullptr));
  CSLDestroy(options);
  if (!copy) throw std::runtime_error("cannot write " + path + ": " + CPLGetLastErrorMsg());
}

void build_overviews(const std::string& path) {
  Dataset dataset(GDALOpen(path.c_str(), GA_Update));
  if (!dataset) throw std::runtime_error("cannot open " + path + " for overviews");
  std::vector<int> factors;
  for (int f = 2; std::min(GDALGetRasterXSize(dataset.get()), GDALGetRasterYSize(dataset.get())) / (f / 2) > 256; f *= 2) {
    factors.push_back(f);
  }
  if (factors.empty()) factors.push_back(2);
  if (GDALBuildOverviews(dataset.get(), "AVERAGE", int(factors.size()), factors.data(), 0, nullptr, nullptr, nullptr) !=
      CE_None) {
    throw std::runtime_error("cannot build overviews of " + path + ": " + CPLGetLastErrorMsg());
  }
}

void paint_overviews(const std::string& path, Pixel colour) {
  Dataset dataset(GDALOpen(path.c_str(), GA_Update));
  if (!dataset) throw std::runtime_error("cannot open " + path + " to paint its overviews");
  for (int b = 1; b <= std::min(3, GDALGetRasterCount(dataset.get())); ++b) {
    GDALRasterBandH band = GDALGetRasterBand(dataset.get(), b);
    for (int o = 0; o < GDALGetOverviewCount(band); ++o) {
      GDALRasterBandH overview = GDALGetOverview(band, o);
      const int width = GDALGetRasterBandXSize(overview), height = GDALGetRasterBandYSize(overview);
      std::vector<std::uint8_t> values(std::size_t(width) * std::size_t(height), colour[std::size_t(b - 1)]);
      if (GDALRasterIO(overview, GF_Write, 0, 0, width, height, values.data(), width, height, GDT_Byte, 0, 0) != CE_None) {
        throw std::runtime_error("cannot paint an overview of " + path + ": " + CPLGetLastErrorMsg());
      }
    }
  }
}

}  // namespace incimap::testing
