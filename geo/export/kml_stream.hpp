#pragma once
// Incidents as KML 2.2, serialised here rather than through GDAL. Why:
// GDAL 3.6's LIBKML driver, the only one that writes <TimeStamp>, slows
// down faster than quadratically with the features written (it moves the
// whole document on every feature: 500 incidents 3 s of CPU, 1,000 19 s,
// 3,000 several minutes), and the plain KML driver writes no time at all.
// This writes what LIBKML wrote, one feature at a time: a <Schema> of the
// record's fields, then per incident a <Placemark> with <name> (the
// title), <description> (the excerpt), a <TimeStamp> for a known day or a
// <TimeSpan> over the week or month the text allows, every field as
// <SimpleData> (nulls left out), and the <Point>. GDAL's KML and LIBKML
// readers read it back field for field (the round-trip tests).
//
// Text is escaped for XML 1.0: & < > and quotes as entities, control
// characters XML forbids as U+FFFD, invalid UTF-8 as U+FFFD.

#include <cstdio>
#include <span>
#include <string>
#include <vector>

#include "geo/record/record_fields.hpp"

namespace incimap::geo {

class KmlStream {
 public:
  // Writes to `file` (not owned; the caller opens and closes it). `path`
  // names the output in errors; `layer` names the document (-nln).
  KmlStream(std::FILE* file, std::string path, const std::string& layer, std::vector<ExtraField> extra = {});
  KmlStream(const KmlStream&) = delete;
  KmlStream& operator=(const KmlStream&) = delete;

  // `extra_values` holds one value per extra field.
  void write(const IncidentRecord& record, std::span<const PropertyValue> extra_values = {});
  // Sends what is buffered on to the file now. Throws ExportError.
  void flush();
  // Closes the document and flushes. Throws ExportError (disk full).
  void finish();

 private:
  void write_buffer();

  std::FILE* file_;
  std::string path_;
  std::string schema_url_;  // "#LAYER.schema"
  std::string placemark_prefix_;  // "LAYER."
  std::string buffer_;
  std::vector<ExtraField> extra_;
  RecordValues values_;
  std::size_t written_ = 0;
};

}  // namespace incimap::geo
