#include "geo/ingest/article_json.hpp"

#include "geo/ingest/published_time.hpp"

namespace incimap::geo {
namespace {

nlohmann::json string_or_null(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

}  // namespace

nlohmann::json article_to_json(const Article& a) {
  nlohmann::json j;
  j["id"] = a.id;
  j["title"] = string_or_null(a.title);
  j["text"] = a.text;
  j["body_start"] = a.body_start;
  j["body_end"] = a.body_end;
  j["published_at"] = a.published ? nlohmann::json(format_published_time(*a.published)) : nlohmann::json();
  j["source"] = string_or_null(a.source);
  j["url"] = string_or_null(a.url);
  j["path"] = a.path;
  j["encoding"] = a.encoding;
  j["replaced_bytes"] = a.replaced_bytes;
  return j;
}

}  // namespace incimap::geo
