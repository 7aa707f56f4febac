#pragma once
// The corpus as the geoparser's input: one JSON line {"id", "text"} per
// article. No title, so the byte offsets `incimap places` reports are into
// exactly the <text> the gold offsets count into (DESIGN.md: "for a JSON
// line with no title, exactly its text field").

#include <ostream>
#include <string>

#include "geoparse_eval/corpus.hpp"

namespace incimap::tools {

// Without a trailing newline. Non-ASCII stays as UTF-8, not \u escapes.
std::string article_json_line(const Article& article);

void write_articles_jsonl(std::ostream& out, const Corpus& corpus);

}  // namespace incimap::tools
