#include "geo/gazetteer/division_extents.hpp"

#include <algorithm>

namespace incimap::geo {
namespace {

// Share of the way from the trimmed box's centre to the full box's
// (division_extents.hpp says why).
constexpr double kFullBoxWeight = 0.25;

double middle(std::vector<float>& v) {
  std::sort(v.begin(), v.end());
  const std::size_t lo = v.size() / 100;
  const std::size_t hi = v.size() - 1 - v.size() / 100;
  const double trimmed = (static_cast<double>(v[lo]) + v[hi]) / 2.0;
  const double full = (static_cast<double>(v.front()) + v.back()) / 2.0;
  return trimmed + kFullBoxWeight * (full - trimmed);
}

}  // namespace

void DivisionExtents::add(std::uint64_t key, LonLat p) {
  auto& e = extents_[key];
  e.lats.push_back(static_cast<float>(p.lat()));
  e.lons.push_back(static_cast<float>(p.lon()));
}

std::optional<LonLat> DivisionExtents::centre(std::uint64_t key) {
  const auto it = extents_.find(key);
  if (it == extents_.end() || it->second.lats.empty()) return std::nullopt;
  return LonLat::from(Longitude{middle(it->second.lons)}, Latitude{middle(it->second.lats)});
}

}  // namespace incimap::geo
