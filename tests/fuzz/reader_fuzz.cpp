// One article reader on arbitrary bytes, through the same entry point as a
// file of that format (parse_articles): it either rejects the input with an
// InputError or returns articles that keep ingest's promises. Built once per
// format; INCIMAP_FUZZ_FORMAT names the geo::InputFormat.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "geo/ingest/ingest.hpp"
#include "geo/text/encoding.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace incimap::geo;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  IngestOptions options;
  options.max_article_bytes = 1 << 20;
  try {
    for (const Article& article : parse_articles(bytes, InputFormat::INCIMAP_FUZZ_FORMAT, "fuzz-input", options)) {
      INCIMAP_FUZZ_CHECK(is_valid_utf8(article.text));
      INCIMAP_FUZZ_CHECK(is_valid_utf8(article.title));
      INCIMAP_FUZZ_CHECK(is_valid_utf8(article.id));
      INCIMAP_FUZZ_CHECK(is_valid_utf8(article.url));
      INCIMAP_FUZZ_CHECK(is_valid_utf8(article.source));
      INCIMAP_FUZZ_CHECK(article.body_start <= article.body_end && article.body_end <= article.text.size());
      INCIMAP_FUZZ_CHECK(article.text.size() <= options.max_article_bytes);
    }
  } catch (const InputError&) {
    // Rejected with a reason: what a bad file should get.
  }
  return 0;
}
