#include "geo/ingest/reader_feed.hpp"

#include "geo/ingest/input_error.hpp"

namespace incimap::geo {

std::vector<Article> read_feed_articles(std::string_view, const std::string& path) {
  throw InputError(path, "RSS/Atom input is not supported yet");
}

}  // namespace incimap::geo
