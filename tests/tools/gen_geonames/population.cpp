#include "gen_geonames/population.hpp"

#include <algorithm>
#include <cmath>

namespace incimap::tools {

std::uint64_t draw_population(Random& random, const PopulationRule& rule) noexcept {
  if (!random.chance(rule.populated_share)) return 0;
  const double u = 1.0 - random.uniform();  // (0, 1]
  const double people = rule.minimum * std::pow(u, -1.0 / rule.shape);
  return static_cast<std::uint64_t>(std::min(people, kMaxPopulation));
}

}  // namespace incimap::tools
