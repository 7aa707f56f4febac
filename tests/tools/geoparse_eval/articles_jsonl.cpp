#include "geoparse_eval/articles_jsonl.hpp"

#include <nlohmann/json.hpp>

namespace incimap::tools {

std::string article_json_line(const Article& article) {
  const nlohmann::json line = {{"id", article.id}, {"text", article.text}};
  return line.dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::strict);
}

void write_articles_jsonl(std::ostream& out, const Corpus& corpus) {
  for (const Article& article : corpus.articles) out << article_json_line(article) << '\n';
}

}  // namespace incimap::tools
