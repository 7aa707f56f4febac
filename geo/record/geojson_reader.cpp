#include "geo/record/geojson_reader.hpp"

#include <simdjson.h>

#include <charconv>
#include <cstring>

#include "geo/ingest/input_error.hpp"
#include "geo/record/record_builder.hpp"

namespace incimap::geo {
namespace {

namespace od = simdjson::ondemand;

// Thrown inside the parser when the file holds what only GDAL reads.
struct NeedsGdal {};

constexpr std::size_t kProgressEvery = 1 << 14;  // features

void check(simdjson::error_code error, const std::string& path) {
  if (error != simdjson::SUCCESS) throw InputError(path, std::string("not valid GeoJSON: ") + simdjson::error_message(error));
}

// Throws simdjson_error, which read_native_geojson reports naming the file.
template <typename T>
T value_or_throw(simdjson::simdjson_result<T>&& result, const std::string& /*path*/) {
  return std::move(result).value();
}

class FeatureReader {
 public:
  FeatureReader(IncidentFile& file, const std::string& path) : builder_(file, path), path_(path) {}

  void read(od::object feature) {
    std::optional<LonLat> position;
    bool located = true;  // false: an empty or unusable geometry, counted below
    for (auto member : feature) {
      const std::string_view key = value_or_throw(member.unescaped_key(), path_);
      od::value value = value_or_throw(member.value(), path_);
      if (key == "properties") {
        read_properties(value);
      } else if (key == "geometry") {
        located = read_geometry(value, position);
      } else if (key == "id") {
        read_id(value);
      } else if (key == "type") {
        if (value_or_throw(value.get_string(), path_) != "Feature") throw NeedsGdal{};
      }
    }
    if (!position) ++(located ? missing_.without_geometry : missing_.off_earth);
    builder_.add(position);
  }

  const MissingPositions& missing() const noexcept { return missing_; }

 private:
  void read_id(od::value value) {
    if (value_or_throw(value.type(), path_) == od::json_type::string) {
      builder_.set_feature_id(value_or_throw(value.get_string(), path_));
    } else {
      id_text_ = std::string(value.raw_json_token());
      while (!id_text_.empty() && id_text_.back() == ' ') id_text_.pop_back();
      builder_.set_feature_id(id_text_);
    }
  }

  void read_properties(od::value value) {
    if (value_or_throw(value.type(), path_) == od::json_type::null) return;
    od::object properties = value_or_throw(value.get_object(), path_);
    for (auto member : properties) {
      const std::size_t field = RecordBuilder::field_named(value_or_throw(member.unescaped_key(), path_));
      od::value v = value_or_throw(member.value(), path_);
      if (field >= incident_fields().size()) continue;  // not a record field: ignored, skipped by the parser
      builder_.set(field, property(v));
    }
  }

  PropertyValue property(od::value v) {
    switch (value_or_throw(v.type(), path_)) {
      case od::json_type::string:
        return value_or_throw(v.get_string(), path_);
      case od::json_type::number: {
        od::number_type type = value_or_throw(v.get_number_type(), path_);
        if (type == od::number_type::signed_integer) return value_or_throw(v.get_int64(), path_);
        return value_or_throw(v.get_double(), path_);
      }
      case od::json_type::array:
        return value_or_throw(value_or_throw(v.get_array(), path_).raw_json(), path_);
      case od::json_type::object:
        return value_or_throw(value_or_throw(v.get_object(), path_).raw_json(), path_);
      case od::json_type::boolean:
        return value_or_throw(v.get_bool(), path_) ? std::string_view("true") : std::string_view("false");
      case od::json_type::null:
        break;
    }
    return {};
  }

  // False when there is a geometry but no usable point in it.
  bool read_geometry(od::value value, std::optional<LonLat>& position) {
    if (value_or_throw(value.type(), path_) == od::json_type::null) return true;
    od::object geometry = value_or_throw(value.get_object(), path_);
    bool point = false;
    double xy[2] = {0, 0};
    std::size_t n = 0;
    for (auto member : geometry) {
      const std::string_view key = value_or_throw(member.unescaped_key(), path_);
      od::value v = value_or_throw(member.value(), path_);
      if (key == "type") {
        if (value_or_throw(v.get_string(), path_) != "Point") throw NeedsGdal{};
        point = true;
      } else if (key == "coordinates") {
        for (auto c : value_or_throw(v.get_array(), path_)) {
          const double x = value_or_throw(value_or_throw(std::move(c), path_).get_double(), path_);
          if (n < 2) xy[n] = x;
          ++n;
        }
      }
    }
    if (!point) throw NeedsGdal{};
    if (n == 0) return true;  // an empty point: no geometry
    if (n < 2) return false;
    const auto where = LonLat::from(Longitude{xy[0]}, Latitude{xy[1]});
    if (!where.valid()) return false;
    position = where;
    return true;
  }

  RecordBuilder builder_;
  const std::string& path_;
  MissingPositions missing_;
  std::string id_text_;
};

void report(const ReadProgress& progress, const char* at, const simdjson::padded_string& json) {
  if (progress) progress(static_cast<double>(at - json.data()) / static_cast<double>(std::max<std::size_t>(json.size(), 1)));
}

// The first byte that is not JSON whitespace.
char first_byte(const simdjson::padded_string& json) {
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json.data()[i];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return c;
  }
  return '\0';
}

// A FeatureCollection: its features, in order.
void read_collection(od::document& doc, const simdjson::padded_string& json, FeatureReader& features,
                     const std::string& path, const ReadProgress& progress) {
  od::object top = value_or_throw(doc.get_object(), path);
  bool collection = false;
  std::size_t count = 0;
  for (auto member : top) {
    const std::string_view key = value_or_throw(member.unescaped_key(), path);
    od::value v = value_or_throw(member.value(), path);
    if (key == "type") {
      collection = value_or_throw(v.get_string(), path) == "FeatureCollection";
      if (!collection) throw NeedsGdal{};
    } else if (key == "crs") {
      throw NeedsGdal{};  // another CRS maybe: GDAL reprojects
    } else if (key == "features") {
      for (auto feature : value_or_throw(v.get_array(), path)) {
        features.read(value_or_throw(value_or_throw(std::move(feature), path).get_object(), path));
        if (++count % kProgressEvery == 0) report(progress, value_or_throw(doc.current_location(), path), json);
      }
    }
  }
  if (!collection) throw NeedsGdal{};
}

// GeoJSONSeq: Feature objects separated by newlines (RFC 8142's RS byte is left to GDAL).
void read_sequence(od::parser& parser, const simdjson::padded_string& json, FeatureReader& features,
                   const std::string& path, const ReadProgress& progress) {
  if (std::memchr(json.data(), '\x1e', json.size()) != nullptr) throw NeedsGdal{};
  od::document_stream stream = value_or_throw(parser.iterate_many(json, 1 << 24), path);
  std::size_t count = 0;
  for (auto it = stream.begin(); it != stream.end(); ++it) {
    od::document_reference doc = value_or_throw(*it, path);
    features.read(value_or_throw(doc.get_object(), path));
    if (++count % kProgressEvery == 0) report(progress, json.data() + it.current_index(), json);
  }
  check(stream.truncated_bytes() == 0 ? simdjson::SUCCESS : simdjson::TAPE_ERROR, path);
}

}  // namespace

bool read_native_geojson(const std::string& path, IncidentFile& out, const ReadProgress& progress) {
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json) != simdjson::SUCCESS) throw InputError(path, "cannot read the file");
  IncidentFile file;
  FeatureReader features(file, path);
  od::parser parser;
  try {
    // A collection is one document; a sequence is many, the first of them a Feature.
    bool sequence = false;
    if (first_byte(json) == '{') {
      const char* newline = static_cast<const char*>(std::memchr(json.data(), '\n', json.size()));
      const std::string_view first_line(json.data(), newline ? std::size_t(newline - json.data()) : json.size());
      sequence = first_line.find("\"Feature\"") != std::string_view::npos &&
                 first_line.find("\"FeatureCollection\"") == std::string_view::npos;
    }
    if (sequence) {
      read_sequence(parser, json, features, path, progress);
    } else {
      od::document doc = value_or_throw(parser.iterate(json), path);
      read_collection(doc, json, features, path, progress);
    }
  } catch (const NeedsGdal&) {
    return false;
  } catch (const simdjson::simdjson_error& e) {
    throw InputError(path, std::string("not valid GeoJSON: ") + e.what());
  }
  file.missing = features.missing();
  out = std::move(file);
  if (progress) progress(1.0);
  return true;
}

}  // namespace incimap::geo
