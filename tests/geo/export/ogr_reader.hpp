#pragma once
// Reads an exported file back with GDAL, independently of the writer's code:
// every field as text (dates as ISO "YYYY-MM-DD", nulls as nothing) and the
// point geometry.

#include <cstdio>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "geo/gdal/gdal_handles.hpp"

namespace incimap::geo::testing {

struct ReadPoint {
  double x = 0;  // longitude
  double y = 0;  // latitude
};

struct ReadFeature {
  std::map<std::string, std::optional<std::string>> fields;
  std::map<std::string, OGRFieldType> types;
  std::optional<ReadPoint> point;
  bool has_geometry = false;
};

inline std::string iso_date(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

inline std::optional<std::string> field_text(OGRFeatureH feature, int index, OGRFieldType type) {
  if (!OGR_F_IsFieldSetAndNotNull(feature, index)) return std::nullopt;
  if (type == OFTDate || type == OFTDateTime) {
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
    float ss = 0;
    OGR_F_GetFieldAsDateTimeEx(feature, index, &y, &m, &d, &hh, &mm, &ss, &tz);
    // A date some formats store as a midnight date-time (FlatGeobuf) reads as the date.
    const bool date_only = type == OFTDate || (hh == 0 && mm == 0 && ss == 0 && tz <= 1);
    if (date_only) return iso_date(y, m, d);
    // OGR's time zone flag: 100 is UTC, each step of 1 is 15 minutes east.
    char buf[48];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d", iso_date(y, m, d).c_str(), hh, mm, static_cast<int>(ss));
    std::string out = buf;
    if (tz == 100) return out + "Z";
    if (tz > 1) {
      const int minutes = (tz - 100) * 15;
      const int magnitude = minutes < 0 ? -minutes : minutes;
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
      out += buf;
    }
    return out;
  }
  if (type == OFTInteger || type == OFTInteger64) return std::to_string(OGR_F_GetFieldAsInteger64(feature, index));
  return std::string(OGR_F_GetFieldAsString(feature, index));
}

// All features of the first layer. `open_options` as for GDALOpenEx.
inline std::vector<ReadFeature> read_features(const std::string& path, std::vector<std::string> open_options = {}) {
  gdal::ensure_registered();
  std::vector<const char*> options;
  for (const std::string& o : open_options) options.push_back(o.c_str());
  options.push_back(nullptr);
  gdal::DatasetPtr dataset(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options.data(), nullptr));
  if (!dataset) throw std::runtime_error("GDAL cannot open " + path + ": " + gdal::last_error_or("no message"));
  OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
  if (layer == nullptr) throw std::runtime_error(path + " has no layer");
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
  std::vector<ReadFeature> features;
  OGR_L_ResetReading(layer);
  while (gdal::FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
    ReadFeature read;
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i) {
      OGRFieldDefnH field = OGR_FD_GetFieldDefn(definition, i);
      const std::string name = OGR_Fld_GetNameRef(field);
      const OGRFieldType type = OGR_Fld_GetType(field);
      read.types[name] = type;
      read.fields[name] = field_text(feature.get(), i, type);
    }
    if (OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get())) {
      read.has_geometry = !OGR_G_IsEmpty(geometry);
      if (wkbFlatten(OGR_G_GetGeometryType(geometry)) == wkbPoint && read.has_geometry) {
        read.point = ReadPoint{OGR_G_GetX(geometry, 0), OGR_G_GetY(geometry, 0)};
      }
    }
    features.push_back(std::move(read));
  }
  return features;
}

}  // namespace incimap::geo::testing
