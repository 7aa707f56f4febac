#include "geo/export/incident_writer.hpp"

#include <strings.h>

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <sstream>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <variant>

#include "geo/export/coordinate_precision.hpp"
#include "geo/export/data_attribution.hpp"
#include "geo/export/export_error.hpp"
#include "geo/gdal/gdal_handles.hpp"
#include "geo/export/geojson_stream.hpp"
#include "geo/export/kml_stream.hpp"
#include "geo/export/postgis_table.hpp"
#include "geo/export/vector_formats.hpp"
#include "geo/incidents/date_resolver.hpp"
#include "geo/ingest/published_time.hpp"
#include "geo/record/acled_fields.hpp"

namespace incimap::geo {
namespace {

constexpr std::string_view kStdout = "/vsistdout/";

bool is_stdout(const std::string& path) { return path == "-" || path == kStdout; }

bool is_kml(const std::string& driver) { return driver == "LIBKML" || driver == "KML"; }

// Drivers that silently drop a feature whose geometry is null or empty.
bool drops_features_without_geometry(const std::string& driver) { return driver == "FlatGeobuf"; }


// The field types a driver says it can create ("Integer Integer64 Real String Date ...").
class DriverTypes {
 public:
  explicit DriverTypes(GDALDriverH driver) {
    const char* list = GDALGetMetadataItem(driver, GDAL_DMD_CREATIONFIELDDATATYPES, nullptr);
    if (list == nullptr) return;
    std::istringstream words(list);
    std::string word;
    while (words >> word) types_.push_back(word);
  }
  bool has(std::string_view type) const {
    if (types_.empty()) return true;  // the driver does not say: try
    for (const std::string& t : types_) {
      if (t == type) return true;
    }
    return false;
  }

 private:
  std::vector<std::string> types_;
};

// Drivers that turn a JSON-subtyped string into native JSON (GeoJSON) or a
// JSON column (GeoPackage); elsewhere the subtype only raises warnings.
bool writes_json_subtype(const std::string& driver) {
  return driver == "GeoJSON" || driver == "GeoJSONSeq" || driver == "GPKG";
}

struct CreationOptions {
  std::vector<std::string> items;

  // CSLConstList view; valid while `items` is unchanged.
  std::vector<const char*> list() const {
    std::vector<const char*> out;
    for (const std::string& item : items) out.push_back(item.c_str());
    out.push_back(nullptr);
    return out;
  }
};

// The user's options (-lco, -dsco), then incimap's own for the names the user left alone.
CreationOptions with_user_options(const std::vector<std::string>& user, CreationOptions ours) {
  CreationOptions all{user};
  for (std::string& item : ours.items) {
    const std::string key = item.substr(0, item.find('=') + 1);
    const bool overridden =
        std::any_of(user.begin(), user.end(), [&](const std::string& u) { return strncasecmp(u.c_str(), key.c_str(), key.size()) == 0; });
    if (!overridden) all.items.push_back(std::move(item));
  }
  return all;
}

CreationOptions layer_options(const std::string& driver, std::string_view id_field) {
  const std::string id = "ID_FIELD=" + std::string(id_field);
  // The data credit: the FeatureCollection's "description" member (a
  // foreign member, which RFC 7946 section 6.1 allows), GeoPackage's
  // gpkg_contents.description.
  const std::string description = "DESCRIPTION=" + export_attribution();
  if (driver == "GeoJSON") return {{"RFC7946=YES", coordinate_precision_option(), "WRITE_NAME=NO", id, description}};
  if (driver == "GeoJSONSeq") return {{coordinate_precision_option(), id}};
  if (driver == "GPKG") return {{description}};
  // The .csvt sidecar types every column (QGIS and GDAL read it), so a text
  // that looks like a number needs no quotes; GDAL 3.6's default quoting
  // (IF_AMBIGUOUS) quotes integers too, which pandas and kepler.gl then read
  // as text. Geometry is in the longitude/latitude columns
  // (stores_points_as_columns).
  if (driver == "CSV") return {{"CREATE_CSVT=YES", "STRING_QUOTING=IF_NEEDED"}};
  // Without it the .dbf is written in ISO-8859-1 and "Al Ḩudaydah" loses
  // its letters; with it GDAL writes a .cpg that says UTF-8.
  if (driver == "ESRI Shapefile") return {{"ENCODING=UTF-8"}};
  return {};
}

// KML's time primitives from the event date: a <TimeStamp> for a known day,
// a <TimeSpan> over the week or month when that is all the text says.
enum class KmlTime : std::uint8_t { none, when, begin, end };

// A column that holds a coordinate of the incident's point rather than a property.
enum class Coordinate : std::uint8_t { none, longitude, latitude };

struct ColumnPlan {
  std::string name;
  OGRFieldType type = OFTString;
  OGRFieldSubType subtype = OFSTNone;
  std::size_t value = 0;  // index into incident_fields(), or past it into the extra fields
  KmlTime kml_time = KmlTime::none;
  Coordinate coordinate = Coordinate::none;
};

// The KML time value a column holds for `date`; null when the column does
// not apply at the date's precision.
PropertyValue kml_time_value(KmlTime kind, const PropertyValue& event_date) {
  const auto* date = std::get_if<EventDate>(&event_date);
  if (date == nullptr) return {};
  const bool exact = date->precision == DatePrecision::day;
  const DayRange span = period_of(*date);
  switch (kind) {
    case KmlTime::when:
      return exact ? PropertyValue{*date} : PropertyValue{};
    case KmlTime::begin:
      return exact ? PropertyValue{} : PropertyValue{EventDate{span.first, DatePrecision::day}};
    case KmlTime::end:
      return exact ? PropertyValue{} : PropertyValue{EventDate{span.last, DatePrecision::day}};
    case KmlTime::none:
      break;
  }
  return {};
}

// incident_fields() in the driver's types, plus KML's name, description and
// timestamp (which LIBKML writes as <name>, <description> and <TimeStamp>).
OGRFieldType ogr_type(FieldType type, const DriverTypes& types, const std::string& driver_name) {
  // CSV readers want ISO dates, not GDAL's "2020/01/05".
  switch (type) {
    case FieldType::string:
    case FieldType::json:
      return OFTString;
    case FieldType::integer:
      return OFTInteger;
    case FieldType::real:
      return OFTReal;
    case FieldType::date:
      return types.has("Date") && driver_name != "CSV" ? OFTDate : OFTString;
    case FieldType::datetime:
      return types.has("DateTime") && driver_name != "CSV" ? OFTDateTime : OFTString;
  }
  return OFTString;
}

bool has_field(std::span<const FieldSpec> fields, std::string_view name) {
  return std::any_of(fields.begin(), fields.end(), [&](const FieldSpec& f) { return f.name == name; });
}

std::vector<ColumnPlan> plan_columns(GDALDriverH driver, const std::string& driver_name,
                                     const std::vector<ExtraField>& extra, std::span<const FieldSpec> fields) {
  const DriverTypes types(driver);
  const bool own_schema = fields.data() == incident_fields().data();
  std::vector<ColumnPlan> plan;
  // A schema with coordinate columns of its own (ACLED's) needs no others.
  if (stores_points_as_columns(driver_name) && !has_field(fields, "latitude")) {
    plan.push_back({"longitude", OFTReal, OFSTNone, 0, KmlTime::none, Coordinate::longitude});
    plan.push_back({"latitude", OFTReal, OFSTNone, 0, KmlTime::none, Coordinate::latitude});
  }
  for (std::size_t i = 0; i < fields.size(); ++i) {
    ColumnPlan column{std::string(fields[i].name), ogr_type(fields[i].type, types, driver_name), OFSTNone, i};
    if (fields[i].type == FieldType::json && writes_json_subtype(driver_name)) column.subtype = OFSTJSON;
    plan.push_back(std::move(column));
  }
  for (std::size_t i = 0; i < extra.size(); ++i) {
    plan.push_back({extra[i].name, ogr_type(extra[i].type, types, driver_name), OFSTNone, fields.size() + i});
  }
  if (is_kml(driver_name) && own_schema) {
    const std::size_t date = field_index("event_date");
    plan.push_back({"name", OFTString, OFSTNone, field_index("title"), KmlTime::none});
    plan.push_back({"description", OFTString, OFSTNone, field_index("excerpt"), KmlTime::none});
    plan.push_back({"timestamp", OFTDate, OFSTNone, date, KmlTime::when});
    plan.push_back({"begin", OFTDate, OFSTNone, date, KmlTime::begin});
    plan.push_back({"end", OFTDate, OFSTNone, date, KmlTime::end});
  }
  return plan;
}

std::string choose_driver(const ExportOptions& options) {
  if (!options.format.empty()) {
    if (auto driver = writer_driver(options.format)) return *driver;
    throw ExportError(options.path, options.format,
                      "no OGR vector driver can write '" + options.format + "' (see --formats)");
  }
  if (auto driver = driver_for_path(options.path)) return *driver;
  throw ExportError(options.path, "", "cannot tell the format from the file name; give one with -f (see --formats)");
}

}  // namespace

struct IncidentWriter::Impl {
  std::string path;
  std::string driver_name;
  std::optional<StagedOutput> staged;
  std::FILE* native_file = nullptr;  // the native GeoJSON or KML writer's output
  std::optional<GeoJsonStream> native;
  std::optional<KmlStream> kml;
  gdal::DatasetPtr dataset;
  OGRLayerH layer = nullptr;
  gdal::FeaturePtr feature;
  std::vector<ColumnPlan> columns;
  std::vector<ExtraField> extra_fields;
  std::span<const FieldSpec> fields = incident_fields();  // the schema's columns
  IncidentRecord converted;  // reused by write(const Incident&)
  RecordValues values;
  std::string scratch;  // NUL-terminated copy of a string_view value
  bool in_transaction = false;
  bool integer_fids = false;  // the layer keys features by an integer: integer_fid()
  std::unordered_set<std::int64_t> used_fids;
  std::string table;  // a PostGIS output's table
  static constexpr const char* kIncoming = "incimap_incoming";
  std::size_t written = 0;
  std::size_t skipped = 0;
  std::vector<std::string> warnings;

  [[noreturn]] void fail(const std::string& reason) const {
    throw ExportError(path, driver_name, gdal::last_error_or(reason));
  }

  void open(const ExportOptions& options) {
    if (driver_name == "PostgreSQL") {
      if (options.schema != RecordSchema::incimap) {
        throw ExportError(path, driver_name, "--schema acled writes files; a PostGIS table keeps incimap's columns "
                                             "(its upserts key on incident_id)");
      }
      open_postgres(options);
      return;
    }
    if (options.append == Append::upsert) {
      throw ExportError(path, driver_name, "--append needs a database (-o PG:...) or a GPKG or GeoJSON file to fold into, not stdout");
    }
    if (options.schema == RecordSchema::acled) fields = acled_fields();
    std::string target(kStdout);
    if (database_for_path(options.path)) {
      // A database commits its own transaction; there is no file to stage.
      target = options.path;
    } else if (!is_stdout(options.path)) {
      staged.emplace(options.path, options.overwrite, driver_name);
      target = staged->staging_path().string();
    }
    const bool geojson = driver_name == "GeoJSON" || driver_name == "GeoJSONSeq";
    const bool only_gdal_understands = options.schema != RecordSchema::incimap ||
                                       !options.layer_creation_options.empty() ||
                                       !options.dataset_creation_options.empty();
    if (geojson && options.geojson_writer == GeoJsonWriter::native && !only_gdal_understands) {
      open_native(target);
    } else if (driver_name == "KML") {
      open_native_file(target);
      kml.emplace(native_file, path, options.layer_name, extra_fields);
    } else {
      open_ogr(options, target);
    }
    if (staged) staged->check_target();
  }

  void open_native_file(const std::string& target) {
    native_file = target == kStdout ? stdout : std::fopen(target.c_str(), "wb");
    if (native_file == nullptr) {
      throw ExportError(path, driver_name, std::string("cannot create the file: ") + std::strerror(errno));
    }
  }

  void open_native(const std::string& target) {
    open_native_file(target);
    native.emplace(native_file, path, driver_name == "GeoJSONSeq" ? GeoJsonLayout::sequence : GeoJsonLayout::collection,
                   extra_fields);
  }

  // Closes the native writer's file (not stdout); false when the close failed.
  bool close_native_file() {
    std::FILE* file = std::exchange(native_file, nullptr);
    return file == nullptr || file == stdout || std::fclose(file) == 0;
  }

  void open_ogr(const ExportOptions& options, const std::string& target) {
    GDALDriverH driver = GDALGetDriverByName(driver_name.c_str());
    const CreationOptions dsco = with_user_options(options.dataset_creation_options, {});
    auto dsco_list = dsco.list();
    dataset.reset(GDALCreate(driver, target.c_str(), 0, 0, 0, GDT_Unknown, dsco_list.data()));
    if (!dataset) fail("the driver could not create the dataset");
    const auto srs = gdal::wgs84_lon_lat();
    const CreationOptions lco =
        with_user_options(options.layer_creation_options, layer_options(driver_name, fields.front().name));
    auto lco_list = lco.list();
    layer = GDALDatasetCreateLayer(dataset.get(), options.layer_name.c_str(), srs.get(), wkbPoint, lco_list.data());
    if (layer == nullptr) fail("the driver could not create layer '" + options.layer_name + "'");
    if (driver_name == "GPKG") {
      // Also in gpkg_metadata, where metadata-aware tools (QGIS's layer
      // properties, ogrinfo) list it beside the description.
      GDALSetMetadataItem(layer, "ATTRIBUTION", export_attribution().c_str(), nullptr);
    }
    // A layer keyed by a 64-bit integer (GeoPackage, SQLite) gets the
    // incident's own: the same in every file, not the row's number. (A
    // FileGDB's FIDs are 32-bit: a million 31-bit hashes would collide.)
    integer_fids = driver_name == "GPKG" || driver_name == "SQLite";
    columns = plan_columns(driver, driver_name, extra_fields, fields);
    for (const ColumnPlan& column : columns) create_field(column);
    feature.reset(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
    if (!feature) fail("could not allocate a feature");
    in_transaction = GDALDatasetStartTransaction(dataset.get(), FALSE) == OGRERR_NONE;
  }

  // The PostGIS table (the -nln layer name), created typed when missing.
  // The incidents go to a temporary table of text columns through GDAL
  // and into the table in commit(), all in one transaction: a failed or
  // interrupted run leaves the table as it was.
  void open_postgres(const ExportOptions& options) {
    dataset.reset(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    if (!dataset) fail("cannot connect to the database");
    table = options.layer_name;
    if (options.append == Append::upsert) {
      // Created and committed at once, under the table's lock, before this
      // run's own transaction: many workers' first runs start together, and
      // each waits only for the one creating the table, not for its whole run.
      execute(lock_table_sql(table) + "; " + create_incident_table_sql(table));
    }
    in_transaction = GDALDatasetStartTransaction(dataset.get(), FALSE) == OGRERR_NONE;
    if (!in_transaction) fail("cannot start a transaction");
    // A run that creates or replaces the table holds its lock to the end:
    // a second such run waits, then finds the table there.
    if (options.append == Append::no) execute(lock_table_sql(table));
    if (options.append == Append::no && table_exists()) {
      if (options.overwrite == Overwrite::refuse) {
        throw ExportError(path, driver_name, "table \"" + table + "\" exists (--overwrite replaces it, --append " +
                                                 "adds to it, -nln names another)");
      }
      execute("DROP TABLE " + sql_identifier(table) + " CASCADE");
    }
    if (options.append == Append::no) execute(create_incident_table_sql(table));
    const auto srs = gdal::wgs84_lon_lat();
    const CreationOptions lco{{"TEMPORARY=ON", "LAUNDER=NO", "SPATIAL_INDEX=NONE", "GEOMETRY_NAME=geom"}};
    auto lco_list = lco.list();
    layer = GDALDatasetCreateLayer(dataset.get(), kIncoming, srs.get(), wkbPoint, lco_list.data());
    if (layer == nullptr) fail("could not create the temporary table of incoming incidents");
    for (const FieldSpec& field : incident_fields()) {
      columns.push_back({std::string(field.name), OFTString, OFSTNone, columns.size(), KmlTime::none});
      create_field(columns.back());
    }
    feature.reset(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
    if (!feature) fail("could not allocate a feature");
  }

  bool table_exists() {
    CPLErrorReset();
    OGRLayerH result = GDALDatasetExecuteSQL(dataset.get(), table_exists_sql(table).c_str(), nullptr, nullptr);
    if (result == nullptr) fail("could not look for table \"" + table + "\"");
    gdal::FeaturePtr row(OGR_L_GetNextFeature(result));
    const bool exists = row && OGR_F_GetFieldAsInteger(row.get(), 0) != 0;
    row.reset();
    GDALDatasetReleaseResultSet(dataset.get(), result);
    return exists;
  }

  void execute(const std::string& sql) {
    CPLErrorReset();
    OGRLayerH result = GDALDatasetExecuteSQL(dataset.get(), sql.c_str(), nullptr, nullptr);
    if (result != nullptr) GDALDatasetReleaseResultSet(dataset.get(), result);
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) fail("SQL failed");
  }

  // The incoming rows into the table; the temporary table goes with the connection.
  void upsert_incoming() {
    if (written == 0) return;
    if (OGR_L_SyncToDisk(layer) != OGRERR_NONE) fail("could not write the incoming incidents");
    execute(upsert_incidents_sql(table, kIncoming));
  }

  void create_field(const ColumnPlan& column) {
    gdal::FieldDefnPtr field(OGR_Fld_Create(column.name.c_str(), column.type));
    OGR_Fld_SetSubType(field.get(), column.subtype);
    if (OGR_L_CreateField(layer, field.get(), TRUE) != OGRERR_NONE) {
      fail("could not create field '" + column.name + "'");
    }
  }

  void set_field(int index, const ColumnPlan& column, const PropertyValue& value) {
    OGRFeatureH f = feature.get();
    if (std::holds_alternative<std::monostate>(value)) {
      OGR_F_SetFieldNull(f, index);
    } else if (const auto* view = std::get_if<std::string_view>(&value)) {
      scratch.assign(*view);
      OGR_F_SetFieldString(f, index, scratch.c_str());
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
      OGR_F_SetFieldInteger64(f, index, static_cast<GIntBig>(*integer));
    } else if (const auto* real = std::get_if<double>(&value)) {
      OGR_F_SetFieldDouble(f, index, *real);
    } else if (const auto* date = std::get_if<EventDate>(&value)) {
      const CivilDate c = civil_from_days(date->days);
      if (column.type == OFTDate) {
        OGR_F_SetFieldDateTime(f, index, c.year, static_cast<int>(c.month), static_cast<int>(c.day), 0, 0, 0, 0);
      } else {
        OGR_F_SetFieldString(f, index, format_event_date(*date).c_str());
      }
    } else if (const auto* time = std::get_if<LocalDateTime>(&value)) {
      const CivilDate c = civil_from_days(time->days);
      if (column.type == OFTDateTime) {
        // Time zone flag 0: unknown, the local time where the event was.
        OGR_F_SetFieldDateTime(f, index, c.year, static_cast<int>(c.month), static_cast<int>(c.day),
                               time->seconds / 3600, (time->seconds / 60) % 60, time->seconds % 60, 0);
      } else {
        OGR_F_SetFieldString(f, index, format_local_date_time(*time).c_str());
      }
    }
  }

  void set_geometry(const IncidentRecord& record) {
    OGRFeatureH f = feature.get();
    if (!record.position) {
      OGR_F_SetGeometryDirectly(f, nullptr);
      return;
    }
    OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
    const LonLat p = *record.position;
    OGR_G_SetPoint_2D(point, 0, p.lon(), p.lat());
    OGR_F_SetGeometryDirectly(f, point);
  }

  // The value of a column for `record`: a property, an extra column's, or a coordinate.
  PropertyValue column_value(const ColumnPlan& column, const IncidentRecord& record,
                             std::span<const PropertyValue> extra_values) const {
    if (column.coordinate != Coordinate::none) {
      if (!record.position) return {};
      const LonLat p = *record.position;
      return column.coordinate == Coordinate::longitude ? p.lon() : p.lat();
    }
    const std::size_t field_count = values.values.size();
    if (column.value >= field_count) {
      const std::size_t extra = column.value - field_count;
      return extra < extra_values.size() ? extra_values[extra] : PropertyValue{};
    }
    const PropertyValue& value = values.values[column.value];
    return column.kml_time == KmlTime::none ? value : kml_time_value(column.kml_time, value);
  }

  // The record's integer_fid() where the layer is keyed by one; a repeated
  // id (records that are not incimap's, two of them sharing one) gets the
  // next free number from the driver instead of failing the write.
  GIntBig fid_of(const IncidentRecord& record) {
    if (!integer_fids) return OGRNullFID;
    const std::int64_t fid = integer_fid(record.id);
    return used_fids.insert(fid).second ? fid : OGRNullFID;
  }

  void write(const IncidentRecord& record, std::span<const PropertyValue> extra_values) {
    assert(extra_values.size() == extra_fields.size() || extra_values.empty());
    if (native || kml) {
      if (native) native->write(record, extra_values);
      if (kml) kml->write(record, extra_values);
      ++written;
      return;
    }
    if (!record.position && drops_features_without_geometry(driver_name)) {
      ++skipped;
      return;
    }
    values.fill(record, fields);
    for (std::size_t i = 0; i < columns.size(); ++i) {
      set_field(static_cast<int>(i), columns[i], column_value(columns[i], record, extra_values));
    }
    set_geometry(record);
    OGR_F_SetFID(feature.get(), fid_of(record));
    if (OGR_L_CreateFeature(layer, feature.get()) != OGRERR_NONE) fail("could not write incident " + record.id);
    ++written;
  }

  void commit() {
    if (native || kml) {
      if (native) native->finish();
      if (kml) kml->finish();
      native.reset();
      kml.reset();
      if (!close_native_file()) {
        throw ExportError(path, driver_name, std::string("cannot finish the file: ") + std::strerror(errno));
      }
      if (staged) staged->commit();
      return;
    }
    if (!table.empty()) upsert_incoming();
    if (in_transaction && GDALDatasetCommitTransaction(dataset.get()) != OGRERR_NONE) {
      fail("could not commit the written features");
    }
    in_transaction = false;
    feature.reset();
    CPLErrorReset();
    dataset.reset();  // GDALClose flushes; its failures are only reported through CPLError
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) fail("could not finish the file");
    if (staged) staged->commit();
  }
};

IncidentWriter::IncidentWriter(const ExportOptions& options) : impl_(std::make_unique<Impl>()) {
  gdal::ensure_registered();
  const gdal::CollectedWarnings quiet(impl_->warnings);
  impl_->path = options.path;
  impl_->extra_fields = options.extra_fields;
  impl_->driver_name = choose_driver(options);
  try {
    impl_->open(options);
  } catch (...) {
    impl_->close_native_file();
    impl_->feature.reset();  // closed here, while GDAL's messages are still captured
    impl_->dataset.reset();
    throw;
  }
}

void IncidentWriter::flush() {
  const gdal::CollectedWarnings quiet(impl_->warnings);
  if (impl_->native) {
    impl_->native->flush();
  } else if (impl_->kml) {
    impl_->kml->flush();
  } else if (impl_->layer != nullptr) {
    OGR_L_SyncToDisk(impl_->layer);
  }
}

IncidentWriter::~IncidentWriter() {
  const gdal::QuietErrors quiet;
  impl_->close_native_file();
  impl_->feature.reset();
  impl_->dataset.reset();
}

void IncidentWriter::write(const IncidentRecord& record, std::span<const PropertyValue> extra_values) {
  const gdal::CollectedWarnings quiet(impl_->warnings);
  impl_->write(record, extra_values);
}

void IncidentWriter::write(const Incident& incident) {
  record_of(incident, impl_->converted);
  write(impl_->converted);
}

bool IncidentWriter::renders_features() const noexcept { return impl_->native.has_value(); }

RenderedFeatures IncidentWriter::render(std::span<const Incident> incidents) const {
  assert(renders_features());
  RenderedFeatures out;
  IncidentRecord record;
  RecordValues values;
  for (const Incident& incident : incidents) {
    record_of(incident, record);
    values.fill(record);
    append_geojson_feature(out.text(), record, values, impl_->extra_fields);
    out.end_feature();
  }
  return out;
}

void IncidentWriter::write(const RenderedFeatures& features) {
  assert(renders_features());
  for (std::size_t i = 0; i < features.size(); ++i) impl_->native->write_rendered(features.feature(i));
  impl_->written += features.size();
}

void IncidentWriter::commit() {
  const gdal::CollectedWarnings quiet(impl_->warnings);
  impl_->commit();
}

const std::string& IncidentWriter::driver() const noexcept { return impl_->driver_name; }
std::size_t IncidentWriter::written() const noexcept { return impl_->written; }
std::size_t IncidentWriter::skipped_without_location() const noexcept { return impl_->skipped; }
const std::vector<std::string>& IncidentWriter::warnings() const noexcept { return impl_->warnings; }

std::size_t write_incidents(const std::vector<Incident>& incidents, const ExportOptions& options) {
  IncidentWriter writer(options);
  for (const Incident& incident : incidents) writer.write(incident);
  writer.commit();
  return writer.skipped_without_location();
}

}  // namespace incimap::geo
