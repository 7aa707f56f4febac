#pragma once
// The GeoNames feature classes and codes the generator writes, in roughly the
// proportions of allCountries.txt (populated places ~40%, streams and other
// water ~18%, hills and mountains ~15%, spots and buildings ~15%), with how
// each is named, how many alternate names it carries and how many people live
// there. Feature codes: https://www.geonames.org/export/codes.html

#include <span>
#include <string_view>

#include "gen_geonames/population.hpp"
#include "gen_geonames/random.hpp"

namespace incimap::tools {

struct FeatureKind {
  char feature_class;
  std::string_view code;
  double share;                                // relative weight among the non-division rows
  std::span<const std::string_view> patterns;  // name shapes; "{}" is the base name
  double mean_alternates;                      // alternate names per row before the index filters them
  PopulationRule population;
};

// The kinds of the rows that are not divisions.
std::span<const FeatureKind> feature_kinds() noexcept;

// First- and second-level divisions (ADM1, ADM2): written once per division,
// before the places that lie in them.
const FeatureKind& admin1_kind() noexcept;
const FeatureKind& admin2_kind() noexcept;

// One of feature_kinds(), drawn by share.
const FeatureKind& pick_feature_kind(Random& random) noexcept;

}  // namespace incimap::tools
