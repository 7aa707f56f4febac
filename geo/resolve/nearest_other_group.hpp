#pragma once
// Nearest neighbour with an exclusion, for the co-location evidence: the
// distance from a point to the nearest point of the set that belongs to
// another name group ("Baghdad" is not near itself). A k-d tree over the
// distinct (group, point) pairs: building is O(n log n), a query about
// O(log n) when a group holds few distinct points (a name's mentions share
// one reading or a handful). Scanning every point per query instead made
// an article's geoparse quadratic in its place mentions.

#include <array>
#include <cstdint>
#include <vector>

namespace incimap::geo {

class NearestOtherGroup {
 public:
  using Vector = std::array<double, 3>;
  struct Point {
    Vector where;
    std::uint32_t group;
  };

  NearestOtherGroup() = default;
  explicit NearestOtherGroup(std::vector<Point> points);

  // The smallest squared Euclidean distance from `where` to a point whose
  // group is not `group`, computed as dx*dx + dy*dy + dz*dz; +infinity when
  // there is none.
  double nearest_squared(const Vector& where, std::uint32_t group) const;

 private:
  void build(std::size_t first, std::size_t last, int depth);
  void search(std::size_t first, std::size_t last, int depth, const Vector& where, std::uint32_t group,
              double& best) const;

  // The tree, implicit: the median of each range is its node, split on
  // axis depth % 3; the halves before and after it are its subtrees.
  std::vector<Point> points_;
};

}  // namespace incimap::geo
