#pragma once
// Incident files back into records: incimap's GeoJSON and GeoJSONSeq
// through its own parser (simdjson; GDAL's GeoJSON reader builds a json-c
// tree per feature and took ~30 µs a feature), every other OGR vector
// format (GeoPackage, FlatGeobuf, KML, Shapefile, XLSX, ...) through GDAL,
// and CSV with its X/Y, lon/lat or longitude/latitude columns. Fields are
// found by the names of record_fields.hpp; other columns are ignored.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "geo/record/incident_record.hpp"

namespace incimap::geo {

// Why features have no position; counted rather than lost in silence.
struct MissingPositions {
  std::size_t without_geometry = 0;   // none, or empty
  std::size_t without_centroid = 0;   // a geometry OGR finds no centroid of
  std::size_t not_reprojectable = 0;  // the layer's CRS does not reach WGS84 there
  std::size_t off_earth = 0;          // longitude outside ±180 or latitude outside ±90
  std::size_t total() const noexcept { return without_geometry + without_centroid + not_reprojectable + off_earth; }
};

struct IncidentFile {
  // Every feature of every layer, in file order; a feature without a
  // usable position has no `position` (see `missing`).
  std::vector<IncidentRecord> records;
  MissingPositions missing;
  // Values that did not fit their field, "FILE: feature 3: fatalities: \"many\"
  // is not a count"; the first few only (`bad_values` counts them all).
  std::vector<std::string> problems;
  std::size_t bad_values = 0;
};

// Where a reader puts the records it reads: IncidentFile::records by
// default; the map reads straight into its own type derived from
// IncidentRecord, so that a million records are not moved a second time.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void reserve(std::size_t records) = 0;
  // A new, empty record at the end, to be filled.
  virtual IncidentRecord& append() = 0;
  // Forgets every record appended (a reader starting over another way).
  virtual void clear() noexcept = 0;
  virtual std::size_t size() const noexcept = 0;
};

template <typename Record>  // IncidentRecord or a type derived from it
class VectorSink final : public RecordSink {
 public:
  explicit VectorSink(std::vector<Record>& records) noexcept : records_(records) {}
  void reserve(std::size_t records) override { records_.reserve(records); }
  IncidentRecord& append() override { return records_.emplace_back(); }
  void clear() noexcept override { records_.clear(); }
  std::size_t size() const noexcept override { return records_.size(); }

 private:
  std::vector<Record>& records_;
};

// Called now and then with the share of the file read so far (0..1).
using ReadProgress = std::function<void(double done)>;

// Who parses GeoJSON and GeoJSONSeq: incimap's reader, or GDAL's drivers
// (for comparison; what the viewer used before, ~10x slower).
enum class GeoJsonReader : std::uint8_t { native, gdal };

// Throws InputError naming the file when it cannot be opened or parsed.
IncidentFile read_incident_file(const std::string& path, const ReadProgress& progress = {},
                                GeoJsonReader geojson_reader = GeoJsonReader::native);
// The same with the records put into `sink`: the file returned has none.
IncidentFile read_incident_file(const std::string& path, RecordSink& sink, const ReadProgress& progress = {},
                                GeoJsonReader geojson_reader = GeoJsonReader::native);

// "3 features left out of the map: 2 without geometry, 1 with coordinates
// off Earth"; empty when nothing is missing.
std::string describe(const MissingPositions& missing);

}  // namespace incimap::geo
