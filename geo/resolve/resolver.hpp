#pragma once
// Toponym resolution: one gazetteer entry per recognised mention, from
// priors (countries and admin1 over hamlets, population, capitals), the
// article's country context (countries and demonyms it names), explicit
// containment ("Bangor, Maine", "the U.S. Embassy in Baghdad") and
// co-location with the article's other places.

#include <vector>

#include "geo/gazetteer/index.hpp"
#include "geo/recognize/recognizer.hpp"
#include "geo/resolve/place_mention.hpp"

namespace incimap::geo {

enum class Explain { no, yes };

class Resolver {
 public:
  explicit Resolver(const GazetteerIndex& index) : index_(&index) {}

  // One PlaceMention per recognised mention, in text order; with
  // Explain::yes each carries its ranked candidates and their evidence.
  std::vector<PlaceMention> resolve(std::string_view text, const std::vector<Token>& tokens,
                                    const std::vector<RecognizedMention>& mentions, Explain explain) const;

 private:
  const GazetteerIndex* index_;
};

}  // namespace incimap::geo
