#pragma once
// Populations with the heavy tail of real settlement sizes. A Pareto tail of
// shape ~1 is Zipf's law for cities: the k-th largest place has about 1/k the
// people of the largest, and most places are small.

#include <cstdint>

#include "gen_geonames/random.hpp"

namespace incimap::tools {

struct PopulationRule {
  double populated_share = 0;  // fraction of rows with a population; GeoNames leaves most at 0
  double minimum = 0;          // people; the Pareto scale
  double shape = 1;            // Pareto shape (alpha); 1 gives Zipf's law, larger is lighter-tailed
};

// The largest population drawn, in people: a little above the largest city.
inline constexpr double kMaxPopulation = 30'000'000;

// 0 for an unpopulated row, else minimum * U^(-1/shape) capped at kMaxPopulation.
std::uint64_t draw_population(Random& random, const PopulationRule& rule) noexcept;

}  // namespace incimap::tools
