#pragma once
// Place names built from syllables ("Kardovo", "Shenabad", "Trelim"), with
// the repetition of a real gazetteer: a fifth of the names come from a pool
// of common names drawn Zipf-like, so that a few names stand for thousands
// of places (as "San Pedro" and "Mill Creek" do in GeoNames) and most for one.
// That spread sets how many candidates a lookup returns.

#include <cstdint>
#include <string>
#include <vector>

#include "gen_geonames/random.hpp"

namespace incimap::tools {

class NameMaker {
 public:
  // The pool of common names depends only on the seed.
  explicit NameMaker(std::uint64_t seed);

  // One capitalised ASCII word.
  std::string base(Random& random) const;

  std::size_t common_pool_size() const noexcept { return common_.size(); }

 private:
  static std::string fresh_base(Random& random);
  std::vector<std::string> common_;
};

}  // namespace incimap::tools
