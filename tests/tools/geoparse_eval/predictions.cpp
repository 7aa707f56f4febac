#include "geoparse_eval/predictions.hpp"

#include <nlohmann/json.hpp>

#include "geoparse_eval/input_file.hpp"

namespace incimap::tools {
namespace {

using nlohmann::json;

std::size_t byte_offset(const json& place, const char* key) {
  const auto found = place.find(key);
  if (found == place.end() || !found->is_number_integer() || found->get<long long>() < 0) {
    throw InputError(std::string("place \"") + key + "\" must be a non-negative integer");
  }
  return found->get<std::size_t>();
}

std::string optional_string(const json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return {};
  if (found->is_string()) return found->get<std::string>();
  if (found->is_number_integer()) return found->dump();
  throw InputError(std::string("\"") + key + "\" must be a string");
}

std::optional<double> optional_coordinate(const json& place, const char* key) {
  const auto found = place.find(key);
  if (found == place.end() || found->is_null()) return std::nullopt;
  if (!found->is_number()) throw InputError(std::string("\"") + key + "\" must be a number or null");
  return found->get<double>();
}

// Half a coordinate is a geoparser bug, not an unresolved mention.
std::optional<GeoPoint> point_of(const json& place) {
  const std::optional<double> latitude = optional_coordinate(place, "lat");
  const std::optional<double> longitude = optional_coordinate(place, "lon");
  if (latitude.has_value() != longitude.has_value()) throw InputError("\"lat\" and \"lon\" must both be numbers or both null");
  if (!latitude) return std::nullopt;
  auto point = GeoPoint::from_lat_lon_degrees(*latitude, *longitude);
  if (!point) throw InputError("\"lat\"/\"lon\" out of range");
  return point;
}

PredictedPlace place_of(const json& place) {
  if (!place.is_object()) throw InputError("each of \"places\" must be an object");
  PredictedPlace predicted;
  predicted.start_byte = byte_offset(place, "start");
  predicted.end_byte = byte_offset(place, "end");
  if (predicted.end_byte < predicted.start_byte) throw InputError("place \"end\" is before \"start\"");
  predicted.text = optional_string(place, "text");
  predicted.kind = optional_string(place, "kind");
  predicted.name = optional_string(place, "name");
  predicted.geonameid = optional_string(place, "geonameid");
  predicted.point = point_of(place);
  return predicted;
}

std::string article_id(const json& line) {
  const auto id = line.find("id");
  if (id == line.end() || !(id->is_string() || id->is_number_integer())) {
    throw InputError("\"id\" must be a string or an integer");
  }
  return id->is_string() ? id->get<std::string>() : id->dump();
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

PredictedArticle parse_prediction_line(std::string_view line) {
  const json parsed = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) throw InputError("not valid JSON");
  if (!parsed.is_object()) throw InputError("not a JSON object");
  PredictedArticle article{article_id(parsed), {}};
  // An article with nothing found may leave "places" out.
  const auto places = parsed.find("places");
  if (places == parsed.end() || places->is_null()) return article;
  if (!places->is_array()) throw InputError("\"places\" must be an array");
  for (const json& place : *places) article.places.push_back(place_of(place));
  return article;
}

Predictions parse_predictions(std::string_view jsonl, std::string_view source_name) {
  Predictions predictions{std::string(source_name), {}};
  std::size_t line_number = 0;
  while (!jsonl.empty()) {
    const std::size_t newline = jsonl.find('\n');
    const std::string_view line = jsonl.substr(0, newline);
    jsonl.remove_prefix(newline == std::string_view::npos ? jsonl.size() : newline + 1);
    ++line_number;
    if (is_blank(line)) continue;
    const std::string where = std::string(source_name) + ":" + std::to_string(line_number) + ": ";
    try {
      PredictedArticle article = parse_prediction_line(line);
      if (!predictions.by_article.emplace(article.id, std::move(article.places)).second) {
        throw InputError("article \"" + article.id + "\" appears twice");
      }
    } catch (const InputError& error) {
      throw InputError(where + error.what());
    }
  }
  return predictions;
}

Predictions read_predictions(const std::filesystem::path& path) {
  return parse_predictions(read_whole_file(path), path.string());
}

}  // namespace incimap::tools
