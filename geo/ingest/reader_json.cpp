#include "geo/ingest/reader_json.hpp"

#include <simdjson.h>

#include <initializer_list>

#include "geo/ingest/compose.hpp"
#include "geo/base/input_error.hpp"
#include "geo/ingest/published_time.hpp"

namespace incimap::geo {
namespace {

namespace dom = simdjson::dom;

// The first of `keys` that holds a non-empty string (numbers for ids too).
std::string first_string(dom::object object, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    dom::element value;
    if (object.at_key(key).get(value) != simdjson::SUCCESS) continue;
    switch (value.type()) {
      case dom::element_type::STRING: {
        const std::string_view s = value.get_string().value_unsafe();
        if (!s.empty()) return std::string(s);
        break;
      }
      case dom::element_type::UINT64:
        return std::to_string(value.get_uint64().value_unsafe());
      case dom::element_type::INT64:
        return std::to_string(value.get_int64().value_unsafe());
      default:
        break;
    }
  }
  return {};
}

std::string source_name(dom::object object) {
  dom::element source;
  if (object.at_key("source").get(source) != simdjson::SUCCESS) {
    return first_string(object, {"publisher", "site", "domain"});
  }
  if (source.is_string()) return std::string(source.get_string().value_unsafe());
  if (source.is_object()) return first_string(source.get_object().value_unsafe(), {"name", "title", "id"});
  return {};
}

// Throws when the element cannot be an article.
Article article_from_element(dom::element element, const std::string& where) {
  dom::object object;
  if (element.get(object) != simdjson::SUCCESS) throw InputError(where, "expected a JSON object with article fields");
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

// simdjson: a JSON line costs a fraction of a DOM parse into nlohmann's
// maps. The parser keeps its buffers between calls, one per thread (-j N
// reads lines on several threads); an element lives until the next parse.
dom::element parse_or_throw(std::string_view utf8, const std::string& where) {
  thread_local dom::parser parser;
  dom::element document;
  // A number a double cannot hold (1e400) is an error here too, as in any
  // field of a hostile file.
  if (const auto error = parser.parse(utf8.data(), utf8.size()).get(document); error != simdjson::SUCCESS) {
    throw InputError(where, std::string("malformed JSON: ") + simdjson::error_message(error));
  }
  return document;
}

}  // namespace

std::vector<Article> read_json_articles(std::string_view utf8, const std::string& path) {
  const dom::element document = parse_or_throw(utf8, path);
  std::vector<Article> articles;
  dom::array array;
  if (document.get(array) == simdjson::SUCCESS) {
    std::size_t i = 0;
    for (const dom::element item : array) {
      const std::string where = path + " [" + std::to_string(i++) + "]";
      Article article = article_from_element(item, where);
      if (article.id.empty()) article.id = content_article_id(article);
      article.path = path;
      article.where = where;
      articles.push_back(std::move(article));
    }
    if (articles.empty()) throw InputError(path, "the JSON array holds no articles");
    return articles;
  }
  Article article = article_from_element(document, path);
  if (article.id.empty()) article.id = content_article_id(article);
  article.path = path;
  articles.push_back(std::move(article));
  return articles;
}

Article read_json_line(std::string_view line, const std::string& path, std::size_t line_number) {
  const std::string where = path + ":" + std::to_string(line_number);
  Article article = article_from_element(parse_or_throw(line, where), where);
  if (article.id.empty()) article.id = content_article_id(article);
  article.path = path;
  article.where = where;
  return article;
}

}  // namespace incimap::geo
