#pragma once
// The geoparser: article text in, place mentions out (tokenize, split
// sentences, recognise, resolve). Thread-compatible: parse() is const and
// shares only the index, which is thread-safe.

#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer/index.hpp"
#include "geo/resolve/place_mention.hpp"
#include "geo/resolve/resolver.hpp"
#include "geo/text/sentences.hpp"
#include "geo/text/tokens.hpp"

namespace incimap::geo {

class Geoparser {
 public:
  explicit Geoparser(GazetteerIndex index) : index_(std::move(index)) {}
  // Throws GazetteerIndexError (an InputError) naming the index file when
  // it cannot be opened; parse() throws it when the index proves damaged.
  static Geoparser open(const std::string& index_path) { return Geoparser(GazetteerIndex::open(index_path)); }

  std::vector<PlaceMention> parse(std::string_view text, Explain explain = Explain::no) const;
  // The same on text already tokenised and split (so that later stages of
  // the pipeline reuse them). Precondition: both were made from `text`.
  std::vector<PlaceMention> parse(std::string_view text, const std::vector<Token>& tokens,
                                  const std::vector<Sentence>& sentences, Explain explain = Explain::no) const;

  const GazetteerIndex& index() const noexcept { return index_; }

 private:
  GazetteerIndex index_;
};

}  // namespace incimap::geo
