#include "render/basemap/raster_basemap.hpp"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_alg.h>
#include <gdal_utils.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "geo/base/input_error.hpp"
#include "render/basemap/gdal_handles.hpp"

namespace incimap::render {
namespace {

// GDAL reports a failed open or warp both as a return value and on stderr;
// the caller turns the former into one clear error, so the latter is noise.
class QuietGdalErrors {
 public:
  QuietGdalErrors() {
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
  }
  ~QuietGdalErrors() { CPLPopErrorHandler(); }
  QuietGdalErrors(const QuietGdalErrors&) = delete;
  QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

std::string gdal_reason() {
  const std::string reason = CPLGetLastErrorMsg();
  return reason.empty() ? "" : " (" + reason + ")";
}

GdalDatasetPtr open_as(const std::string& path, unsigned int kind) {
  GDALAllRegister();
  return GdalDatasetPtr(GDALOpenEx(path.c_str(), kind | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

bool file_exists(const std::string& path) {
  VSIStatBufL stat;
  return VSIStatL(path.c_str(), &stat) == 0;
}

struct CplStringList {
  char** list = nullptr;
  CplStringList(std::initializer_list<std::string> items) {
    for (const std::string& item : items) add(item);
  }
  ~CplStringList() { CSLDestroy(list); }
  CplStringList(const CplStringList&) = delete;
  CplStringList& operator=(const CplStringList&) = delete;
  void add(const std::string& item) { list = CSLAddString(list, item.c_str()); }
};

geo::MapRect intersection(const geo::MapRect& a, const geo::MapRect& b) {
  if (!a.intersects(b)) return {};
  return {std::max(a.min_x, b.min_x), std::max(a.min_y, b.min_y), std::min(a.max_x, b.max_x),
          std::min(a.max_y, b.max_y)};
}

std::string wkt_of(const std::string& crs) {
  OgrSrsPtr srs(OSRNewSpatialReference(nullptr));
  if (OSRSetFromUserInput(srs.get(), crs.c_str()) != OGRERR_NONE) {
    throw geo::ProjectionError("GDAL does not know the map CRS " + crs);
  }
  char* wkt = nullptr;
  const char* const options[] = {"FORMAT=WKT2_2019", nullptr};
  OSRExportToWktEx(srs.get(), &wkt, options);
  std::string out = wkt ? wkt : "";
  CPLFree(wkt);
  return out;
}

// A raster without a CRS is taken as WGS84 lon/lat only when every corner of
// its geotransform lies within ±180/±90 (half a pixel of slack): a PNG with a
// world file in degrees is common, but metres or pixel rows taken as degrees
// would put the image somewhere plausible-looking and wrong.
bool corners_are_lonlat(const std::array<double, 6>& gt, int width, int height) {
  const double slack_x = std::abs(gt[1]) / 2 + std::abs(gt[2]) / 2;
  const double slack_y = std::abs(gt[4]) / 2 + std::abs(gt[5]) / 2;
  for (const auto [col, row] : {std::array<int, 2>{0, 0}, {width, 0}, {0, height}, {width, height}}) {
    const double x = gt[0] + col * gt[1] + row * gt[2];
    const double y = gt[3] + col * gt[4] + row * gt[5];
    if (std::abs(x) > 180 + slack_x || std::abs(y) > 90 + slack_y) return false;
  }
  return true;
}

// How the file's bands become colour, and the VRT options that get them there.
struct BandLayout {
  int colour_bands = 1;  // 1: grey or palette indices, 3: RGB
  bool paletted = false;
  std::vector<std::string> translate;  // gdal_translate -of VRT arguments; empty: use the file as it is
};

// Elevation, 16-bit imagery and the like: each colour band's value range
// (approximate: from an overview or a sample) stretched over the bytes. With
// nodata, 0 is kept for it and values go to 1..255, so that the darkest
// value does not turn transparent.
void add_byte_stretch(GDALDatasetH file, BandLayout& layout) {
  int has_nodata = 0;
  GDALGetRasterNoDataValue(GDALGetRasterBand(file, 1), &has_nodata);
  layout.translate.insert(layout.translate.end(), {"-ot", "Byte"});
  if (has_nodata) layout.translate.insert(layout.translate.end(), {"-a_nodata", "0"});
  for (int b = 1; b <= layout.colour_bands; ++b) {
    std::array<double, 2> range{};
    GDALComputeRasterMinMax(GDALGetRasterBand(file, b), TRUE, range.data());
    layout.translate.insert(layout.translate.end(), {"-scale_" + std::to_string(b), std::to_string(range[0]),
                                                     std::to_string(range[1]), has_nodata ? "1" : "0", "255"});
  }
}

BandLayout band_layout(GDALDatasetH file) {
  const int count = GDALGetRasterCount(file);
  GDALRasterBandH first = GDALGetRasterBand(file, 1);
  const bool last_is_alpha = count > 1 && GDALGetRasterColorInterpretation(GDALGetRasterBand(file, count)) == GCI_AlphaBand;
  const int colour_in_file = count - (last_is_alpha ? 1 : 0);
  BandLayout layout;
  layout.paletted = GDALGetRasterColorInterpretation(first) == GCI_PaletteIndex && GDALGetRasterColorTable(first);
  layout.colour_bands = colour_in_file >= 3 && !layout.paletted ? 3 : 1;
  bool all_byte = true;
  for (int b = 1; b <= count; ++b) all_byte = all_byte && GDALGetRasterDataType(GDALGetRasterBand(file, b)) == GDT_Byte;
  // Two data bands, or more than RGB (multispectral): the first one or three
  // are drawn. Other data types are stretched to bytes over their range.
  if (colour_in_file != layout.colour_bands) {
    for (int b = 1; b <= layout.colour_bands; ++b) layout.translate.insert(layout.translate.end(), {"-b", std::to_string(b)});
    if (last_is_alpha) layout.translate.insert(layout.translate.end(), {"-b", std::to_string(count)});
  }
  if (!all_byte && !layout.paletted) add_byte_stretch(file, layout);
  return layout;
}

// A virtual (VRT) dataset over the file: nothing is read until warped.
GdalDatasetPtr translated(GDALDatasetH file, const std::vector<std::string>& arguments, const std::string& path) {
  CplStringList argv{"-of", "VRT"};
  for (const std::string& argument : arguments) argv.add(argument);
  GDALTranslateOptions* options = GDALTranslateOptionsNew(argv.list, nullptr);
  GdalDatasetPtr out(GDALTranslate("", file, options, nullptr));
  GDALTranslateOptionsFree(options);
  if (!out) throw geo::InputError(path, "GDAL cannot convert its bands to colours" + gdal_reason());
  return out;
}

std::vector<std::array<std::uint8_t, 4>> palette_of(GDALRasterBandH band) {
  std::vector<std::array<std::uint8_t, 4>> out(256, {0, 0, 0, 0});
  GDALColorTableH table = GDALGetRasterColorTable(band);
  const int count = std::min(GDALGetColorEntryCount(table), 256);
  for (int i = 0; i < count; ++i) {
    GDALColorEntry rgba{};
    GDALGetColorEntryAsRGB(table, i, &rgba);
    const auto byte = [](short v) { return std::uint8_t(std::clamp<int>(v, 0, 255)); };
    out[std::size_t(i)] = {byte(rgba.c1), byte(rgba.c2), byte(rgba.c3), byte(rgba.c4)};
  }
  return out;
}

// Pixels of the warped grey/RGB/palette bands plus alpha as straight RGBA.
RgbaImage rgba_of(GDALDatasetH warped, int colour_bands, const std::vector<std::array<std::uint8_t, 4>>& palette) {
  RgbaImage image;
  image.width = GDALGetRasterXSize(warped);
  image.height = GDALGetRasterYSize(warped);
  image.pixels.resize(std::size_t(image.width) * std::size_t(image.height) * 4);
  // Grey and palette indices fill red, green and blue alike; alpha is the last band.
  std::array<int, 4> bands = colour_bands == 3 ? std::array<int, 4>{1, 2, 3, 4} : std::array<int, 4>{1, 1, 1, 2};
  const CPLErr read = GDALDatasetRasterIO(warped, GF_Read, 0, 0, image.width, image.height, image.pixels.data(),
                                          image.width, image.height, GDT_Byte, 4, bands.data(), 4,
                                          GSpacing(image.width) * 4, 1);
  if (read != CE_None) throw std::runtime_error("cannot read the warped raster back" + gdal_reason());
  if (palette.empty()) return image;
  for (std::size_t i = 0; i < image.pixels.size(); i += 4) {
    const auto& entry = palette[image.pixels[i]];
    const int alpha = entry[3] * image.pixels[i + 3] / 255;
    image.pixels[i] = entry[0];
    image.pixels[i + 1] = entry[1];
    image.pixels[i + 2] = entry[2];
    image.pixels[i + 3] = std::uint8_t(alpha);
  }
  return image;
}

}  // namespace

BasemapFileKind basemap_file_kind(const std::string& path) {
  const QuietGdalErrors quiet;
  if (const GdalDatasetPtr raster = open_as(path, GDAL_OF_RASTER); raster && GDALGetRasterCount(raster.get()) > 0) {
    return BasemapFileKind::raster;
  }
  if (const GdalDatasetPtr vector = open_as(path, GDAL_OF_VECTOR)) return BasemapFileKind::vector;
  if (!file_exists(path)) throw geo::InputError(path, "no such file");
  throw geo::InputError(path, "neither a GDAL raster (GeoTIFF, MBTiles...) nor an OGR vector file (GeoPackage, "
                              "Shapefile, GeoJSON...)" + gdal_reason());
}

struct RasterBasemap::Source {
  std::string map_wkt;
  std::string assumed_srs;  // set when the file has no CRS of its own (taken as lon/lat)
  GdalDatasetPtr file;
  GdalDatasetPtr vrt;       // null, or a VRT over `file` giving Byte colour bands (+ alpha); closes first
  BandLayout layout;
  std::vector<std::array<std::uint8_t, 4>> palette;  // 256 RGBA entries when paletted

  GDALDatasetH dataset() const noexcept { return vrt ? vrt.get() : file.get(); }
};

RasterBasemap::RasterBasemap(const std::string& path, const geo::Projection& projection)
    : path_(path), source_(std::make_unique<Source>()) {
  Source& source = *source_;
  source.map_wkt = wkt_of(projection.crs());
  const QuietGdalErrors quiet;
  source.file = open_as(path, GDAL_OF_RASTER);
  if (!source.file) throw geo::InputError(path, "no GDAL raster driver can open it" + gdal_reason());
  GDALDatasetH file = source.file.get();
  if (GDALGetRasterCount(file) == 0) {
    const bool has_subdatasets = CSLCount(GDALGetMetadata(file, "SUBDATASETS")) > 0;
    throw geo::InputError(path, has_subdatasets ? "holds several rasters; name one (gdalinfo lists them)"
                                                : "has no raster bands");
  }
  std::array<double, 6> gt{};
  const bool has_geotransform = GDALGetGeoTransform(file, gt.data()) == CE_None;
  if (!has_geotransform && GDALGetGCPCount(file) == 0) {
    throw geo::InputError(path, "has no georeferencing (no geotransform, world file or GCPs), so it has no place "
                                "on the map; georeference it first (gdal_translate -a_ullr ... -a_srs ...)");
  }
  if (!(has_geotransform ? GDALGetSpatialRef(file) : GDALGetGCPSpatialRef(file))) {
    if (!has_geotransform || !corners_are_lonlat(gt, GDALGetRasterXSize(file), GDALGetRasterYSize(file))) {
      throw geo::InputError(path, "has no CRS and its coordinates are not longitude/latitude degrees; "
                                  "assign one (gdal_edit.py -a_srs EPSG:...)");
    }
    source.assumed_srs = "EPSG:4326";
  }
  source.layout = band_layout(file);
  if (source.layout.paletted) source.palette = palette_of(GDALGetRasterBand(file, 1));
  if (!source.layout.translate.empty()) source.vrt = translated(file, source.layout.translate, path);
  extent_ = intersection(footprint(), projection.world_bounds());
}

RasterBasemap::~RasterBasemap() = default;
RasterBasemap::RasterBasemap(RasterBasemap&&) noexcept = default;
RasterBasemap& RasterBasemap::operator=(RasterBasemap&&) noexcept = default;

geo::MapRect RasterBasemap::footprint() const {
  CplStringList options{"DST_SRS=" + source_->map_wkt};
  if (!source_->assumed_srs.empty()) options.add("SRC_SRS=" + source_->assumed_srs);
  void* transformer = GDALCreateGenImgProjTransformer2(source_->dataset(), nullptr, options.list);
  if (!transformer) throw geo::InputError(path_, "GDAL cannot transform it to the map's CRS" + gdal_reason());
  std::array<double, 6> gt{};
  std::array<double, 4> box{};
  int width = 0, height = 0;
  const CPLErr err = GDALSuggestedWarpOutput2(source_->dataset(), GDALGenImgProjTransform, transformer, gt.data(),
                                              &width, &height, box.data(), 0);
  GDALDestroyGenImgProjTransformer(transformer);
  if (err != CE_None) throw geo::InputError(path_, "GDAL cannot find where it lies in the map's CRS" + gdal_reason());
  return {box[0], box[1], box[2], box[3]};
}

std::optional<WarpedRaster> RasterBasemap::warp(const geo::MapRect& wanted, double metres_per_pixel, int max_side) const {
  geo::MapRect area = intersection(wanted, extent_);
  if (area.empty() || area.width() <= 0 || area.height() <= 0 || !(metres_per_pixel > 0)) return std::nullopt;
  const double mpp = std::max({metres_per_pixel, area.width() / max_side, area.height() / max_side});
  // Whole pixels on a grid of the resolution: warps of neighbouring views line up.
  area.min_x = std::floor(area.min_x / mpp) * mpp;
  area.max_y = std::ceil(area.max_y / mpp) * mpp;
  const int width = std::clamp(int(std::ceil((area.max_x - area.min_x) / mpp)), 1, max_side);
  const int height = std::clamp(int(std::ceil((area.max_y - area.min_y) / mpp)), 1, max_side);
  area.max_x = area.min_x + width * mpp;
  area.min_y = area.max_y - height * mpp;

  const QuietGdalErrors quiet;
  // Colour bands plus alpha: what the source does not cover, or marks as
  // nodata, stays transparent.
  const int colour_bands = source_->layout.colour_bands;
  GdalDatasetPtr target(GDALCreate(GDALGetDriverByName("MEM"), "", width, height, colour_bands + 1, GDT_Byte, nullptr));
  if (!target) {
    throw geo::InputError(path_, "cannot allocate a " + std::to_string(width) + "x" + std::to_string(height) +
                                     " image to warp it into" + gdal_reason());
  }
  std::array<double, 6> gt{area.min_x, mpp, 0, area.max_y, 0, -mpp};
  GDALSetGeoTransform(target.get(), gt.data());
  GDALSetProjection(target.get(), source_->map_wkt.c_str());

  // Palette indices cannot be interpolated; colours can. GDAL picks the
  // overview (an MBTiles zoom level) that matches the target resolution.
  CplStringList argv{"-r", source_->layout.paletted ? "near" : "bilinear", "-dstalpha", "-ovr", "AUTO"};
  if (!source_->assumed_srs.empty()) {
    argv.add("-s_srs");
    argv.add(source_->assumed_srs);
  }
  GDALWarpAppOptions* options = GDALWarpAppOptionsNew(argv.list, nullptr);
  GDALDatasetH sources[] = {source_->dataset()};
  int usage_error = 0;
  GDALDatasetH done = GDALWarp(nullptr, target.get(), 1, sources, options, &usage_error);
  GDALWarpAppOptionsFree(options);
  if (!done) throw geo::InputError(path_, "GDAL cannot warp it into the map's CRS" + gdal_reason());
  return WarpedRaster{area, rgba_of(target.get(), colour_bands, source_->palette)};
}

}  // namespace incimap::render
