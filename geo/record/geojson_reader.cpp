#include "geo/record/geojson_reader.hpp"

#include <simdjson.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>

#include "geo/base/input_error.hpp"
#include "geo/record/record_builder.hpp"

namespace incimap::geo {
namespace {

namespace dom = simdjson::dom;

// Thrown inside the parser when the file holds what only GDAL reads.
struct NeedsGdal {};
// Thrown when the file is not laid out one feature a line; it is then parsed whole.
struct NotOneFeatureALine {};

constexpr std::size_t kBlockBytes = std::size_t(64) << 20;  // read at a time; a longer line grows the block

struct FileCloser {
  void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

template <typename T>
T value_of(simdjson::simdjson_result<T>&& result) {
  return std::move(result).value();  // throws simdjson_error: read_native_geojson names the file
}

class FeatureReader {
 public:
  FeatureReader(IncidentFile& file, RecordSink& sink, const std::string& path) : builder_(file, sink, path) {}

  void read(dom::object feature) {
    std::optional<LonLat> position;
    bool located = true;  // false: a geometry with no usable point, counted below
    for (const dom::key_value_pair member : feature) {
      if (member.key == "properties") {
        read_properties(member.value);
      } else if (member.key == "geometry") {
        located = read_geometry(member.value, position);
      } else if (member.key == "id") {
        read_id(member.value);
      } else if (member.key == "type") {
        if (value_of(member.value.get_string()) != "Feature") throw NeedsGdal{};
      }
    }
    if (!position) ++(located ? missing_.without_geometry : missing_.off_earth);
    builder_.add(position);
    json_texts_.clear();
  }

  const MissingPositions& missing() const noexcept { return missing_; }
  void reserve(std::size_t records) { builder_.reserve(records); }

 private:
  void read_id(dom::element value) {
    if (value.is_string()) {
      builder_.set_feature_id(value_of(value.get_string()));
    } else {
      builder_.set_feature_id(keep(simdjson::minify(value)));
    }
  }

  void read_properties(dom::element value) {
    if (value.is_null()) return;
    const auto fields = incident_fields();
    std::size_t next = 0;  // incimap writes the fields in table order: try the next one first
    for (const dom::key_value_pair member : value_of(value.get_object())) {
      const std::size_t field =
          next < fields.size() && fields[next].name == member.key ? next : RecordBuilder::field_named(member.key);
      if (field >= fields.size()) continue;  // not a record field
      next = field + 1;
      builder_.set(field, property(member.value));
    }
  }

  PropertyValue property(dom::element v) {
    switch (v.type()) {
      case dom::element_type::STRING:
        return value_of(v.get_string());
      case dom::element_type::INT64:
        return value_of(v.get_int64());
      case dom::element_type::UINT64:
      case dom::element_type::DOUBLE:
        return value_of(v.get_double());
      case dom::element_type::ARRAY:
      case dom::element_type::OBJECT:
        return keep(simdjson::minify(v));  // a JSON field (sources, candidates): its text
      case dom::element_type::BOOL:
        return value_of(v.get_bool()) ? std::string_view("true") : std::string_view("false");
      case dom::element_type::NULL_VALUE:
        break;
    }
    return {};
  }

  // Holds a text the builder views until the feature is added.
  std::string_view keep(std::string text) {
    json_texts_.push_back(std::move(text));
    return json_texts_.back();
  }

  // False when there is a geometry but no usable point in it.
  bool read_geometry(dom::element value, std::optional<LonLat>& position) {
    if (value.is_null()) return true;
    const dom::object geometry = value_of(value.get_object());
    if (value_of(geometry["type"].get_string()) != "Point") throw NeedsGdal{};
    const dom::array coordinates = value_of(geometry["coordinates"].get_array());
    if (coordinates.size() == 0) return true;  // an empty point: no geometry
    if (coordinates.size() < 2) return false;
    const auto where = LonLat::from(Longitude{value_of(coordinates.at(0).get_double())},
                                    Latitude{value_of(coordinates.at(1).get_double())});
    if (!where.valid()) return false;
    position = where;
    return true;
  }

  RecordBuilder builder_;
  MissingPositions missing_;
  // A deque: adding one never moves the others, so a view of a short (SSO) text stays valid.
  std::deque<std::string> json_texts_;
};

std::string_view trimmed(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  return line;
}

// incimap's layouts, read a line at a time in blocks so that memory stays
// bounded: a FeatureCollection with one feature a line (incimap's writer and
// GDAL's both write it so) or a GeoJSON Sequence.
class LineReader {
 public:
  LineReader(const std::string& path, FeatureReader& features, const ReadProgress& progress)
      : path_(path), features_(features), progress_(progress) {}

  void read() {
    FilePtr file(std::fopen(path_.c_str(), "rb"));
    if (!file) throw InputError(path_, std::string("cannot open the file: ") + std::strerror(errno));
    std::fseek(file.get(), 0, SEEK_END);
    size_ = static_cast<std::size_t>(std::max(0L, std::ftell(file.get())));
    std::fseek(file.get(), 0, SEEK_SET);
    std::vector<char> block(kBlockBytes + simdjson::SIMDJSON_PADDING);
    std::size_t held = 0;  // bytes of an unfinished line carried over
    std::size_t read = 0;  // from the file so far
    while (true) {
      if (held == block.size() - simdjson::SIMDJSON_PADDING) block.resize(block.size() * 2);  // a very long line
      const std::size_t got = std::fread(block.data() + held, 1, block.size() - simdjson::SIMDJSON_PADDING - held, file.get());
      const std::size_t end = held + got;
      read += got;
      const bool last = got == 0 || std::feof(file.get());
      std::size_t at = 0;
      while (at < end) {
        const void* newline = std::memchr(block.data() + at, '\n', end - at);
        if (newline == nullptr && !last) break;
        const std::size_t line_end = newline ? std::size_t(static_cast<const char*>(newline) - block.data()) : end;
        line(block.data() + at, line_end - at);
        at = line_end + 1;
      }
      if (last) break;
      held = end - std::min(at, end);
      std::memmove(block.data(), block.data() + at, held);
      if (progress_) progress_(static_cast<double>(read - held) / static_cast<double>(std::max<std::size_t>(size_, 1)));
    }
    if (state_ != State::sequence && state_ != State::finished) throw NotOneFeatureALine{};
  }

 private:
  enum class State : std::uint8_t { start, header, features, sequence, finished };

  // Bytes after `text + length` are readable (the block's padding or more of it): simdjson reads ahead.
  void line(const char* text, std::size_t length) {
    const std::string_view line = trimmed(std::string_view(text, length));
    if (line.empty()) return;
    switch (state_) {
      case State::start:
        if (line == "{") {
          state_ = State::header;
          return;
        }
        // A sequence's first Feature, or a collection on one line or spread out otherwise.
        if (line.find("\"FeatureCollection\"") != std::string_view::npos) throw NotOneFeatureALine{};
        state_ = State::sequence;
        feature(line);
        return;
      case State::header:
        if (line == "\"features\": [" || line == "\"features\":[") {
          state_ = State::features;
        } else if (line.starts_with("\"crs\"")) {
          throw NeedsGdal{};  // maybe another CRS: GDAL reprojects
        } else if (!line.starts_with("\"type\": \"FeatureCollection\"") && !line.starts_with("\"name\"") &&
                   !line.starts_with("\"description\"")) {
          throw NotOneFeatureALine{};
        }
        return;
      case State::features:
        if (line == "]") {
          state_ = State::finished;
          return;
        }
        feature(line.ends_with(',') ? line.substr(0, line.size() - 1) : line);
        return;
      case State::sequence:
        feature(line);
        return;
      case State::finished:
        if (line != "}") throw NotOneFeatureALine{};
        return;
    }
  }

  void feature(std::string_view json) {
    if (json.front() == '\x1e') json.remove_prefix(1);  // RFC 8142's record separator
    if (!reserved_) {
      // As many records as lines like this one fit in the file, so that they are not moved as the list grows.
      features_.reserve(size_ / std::max<std::size_t>(json.size(), 64) + 16);
      reserved_ = true;
    }
    if (json.front() != '{') throw NotOneFeatureALine{};
    dom::element element;
    const simdjson::error_code error =
        parser_.parse(reinterpret_cast<const std::uint8_t*>(json.data()), json.size(), false).get(element);
    if (error != simdjson::SUCCESS) {
      // The first feature not whole on its line: a layout of another kind ("{" alone, pretty-printed).
      if (features_read_ == 0) throw NotOneFeatureALine{};
      throw simdjson::simdjson_error(error);
    }
    features_.read(value_of(element.get_object()));
    ++features_read_;
  }

  const std::string& path_;
  FeatureReader& features_;
  const ReadProgress& progress_;
  dom::parser parser_;
  State state_ = State::start;
  std::size_t size_ = 0;
  bool reserved_ = false;
  std::size_t features_read_ = 0;
};

// Any other layout of a FeatureCollection: parsed as one document.
void read_whole(const std::string& path, FeatureReader& features) {
  dom::parser parser;
  const dom::element top = value_of(parser.load(path));
  const dom::object collection = value_of(top.get_object());
  if (collection["crs"].error() == simdjson::SUCCESS) throw NeedsGdal{};
  if (value_of(collection["type"].get_string()) != "FeatureCollection") throw NeedsGdal{};
  for (const dom::element feature : value_of(collection["features"].get_array())) {
    features.read(value_of(feature.get_object()));
  }
}

}  // namespace

bool read_native_geojson(const std::string& path, IncidentFile& out, RecordSink& sink, const ReadProgress& progress) {
  IncidentFile report;  // all but the records, which go to `sink`
  try {
    FeatureReader features(report, sink, path);
    try {
      LineReader(path, features, progress).read();
      report.missing = features.missing();
    } catch (const NotOneFeatureALine&) {
      report = IncidentFile{};
      sink.clear();
      FeatureReader whole(report, sink, path);
      read_whole(path, whole);
      report.missing = whole.missing();
    }
  } catch (const NeedsGdal&) {
    sink.clear();
    return false;
  } catch (const simdjson::simdjson_error& e) {
    throw InputError(path, std::string("not valid GeoJSON: ") + e.what());
  }
  out.missing = report.missing;
  out.problems = std::move(report.problems);
  out.bad_values = report.bad_values;
  if (progress) progress(1.0);
  return true;
}

}  // namespace incimap::geo
