#pragma once
// RSS 2.0 and Atom feeds (.xml, .rss, .atom): one article per <item>/<entry>.
// Parsed with libxml2 with entity expansion, DTD loading and network access
// off: an external entity or an entity bomb is an error, never expanded.
// HTML inside <description>/<content:encoded>/<content> is reduced to text.

#include <string>
#include <string_view>
#include <vector>

#include "geo/ingest/article.hpp"

namespace incimap::geo {

// Throws InputError on malformed XML, a document that is neither RSS nor
// Atom, entity declarations, or a feed without items.
std::vector<Article> read_feed_articles(std::string_view bytes, const std::string& path);

}  // namespace incimap::geo
