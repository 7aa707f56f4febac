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

// A stable id for an article with none of its own: the file's stem, plus
// "#N" for the N-th article (from 1) of a file that holds several.
std::string fallback_article_id(const std::string& path, std::size_t index, std::size_t count);

}  // namespace incimap::geo
