#include "geo/ingest/reader_html.hpp"

#include "geo/ingest/input_error.hpp"

namespace incimap::geo {

Article read_html_article(std::string_view, const std::string& path) {
  throw InputError(path, "HTML input is not supported yet");
}

}  // namespace incimap::geo
