#include "app/viewer/incident_export.hpp"

#include <cstdio>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "geo/export/data_attribution.hpp"
#include "geo/export/export_error.hpp"
#include "geo/export/gdal_handles.hpp"
#include "geo/export/vector_formats.hpp"
#include "render/colour.hpp"
#include "render/model/layering.hpp"

namespace incimap::app {
namespace {

enum class Column : std::uint8_t {
  id, event_date, time_precision, event_type, sub_event_type, actor1, actor2, fatalities, injuries, location,
  matched_text, country, admin1, geo_precision, geo_type, geocode_confidence, geocode_status, original_lon,
  original_lat, original_location, source_title, source_url, source_file, published_at, excerpt, candidates,
  marker_color, title,
};

struct ColumnSpec {
  Column column;
  const char* name;
  OGRFieldType type;
};

constexpr ColumnSpec kColumns[] = {
    {Column::id, "incident_id", OFTString},
    {Column::event_date, "event_date", OFTDate},
    {Column::time_precision, "time_precision", OFTInteger},
    {Column::event_type, "event_type", OFTString},
    {Column::sub_event_type, "sub_event_type", OFTString},
    {Column::actor1, "actor1", OFTString},
    {Column::actor2, "actor2", OFTString},
    {Column::fatalities, "fatalities", OFTInteger},
    {Column::injuries, "injuries", OFTInteger},
    {Column::location, "location", OFTString},
    {Column::matched_text, "matched_text", OFTString},
    {Column::country, "country", OFTString},
    {Column::admin1, "admin1", OFTString},
    {Column::geo_precision, "geo_precision", OFTInteger},
    {Column::geo_type, "geo_type", OFTString},
    {Column::geocode_confidence, "geocode_confidence", OFTReal},
    {Column::geocode_status, "geocode_status", OFTString},
    {Column::original_lon, "original_lon", OFTReal},
    {Column::original_lat, "original_lat", OFTReal},
    {Column::original_location, "original_location", OFTString},
    {Column::source_title, "source_title", OFTString},
    {Column::source_url, "source_url", OFTString},
    {Column::source_file, "source_file", OFTString},
    {Column::published_at, "published_at", OFTString},
    {Column::excerpt, "excerpt", OFTString},
    {Column::candidates, "candidates", OFTString},
    {Column::marker_color, "marker-color", OFTString},
    {Column::title, "title", OFTString},
};

std::vector<const char*> layer_options(const std::string& driver) {
  // The data credit, where `incimap extract` puts it (geo/export/data_attribution.hpp).
  static const std::string description = "DESCRIPTION=" + geo::export_attribution();
  if (driver == "GeoJSON") {
    return {"RFC7946=YES", "COORDINATE_PRECISION=6", "WRITE_NAME=NO", "ID_FIELD=incident_id", description.c_str(),
            nullptr};
  }
  if (driver == "GeoJSONSeq") return {"COORDINATE_PRECISION=6", "ID_FIELD=incident_id", nullptr};
  if (driver == "GPKG") return {description.c_str(), nullptr};
  // As `incimap extract` writes it: typed columns, numbers unquoted, the point
  // in longitude/latitude columns (FeatureWriter), so that render reads it back.
  if (driver == "CSV") return {"CREATE_CSVT=YES", "STRING_QUOTING=IF_NEEDED", nullptr};
  if (driver == "ESRI Shapefile") return {"ENCODING=UTF-8", nullptr};  // a .cpg, names kept whole
  return {nullptr};
}

// CSV and drivers without a Date type get "YYYY-MM-DD" text.
bool writes_typed_dates(GDALDriverH driver, const std::string& name) {
  const char* types = GDALGetMetadataItem(driver, GDAL_DMD_CREATIONFIELDDATATYPES, nullptr);
  return name != "CSV" && (types == nullptr || std::string_view(types).find("Date") != std::string_view::npos);
}

class FeatureWriter {
 public:
  FeatureWriter(const std::string& path, const std::string& driver_name, geo::Overwrite overwrite)
      : path_(path), driver_name_(driver_name), staged_(path, overwrite, driver_name) {
    GDALDriverH driver = GDALGetDriverByName(driver_name.c_str());
    if (driver == nullptr) fail("GDAL has no such driver");
    typed_dates_ = writes_typed_dates(driver, driver_name);
    dataset_.reset(GDALCreate(driver, staged_.staging_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset_) fail("the driver could not create the dataset");
    const auto srs = geo::gdal::wgs84_lon_lat();
    auto options = layer_options(driver_name);
    layer_ = GDALDatasetCreateLayer(dataset_.get(), "incidents", srs.get(), wkbPoint, options.data());
    if (layer_ == nullptr) fail("the driver could not create the layer");
    if (geo::stores_points_as_columns(driver_name)) {
      point_columns_ = 2;
      // Only the name and type of these specs are read; their values are set in write().
      create_field({Column::id, "longitude", OFTReal});
      create_field({Column::id, "latitude", OFTReal});
    }
    for (const ColumnSpec& spec : kColumns) create_field(spec);
    in_transaction_ = GDALDatasetStartTransaction(dataset_.get(), FALSE) == OGRERR_NONE;
  }

  void write(const ExportRecord& record) {
    const geo::gdal::FeaturePtr feature(OGR_F_Create(OGR_L_GetLayerDefn(layer_)));
    if (!feature) fail("could not allocate a feature");
    const render::Incident& incident = *record.incident;
    if (point_columns_ > 0) {
      OGR_F_SetFieldDouble(feature.get(), 0, incident.where.lon());
      OGR_F_SetFieldDouble(feature.get(), 1, incident.where.lat());
    }
    for (int i = 0; i < int(std::size(kColumns)); ++i) {
      set_field(feature.get(), point_columns_ + i, kColumns[i], record);
    }
    OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(point, 0, incident.where.lon(), incident.where.lat());
    OGR_F_SetGeometryDirectly(feature.get(), point);
    if (OGR_L_CreateFeature(layer_, feature.get()) != OGRERR_NONE) fail("could not write incident " + incident.id);
  }

  void commit() {
    if (in_transaction_ && GDALDatasetCommitTransaction(dataset_.get()) != OGRERR_NONE) fail("could not commit");
    dataset_.reset();  // closing flushes the file
    staged_.commit();
  }

 private:
  [[noreturn]] void fail(const std::string& reason) const {
    throw geo::ExportError(path_, driver_name_, geo::gdal::last_error_or(reason));
  }

  void create_field(const ColumnSpec& spec) {
    const OGRFieldType type = spec.type == OFTDate && !typed_dates_ ? OFTString : spec.type;
    const geo::gdal::FieldDefnPtr field(OGR_Fld_Create(spec.name, type));
    if (spec.column == Column::candidates && (driver_name_ == "GeoJSON" || driver_name_ == "GPKG")) {
      OGR_Fld_SetSubType(field.get(), OFSTJSON);
    }
    if (OGR_L_CreateField(layer_, field.get(), TRUE) != OGRERR_NONE) fail(std::string("could not create field ") + spec.name);
  }

  void set_text(OGRFeatureH feature, int field, const std::string& value) {
    if (value.empty()) {
      OGR_F_SetFieldNull(feature, field);
    } else {
      OGR_F_SetFieldString(feature, field, value.c_str());
    }
  }

  void set_field(OGRFeatureH feature, int field, const ColumnSpec& spec, const ExportRecord& record) {
    const render::Incident& incident = *record.incident;
    const Correction* correction = record.correction;
    switch (spec.column) {
      case Column::id: return set_text(feature, field, incident.id);
      case Column::event_date:
        if (!incident.day) return OGR_F_SetFieldNull(feature, field);
        if (!typed_dates_) return set_text(feature, field, incident.event_date);
        return set_date(feature, field, incident.event_date);
      case Column::time_precision:
        if (incident.time_precision == render::TimePrecision::unknown) return OGR_F_SetFieldNull(feature, field);
        return OGR_F_SetFieldInteger(feature, field, int(incident.time_precision));
      case Column::event_type: return set_text(feature, field, incident.event_type);
      case Column::sub_event_type: return set_text(feature, field, incident.sub_event_type);
      case Column::actor1: return set_text(feature, field, incident.actor1);
      case Column::actor2: return set_text(feature, field, incident.actor2);
      case Column::fatalities: return OGR_F_SetFieldInteger(feature, field, incident.fatalities);
      case Column::injuries: return OGR_F_SetFieldInteger(feature, field, incident.injuries);
      case Column::location: return set_text(feature, field, incident.location);
      case Column::matched_text: return set_text(feature, field, incident.matched_text);
      case Column::country: return set_text(feature, field, incident.country);
      case Column::admin1: return set_text(feature, field, incident.admin1);
      case Column::geo_precision: return OGR_F_SetFieldInteger(feature, field, int(incident.geo_precision));
      case Column::geo_type: return set_text(feature, field, incident.geo_type);
      case Column::geocode_confidence: return OGR_F_SetFieldDouble(feature, field, incident.geocode_confidence);
      case Column::geocode_status: return set_text(feature, field, correction ? "corrected" : "geocoded");
      case Column::original_lon:
        if (!correction) return OGR_F_SetFieldNull(feature, field);
        return OGR_F_SetFieldDouble(feature, field, correction->original.lon());
      case Column::original_lat:
        if (!correction) return OGR_F_SetFieldNull(feature, field);
        return OGR_F_SetFieldDouble(feature, field, correction->original.lat());
      case Column::original_location:
        return set_text(feature, field, correction ? correction->original_location : std::string());
      case Column::source_title: return set_text(feature, field, incident.source_title);
      case Column::source_url: return set_text(feature, field, incident.source_url);
      case Column::source_file: return set_text(feature, field, incident.source_file);
      case Column::published_at: return set_text(feature, field, incident.published_at);
      case Column::excerpt: return set_text(feature, field, incident.excerpt);
      case Column::candidates:
        if (incident.candidates.empty()) return OGR_F_SetFieldNull(feature, field);
        return set_text(feature, field, nlohmann::json(incident.candidates).dump());
      case Column::marker_color:
        return set_text(feature, field, render::to_hex(render::event_type_colour(incident.event_type, 0)));
      case Column::title: return set_text(feature, field, incident.title);
    }
  }

  static void set_date(OGRFeatureH feature, int field, const std::string& iso_date) {
    int year = 0, month = 0, day = 0;
    if (std::sscanf(iso_date.c_str(), "%d-%d-%d", &year, &month, &day) != 3) return OGR_F_SetFieldNull(feature, field);
    OGR_F_SetFieldDateTime(feature, field, year, month, day, 0, 0, 0, 0);
  }

  std::string path_;
  std::string driver_name_;
  geo::StagedOutput staged_;
  geo::gdal::DatasetPtr dataset_;
  OGRLayerH layer_ = nullptr;
  bool typed_dates_ = true;
  bool in_transaction_ = false;
  int point_columns_ = 0;  // 2 when longitude and latitude come first (stores_points_as_columns)
};

}  // namespace

void export_incidents(const std::string& path, std::span<const ExportRecord> records, geo::Overwrite overwrite) {
  geo::gdal::ensure_registered();
  const geo::gdal::QuietErrors quiet;
  const auto driver = geo::driver_for_path(path);
  if (!driver) throw geo::ExportError(path, "", "cannot tell the format from the extension (try .geojson or .gpkg)");
  FeatureWriter writer(path, *driver, overwrite);
  for (const ExportRecord& record : records) writer.write(record);
  writer.commit();
}

}  // namespace incimap::app
