#include "geo/record/incident_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <fstream>
#include <optional>

#include "geo/gdal/gdal_handles.hpp"
#include "geo/base/input_error.hpp"
#include "geo/ingest/published_time.hpp"
#include "geo/record/geojson_reader.hpp"
#include "geo/record/record_builder.hpp"

namespace incimap::geo {
namespace {

// The names a table's point columns go by (ours first), for GDAL's CSV
// driver and for tables GDAL gives no geometry (XLSX, ODS).
constexpr const char* kLongitudeNames = "longitude,lon,lng,long,x";
constexpr const char* kLatitudeNames = "latitude,lat,y";

std::string lower_extension(const std::string& path) {
  const auto dot = path.find_last_of('.');
  const auto slash = path.find_last_of('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string extension = path.substr(dot);
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  return extension;
}

// A JSON text file: the first byte past whitespace (and a UTF-8 BOM) is '{'.
bool looks_like_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char c = 0;
  while (in.get(c)) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    return c == '{';
  }
  return false;
}

gdal::DatasetPtr open_vector(const std::string& path) {
  gdal::ensure_registered();
  const bool csv = lower_extension(path) == ".csv";
  const std::string x = std::string("X_POSSIBLE_NAMES=") + kLongitudeNames;
  const std::string y = std::string("Y_POSSIBLE_NAMES=") + kLatitudeNames;
  const char* csv_options[] = {x.c_str(), y.c_str(), "AUTODETECT_TYPE=NO", nullptr};
  gdal::DatasetPtr dataset(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, csv ? csv_options : nullptr, nullptr));
  if (!dataset) {
    throw InputError(path, "no GDAL vector driver can open it (" + gdal::last_error_or("no reason given") + ")");
  }
  return dataset;
}

// A column a table holds a coordinate in: the first of `names` it has.
int column_named(OGRFeatureDefnH defn, const char* names) {
  std::string list(names);
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t end = std::min(list.find(',', start), list.size());
    const int i = OGR_FD_GetFieldIndex(defn, list.substr(start, end - start).c_str());
    if (i >= 0) return i;
    start = end + 1;
  }
  return -1;
}

std::optional<double> number_in(OGRFeatureH feature, int field) {
  if (field < 0 || !OGR_F_IsFieldSetAndNotNull(feature, field)) return std::nullopt;
  const char* text = OGR_F_GetFieldAsString(feature, field);
  double x = 0;
  const auto [end, error] = std::from_chars(text, text + std::strlen(text), x);
  if (error != std::errc() || end != text + std::strlen(text)) return std::nullopt;
  return x;
}

// Where the layer's fields are, by the record's field table.
struct LayerColumns {
  std::vector<int> field_of;  // OGR field index per incident_fields() entry, -1 when absent
  int id = -1;                // a GeoJSON "id" read by GDAL
  int longitude = -1;         // a table without geometry
  int latitude = -1;

  explicit LayerColumns(OGRLayerH layer) {
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (const FieldSpec& field : incident_fields()) {
      field_of.push_back(OGR_FD_GetFieldIndex(defn, std::string(field.name).c_str()));
    }
    id = OGR_FD_GetFieldIndex(defn, "id");
    longitude = column_named(defn, kLongitudeNames);
    latitude = column_named(defn, kLatitudeNames);
  }
};

PropertyValue ogr_value(OGRFeatureH feature, int field, FieldType wanted) {
  if (field < 0 || !OGR_F_IsFieldSetAndNotNull(feature, field)) return {};
  switch (OGR_Fld_GetType(OGR_F_GetFieldDefnRef(feature, field))) {
    case OFTInteger:
    case OFTInteger64:
      if (wanted == FieldType::integer) return static_cast<std::int64_t>(OGR_F_GetFieldAsInteger64(feature, field));
      break;
    case OFTReal:
      if (wanted == FieldType::real) return OGR_F_GetFieldAsDouble(feature, field);
      break;
    case OFTDate:
    case OFTDateTime: {
      int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
      float second = 0;
      if (wanted == FieldType::date &&
          OGR_F_GetFieldAsDateTimeEx(feature, field, &year, &month, &day, &hour, &minute, &second, &zone)) {
        return EventDate{days_from_civil(year, unsigned(month), unsigned(day)), DatePrecision::day};
      }
      break;
    }
    default:
      break;
  }
  const char* text = OGR_F_GetFieldAsString(feature, field);
  return std::string_view(text);  // valid until the feature changes
}

class OgrReader {
 public:
  OgrReader(const std::string& path, IncidentFile& file, RecordSink& sink)
      : path_(path), file_(file), builder_(file, sink, path) {}

  void read(const ReadProgress& progress) {
    const gdal::QuietErrors quiet;
    const gdal::DatasetPtr dataset = open_vector(path_);
    const int layers = GDALDatasetGetLayerCount(dataset.get());
    for (int l = 0; l < layers; ++l) {
      OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), l);
      read_layer(layer);
      if (progress) progress(double(l + 1) / layers);
    }
  }

 private:
  void read_layer(OGRLayerH layer) {
    const LayerColumns columns(layer);
    const gdal::TransformPtr to_wgs84 = gdal::transform_to_wgs84(layer);
    const auto fields = incident_fields();
    OGR_L_ResetReading(layer);
    while (const gdal::FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
      for (std::size_t i = 0; i < fields.size(); ++i) {
        builder_.set(i, ogr_value(feature.get(), columns.field_of[i], fields[i].type));
      }
      if (columns.id >= 0 && OGR_F_IsFieldSetAndNotNull(feature.get(), columns.id)) {
        builder_.set_feature_id(OGR_F_GetFieldAsString(feature.get(), columns.id));
      }
      builder_.add(position_of(feature.get(), columns, to_wgs84.get()));
    }
  }

  std::optional<LonLat> position_of(OGRFeatureH feature, const LayerColumns& columns,
                                    OGRCoordinateTransformationH to_wgs84) {
    OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
    if (geometry == nullptr) {
      const auto x = number_in(feature, columns.longitude), y = number_in(feature, columns.latitude);
      if (!x || !y) {
        ++file_.missing.without_geometry;
        return std::nullopt;
      }
      return checked(LonLat::from(Longitude{*x}, Latitude{*y}));
    }
    if (OGR_G_IsEmpty(geometry)) {
      ++file_.missing.without_geometry;
      return std::nullopt;
    }
    if (to_wgs84 != nullptr && OGR_G_Transform(geometry, to_wgs84) != OGRERR_NONE) {
      ++file_.missing.not_reprojectable;
      return std::nullopt;
    }
    if (wkbFlatten(OGR_G_GetGeometryType(geometry)) == wkbPoint) {
      return checked(LonLat::from(Longitude{OGR_G_GetX(geometry, 0)}, Latitude{OGR_G_GetY(geometry, 0)}));
    }
    // Not a point: placed at its centroid.
    const gdal::GeometryPtr centroid(OGR_G_CreateGeometry(wkbPoint));
    if (OGR_G_Centroid(geometry, centroid.get()) != OGRERR_NONE || OGR_G_IsEmpty(centroid.get())) {
      ++file_.missing.without_centroid;
      return std::nullopt;
    }
    return checked(LonLat::from(Longitude{OGR_G_GetX(centroid.get(), 0)}, Latitude{OGR_G_GetY(centroid.get(), 0)}));
  }

  std::optional<LonLat> checked(LonLat where) {
    if (where.valid()) return where;
    ++file_.missing.off_earth;
    return std::nullopt;
  }

  const std::string& path_;
  IncidentFile& file_;
  RecordBuilder builder_;
};

}  // namespace

IncidentFile read_incident_file(const std::string& path, RecordSink& sink, const ReadProgress& progress,
                                GeoJsonReader geojson_reader) {
  IncidentFile file;
  if (geojson_reader == GeoJsonReader::native && looks_like_json(path) &&
      read_native_geojson(path, file, sink, progress)) {
    return file;
  }
  OgrReader(path, file, sink).read(progress);
  return file;
}

IncidentFile read_incident_file(const std::string& path, const ReadProgress& progress, GeoJsonReader geojson_reader) {
  std::vector<IncidentRecord> records;
  VectorSink sink(records);
  IncidentFile file = read_incident_file(path, sink, progress, geojson_reader);
  file.records = std::move(records);
  return file;
}

std::string describe(const MissingPositions& missing) {
  if (missing.total() == 0) return {};
  std::string reasons;
  const auto add = [&](std::size_t count, const char* why) {
    if (count == 0) return;
    reasons += (reasons.empty() ? "" : ", ") + std::to_string(count) + " " + why;
  };
  add(missing.without_geometry, "without geometry");
  add(missing.without_centroid, "whose geometry has no centre");
  add(missing.not_reprojectable, "that could not be reprojected to WGS84");
  add(missing.off_earth, "with coordinates off Earth");
  return std::to_string(missing.total()) + (missing.total() == 1 ? " feature" : " features") +
         " left out of the map: " + reasons;
}

}  // namespace incimap::geo
