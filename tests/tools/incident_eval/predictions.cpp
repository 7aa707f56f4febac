#include "incident_eval/predictions.hpp"

#include <nlohmann/json.hpp>

#include "geoparse_eval/input_file.hpp"
#include "incident_eval/json_lines.hpp"

namespace incimap::tools {
namespace {

using nlohmann::json;

std::optional<std::size_t> optional_offset(const json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return std::nullopt;
  if (!found->is_number_unsigned()) throw InputError(std::string("\"") + key + "\" must be an integer >= 0");
  return found->get<std::size_t>();
}

}  // namespace

std::string parse_incident_line(std::string_view line, PredictedIncident& incident) {
  if (!line.empty() && line.front() == '\x1e') line.remove_prefix(1);
  const json feature = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (feature.is_discarded() || !feature.is_object()) throw InputError("not a JSON object");
  const auto properties = feature.find("properties");
  if (properties == feature.end() || !properties->is_object()) throw InputError("no \"properties\" object");
  const json& p = *properties;
  incident.event_type = string_or_empty(p, "event_type");
  incident.excerpt = string_or_empty(p, "excerpt");
  incident.excerpt_start = optional_offset(p, "excerpt_start");
  incident.excerpt_end = optional_offset(p, "excerpt_end");
  incident.matched_start = optional_offset(p, "matched_start");
  incident.matched_end = optional_offset(p, "matched_end");
  incident.location = string_or_empty(p, "location");
  const std::string article = string_or_empty(p, "article_id");
  if (article.empty()) throw InputError("no \"article_id\"");
  return article;
}

PredictionsByArticle read_predictions(const std::string& path) {
  PredictionsByArticle by_article;
  for_each_line(path, read_whole_file(path), [&](std::string_view line) {
    PredictedIncident incident;
    const std::string article = parse_incident_line(line, incident);
    by_article[article].push_back(std::move(incident));
  });
  return by_article;
}

}  // namespace incimap::tools
