#pragma once
// JSON articles: one object, an array of objects, or JSON Lines.
// Field names follow the usual news APIs and scrapers: id/guid/uuid,
// title/headline, text/content/body/article/description,
// published_at/publishedAt/date/published/pubDate/datePublished, url/link,
// source (a string or an object with a "name").

#include <string>
#include <string_view>
#include <vector>

#include "geo/ingest/article.hpp"

namespace incimap::geo {

// A .json file: an object or an array of objects. Throws InputError on
// malformed JSON or when no element holds article text.
std::vector<Article> read_json_articles(std::string_view utf8, const std::string& path);

// One line of JSON Lines; `line_number` (from 1) makes ids and errors precise.
Article read_json_line(std::string_view line, const std::string& path, std::size_t line_number);

}  // namespace incimap::geo
