#include "geo/ingest/reader_json.hpp"

#include <array>
#include <nlohmann/json.hpp>

#include "geo/ingest/compose.hpp"
#include "geo/base/input_error.hpp"
#include "geo/ingest/published_time.hpp"

namespace incimap::geo {
namespace {

using nlohmann::json;

// The first of `keys` that holds a non-empty string (numbers for ids too).
std::string first_string(const json& object, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    const auto it = object.find(key);
    if (it == object.end()) continue;
    if (it->is_string() && !it->get_ref<const std::string&>().empty()) return it->get<std::string>();
    if (it->is_number_unsigned()) return std::to_string(it->get<unsigned long long>());
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
  }
  return {};
}

std::string source_name(const json& object) {
  const auto it = object.find("source");
  if (it == object.end()) return first_string(object, {"publisher", "site", "domain"});
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object()) return first_string(*it, {"name", "title", "id"});
  return {};
}

// Throws when the element cannot be an article.
Article article_from_object(const json& object, const std::string& where) {
  if (!object.is_object()) throw InputError(where, "expected a JSON object with article fields");
  const std::string body = first_string(object, {"text", "content", "body", "article", "articleBody", "description"});
  const std::string title = first_string(object, {"title", "headline"});
  if (body.empty() && title.empty()) throw InputError(where, "no \"text\", \"content\", \"body\" or \"title\" field");
  Article article;
  compose_text(article, title, body);
  article.id = first_string(object, {"id", "guid", "uuid", "docid"});
  article.url = first_string(object, {"url", "link", "canonical_url"});
  article.source = source_name(object);
  const std::string published =
      first_string(object, {"published_at", "publishedAt", "published", "date", "pubDate", "datePublished", "dltime"});
  if (!published.empty()) article.published = parse_published_time(published);
  return article;
}

json parse_or_throw(std::string_view utf8, const std::string& where) {
  try {
    return json::parse(utf8.begin(), utf8.end());
  } catch (const json::exception& e) {
    // Not only parse_error: a number a double cannot hold (1e400) is an
    // out_of_range, and any field of a hostile file may carry one.
    throw InputError(where, std::string("malformed JSON: ") + e.what());
  }
}

}  // namespace

std::vector<Article> read_json_articles(std::string_view utf8, const std::string& path) {
  const json document = parse_or_throw(utf8, path);
  std::vector<Article> articles;
  if (document.is_array()) {
    for (std::size_t i = 0; i < document.size(); ++i) {
      Article article = article_from_object(document[i], path + " [" + std::to_string(i) + "]");
      if (article.id.empty()) article.id = content_article_id(article);
      article.path = path;
      article.where = path + " [" + std::to_string(i) + "]";
      articles.push_back(std::move(article));
    }
    if (articles.empty()) throw InputError(path, "the JSON array holds no articles");
    return articles;
  }
  Article article = article_from_object(document, path);
  if (article.id.empty()) article.id = content_article_id(article);
  article.path = path;
  articles.push_back(std::move(article));
  return articles;
}

Article read_json_line(std::string_view line, const std::string& path, std::size_t line_number) {
  const std::string where = path + ":" + std::to_string(line_number);
  Article article = article_from_object(parse_or_throw(line, where), where);
  if (article.id.empty()) article.id = content_article_id(article);
  article.path = path;
  article.where = where;
  return article;
}

}  // namespace incimap::geo
