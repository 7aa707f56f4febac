#include "incident_eval/corpus.hpp"

#include <nlohmann/json.hpp>

#include "geoparse_eval/input_file.hpp"
#include "incident_eval/json_lines.hpp"

namespace incimap::tools {
namespace {

using nlohmann::json;

const json& member(const json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end()) throw InputError(std::string("missing \"") + key + "\"");
  return *found;
}

// A gold span, checked against the document it points into.
Span span_of(const json& object, std::string_view text) {
  if (!object.is_object()) throw InputError("a span must be an object");
  const json& start = member(object, "start");
  const json& end = member(object, "end");
  if (!start.is_number_unsigned() || !end.is_number_unsigned()) throw InputError("span offsets must be integers >= 0");
  Span span{start.get<std::size_t>(), end.get<std::size_t>(), string_or_empty(object, "text")};
  if (span.end < span.start || span.end > text.size()) throw InputError("span outside the text");
  return span;
}

std::vector<Span> spans_of(const json& object, const char* key, std::string_view text) {
  std::vector<Span> spans;
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return spans;
  if (!found->is_array()) throw InputError(std::string("\"") + key + "\" must be an array");
  for (const json& s : *found) spans.push_back(span_of(s, text));
  return spans;
}

EventLocationLine event_location_line(const json& j) {
  EventLocationLine line;
  line.id = string_or_empty(j, "id");
  line.text = string_or_empty(j, "text");
  line.published_at = string_or_empty(j, "published_at");
  line.source = string_or_empty(j, "source");
  line.verb_lemma = string_or_empty(j, "verb_lemma");
  line.event = span_of(member(j, "event"), line.text);
  line.locations = spans_of(j, "locations", line.text);
  const auto relevant = j.find("acled_relevant");
  line.acled_relevant = relevant != j.end() && relevant->is_boolean() && relevant->get<bool>();
  return line;
}

WikiArticle wiki_article(const json& j) {
  WikiArticle article;
  article.id = string_or_empty(j, "id");
  article.text = string_or_empty(j, "text");
  article.published_at = string_or_empty(j, "published_at");
  const json& events = member(j, "events");
  if (!events.is_array()) throw InputError("\"events\" must be an array");
  for (const json& e : events) {
    WikiEvent event;
    event.type = string_or_empty(e, "type");
    event.trigger = span_of(member(e, "trigger"), article.text);
    event.places = spans_of(e, "places", article.text);
    article.events.push_back(std::move(event));
  }
  return article;
}

}  // namespace

std::string_view row_name(AcledRow row) noexcept {
  switch (row) {
    case AcledRow::explosions:
      return "Explosions/Remote violence";
    case AcledRow::attack:
      return "Attack (Battles/VAC/Remote)";
    case AcledRow::protests:
      return "Protests";
    case AcledRow::riots:
      return "Riots";
    case AcledRow::strategic:
      return "Strategic developments";
  }
  return "?";
}

bool row_accepts(AcledRow row, std::string_view type) noexcept {
  switch (row) {
    case AcledRow::explosions:
      return type == "Explosions/Remote violence";
    case AcledRow::attack:
      return type == "Battles" || type == "Violence against civilians" || type == "Explosions/Remote violence";
    case AcledRow::protests:
      return type == "Protests" || type == "Riots";
    case AcledRow::riots:
      return type == "Riots";
    case AcledRow::strategic:
      return type == "Strategic developments";
  }
  return false;
}

std::optional<AcledRow> row_of_kairos_type(std::string_view type) noexcept {
  if (type == "Conflict.Attack.DetonateExplode") return AcledRow::explosions;
  if (type == "Conflict.Attack.Unspecified") return AcledRow::attack;
  if (type == "Conflict.Demonstrate.Unspecified") return AcledRow::protests;
  if (type == "Conflict.Demonstrate.DemonstrateWithViolence") return AcledRow::riots;
  if (type == "Justice.ArrestJailDetain.Unspecified") return AcledRow::strategic;
  if (type == "ArtifactExistence.DamageDestroyDisableDismantle.DisableDefuse") return AcledRow::strategic;
  return std::nullopt;
}

std::vector<EventLocationLine> read_event_location(const std::string& path) {
  std::vector<EventLocationLine> lines;
  for_each_line(path, read_whole_file(path),
                [&](std::string_view line) { lines.push_back(event_location_line(json::parse(line))); });
  return lines;
}

std::vector<WikiArticle> read_wikievents(const std::string& path) {
  std::vector<WikiArticle> articles;
  for_each_line(path, read_whole_file(path),
                [&](std::string_view line) { articles.push_back(wiki_article(json::parse(line))); });
  return articles;
}

}  // namespace incimap::tools
