#include "geo/export/vector_formats.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace incimap::geo {
namespace {

bool listed(const std::vector<VectorFormat>& formats, const std::string& name) {
  return std::any_of(formats.begin(), formats.end(), [&](const VectorFormat& f) { return f.short_name == name; });
}

TEST(VectorFormats, ListsTheFormatsGisUsersOpen) {
  const auto formats = list_vector_formats();
  for (const char* name : {"GeoJSON", "GeoJSONSeq", "GPKG", "KML", "CSV", "FlatGeobuf", "ESRI Shapefile"}) {
    EXPECT_TRUE(listed(formats, name)) << name;
  }
  for (const VectorFormat& f : formats) EXPECT_FALSE(f.long_name.empty()) << f.short_name;
}

TEST(VectorFormats, ListsOnlyWritableVectorDrivers) {
  const auto formats = list_vector_formats();
  EXPECT_FALSE(listed(formats, "GTiff")) << "raster";
  EXPECT_FALSE(listed(formats, "OSM")) << "read-only";
}

TEST(VectorFormats, GuessesTheDriverFromTheExtension) {
  EXPECT_EQ(driver_for_path("out/incidents.geojson"), "GeoJSON");
  EXPECT_EQ(driver_for_path("incidents.JSON"), "GeoJSON");
  EXPECT_EQ(driver_for_path("incidents.geojsonl"), "GeoJSONSeq");
  EXPECT_EQ(driver_for_path("incidents.gpkg"), "GPKG");
  EXPECT_EQ(driver_for_path("incidents.csv"), "CSV");
  EXPECT_EQ(driver_for_path("incidents.fgb"), "FlatGeobuf");
  EXPECT_EQ(driver_for_path("incidents.shp"), "ESRI Shapefile");
  EXPECT_EQ(driver_for_path("-"), "GeoJSONSeq");
  EXPECT_FALSE(driver_for_path("incidents"));
  EXPECT_FALSE(driver_for_path("incidents.nothing-claims-this"));
}

TEST(VectorFormats, KmlIsWrittenAsKmlAndLibkmlOnlyWhenAskedForByName) {
  // "KML" is incimap's own writer (kml_stream.hpp): LIBKML's time grows
  // faster than the square of the features written.
  EXPECT_EQ(writer_driver("KML"), "KML");
  EXPECT_EQ(driver_for_path("incidents.kml"), "KML");
  if (listed(list_vector_formats(), "LIBKML")) {
    EXPECT_EQ(writer_driver("libkml"), "LIBKML");
  }
}

TEST(VectorFormats, ShortNamesAreCaseInsensitive) {
  EXPECT_EQ(writer_driver("gpkg"), "GPKG");
  EXPECT_EQ(writer_driver("flatgeobuf"), "FlatGeobuf");
  EXPECT_FALSE(writer_driver("GTiff"));
  EXPECT_FALSE(writer_driver("NoSuchDriver"));
}

}  // namespace
}  // namespace incimap::geo
