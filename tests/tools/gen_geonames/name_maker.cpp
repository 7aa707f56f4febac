#include "gen_geonames/name_maker.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace incimap::tools {
namespace {

// Onsets, nuclei and codas that read as place names in several languages;
// the empty strings weight names toward open syllables.
constexpr std::array<std::string_view, 30> kOnsets = {
    "",   "",   "b",  "d",  "k",  "g",  "m",  "n",  "l",  "r",  "s",  "t",  "v",  "z",  "sh",
    "kh", "ch", "br", "dr", "kr", "st", "tr", "gr", "h",  "p",  "f",  "j",  "y",  "w",  "bel"};
constexpr std::array<std::string_view, 12> kNuclei = {"a", "e", "i", "o", "u", "a", "o", "ia", "ai", "ou", "ei", "e"};
constexpr std::array<std::string_view, 15> kCodas = {"", "", "", "", "n", "r", "l", "m", "s", "k", "t", "sh", "nd",
                                                     "rk", "st"};
// Endings that mark settlement names in many regions.
constexpr std::array<std::string_view, 18> kEndings = {"abad", "pur", "ovo", "ino", "ville", "burg", "dorf", "ton", "ham",
                                                       "field", "grad", "sk", "stan", "kent", "ia", "an", "heim", "aya"};

constexpr std::size_t kCommonPoolSize = 20'000;
constexpr double kCommonShare = 0.2;
// Ranks below this offset are drawn about equally often, which keeps the most
// common name near 2,500 places in 3.9 million (GeoNames' top names hold a
// few thousand), instead of the 50,000 of a pure 1/k law.
constexpr double kZipfOffset = 50;

std::size_t syllable_count(Random& random) {
  const double u = random.uniform();
  if (u < 0.10) return 1;
  if (u < 0.65) return 2;
  if (u < 0.95) return 3;
  return 4;
}

// Rank in [0, n) with probability ~ 1 / (rank + offset): Zipf with s = 1.
std::size_t zipf_rank(Random& random, std::size_t n) {
  const double span = std::log((static_cast<double>(n) + kZipfOffset) / kZipfOffset);
  const double rank = kZipfOffset * std::exp(random.uniform() * span) - kZipfOffset;
  return std::min(n - 1, static_cast<std::size_t>(rank));
}

}  // namespace

NameMaker::NameMaker(std::uint64_t seed) {
  Random random(seed ^ 0xC0FFEE);
  common_.reserve(kCommonPoolSize);
  for (std::size_t i = 0; i < kCommonPoolSize; ++i) common_.push_back(fresh_base(random));
}

std::string NameMaker::fresh_base(Random& random) {
  std::string name;
  const std::size_t syllables = syllable_count(random);
  for (std::size_t i = 0; i < syllables; ++i) {
    name += random.pick<std::string_view>(kOnsets);
    name += random.pick<std::string_view>(kNuclei);
    // A coda only at the end or before an onset-less syllable would stack
    // consonants ("rkst"); one per word keeps names pronounceable.
    if (i + 1 == syllables) name += random.pick<std::string_view>(kCodas);
  }
  if (syllables <= 2 && random.chance(0.25)) name += random.pick<std::string_view>(kEndings);
  // GeoNames has almost no one- or two-letter names; they would read as words.
  if (name.size() < 3) name += random.pick<std::string_view>(kEndings);
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

std::string NameMaker::base(Random& random) const {
  if (random.chance(kCommonShare)) return common_[zipf_rank(random, common_.size())];
  return fresh_base(random);
}

}  // namespace incimap::tools
