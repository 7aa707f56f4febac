#pragma once
// The gold corpora of /work/shared/eval (LGL, TR-News) in the XML schema of
// Gritta et al.'s evaluation repository:
//   <articles><article docid><text><![CDATA[..]]></text>
//     <toponyms><toponym><start/><end/><phrase/>
//       <gaztag geonameid><name/><lat/><lon/>..</gaztag>?</toponym>..</toponyms>
//   </article>..</articles>
// Offsets are kept as stated; re-anchoring them is anchoring.hpp's job.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geoparse_eval/geo_point.hpp"

namespace incimap::tools {

// The place a gold toponym resolves to; absent for toponyms the annotators
// could not or did not place (streets, "Highway 10"), which count for
// recognition only.
struct GoldPlace {
  std::string geonameid;
  std::string name;
  GeoPoint point;
};

struct GoldToponym {
  std::size_t start = 0;  // code points into Article::text, as annotated
  std::size_t end = 0;
  std::string phrase;  // UTF-8
  std::optional<GoldPlace> place;
};

struct Article {
  std::string id;    // docid attribute
  std::string text;  // UTF-8, exactly the <text> content
  std::vector<GoldToponym> toponyms;
};

struct Corpus {
  std::string source;  // file name, for messages
  std::vector<Article> articles;
};

// Throw InputError naming the source (and the line for schema errors).
Corpus read_corpus(const std::filesystem::path& path);
Corpus parse_corpus(std::string_view xml, std::string_view source_name);

}  // namespace incimap::tools
