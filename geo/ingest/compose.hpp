#pragma once
// Building an Article's text from a separate title and body (JSON, HTML, feeds).

#include <string>
#include <string_view>

#include "geo/ingest/article.hpp"

namespace incimap::geo {

// text = title + "\n\n" + body (exactly the body when the title is empty);
// body_start points at the body. The title is trimmed, the body kept as given.
void compose_text(Article& article, std::string_view title, std::string_view body);

// Collapses runs of spaces/tabs, keeps paragraph breaks as "\n\n", trims.
std::string normalize_whitespace(std::string_view text);

// The id of an article with none of its own: 16 hex digits of a hash of its
// URL or, without one, of its title and text. Never of where it was read, so
// a re-polled feed item, the same story in two shards or the same file read
// twice is the same article. Call once url, title and text are set.
std::string content_article_id(const Article& article);

}  // namespace incimap::geo
