#include "geo/resolve/geoparser.hpp"

#include "geo/recognize/recognizer.hpp"
#include "geo/text/sentences.hpp"
#include "geo/text/tokens.hpp"

namespace incimap::geo {

std::vector<PlaceMention> Geoparser::parse(std::string_view text, Explain explain) const {
  const std::vector<Token> tokens = tokenize(text);
  const std::vector<Sentence> sentences = split_sentences(text, tokens);
  return parse(text, tokens, sentences, explain);
}

std::vector<PlaceMention> Geoparser::parse(std::string_view text, const std::vector<Token>& tokens,
                                           const std::vector<Sentence>& sentences, Explain explain) const {
  const auto mentions = Recognizer(index_).recognize(text, tokens, sentences);
  return Resolver(index_).resolve(text, tokens, mentions, explain);
}

}  // namespace incimap::geo
