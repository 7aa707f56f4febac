#include "render/basemap/basemap_mesh.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "render/assets.hpp"
#include "render/basemap/tessellate.hpp"

namespace incimap::render {
namespace {

// Segments along the antimeridian cut or the south pole edge are artefacts of
// how Natural Earth splits polygons, not coastlines or borders.
bool is_cut_artefact(geo::LonLat a, geo::LonLat b) noexcept {
  constexpr double kEdge = 179.9999;
  if (std::abs(a.lon()) >= kEdge && std::abs(b.lon()) >= kEdge) return true;
  if (a.lat() <= -89.999 && b.lat() <= -89.999) return true;
  return std::abs(a.lon() - b.lon()) > 180;
}

std::vector<geo::MapPoint> project_ring(const geo::Projection& projection, const LonLatRing& ring) {
  std::vector<double> xs(ring.size()), ys(ring.size());
  for (std::size_t i = 0; i < ring.size(); ++i) {
    xs[i] = ring[i].lon();
    ys[i] = ring[i].lat();
  }
  projection.forward_in_place(xs, ys);
  std::vector<geo::MapPoint> out;
  out.reserve(ring.size());
  for (std::size_t i = 0; i < ring.size(); ++i) {
    if (std::isfinite(xs[i]) && std::isfinite(ys[i])) out.push_back({xs[i], ys[i]});
  }
  return out;
}

void append_vertex(std::vector<float>& out, geo::MapPoint p) {
  out.push_back(float(p.x));
  out.push_back(float(p.y));
}

// Longitude/latitude that may run past ±180 while a ring is unwrapped.
struct Unwrapped {
  double lon, lat;
};

bool crosses_antimeridian(const LonLatPolygon& polygon) noexcept {
  for (const auto& ring : polygon.rings) {
    for (std::size_t i = 1; i < ring.size(); ++i) {
      if (std::abs(ring[i].lon() - ring[i - 1].lon()) > 180) return true;
    }
  }
  return false;
}

// The ring with longitudes made continuous; a ring around a pole is closed
// along that pole so it bounds the cap it encloses.
std::vector<Unwrapped> unwrap(const LonLatRing& ring) {
  std::vector<Unwrapped> out;
  if (ring.empty()) return out;
  out.push_back({ring[0].lon(), ring[0].lat()});
  double lat_sum = ring[0].lat();
  for (std::size_t i = 1; i < ring.size(); ++i) {
    double step = ring[i].lon() - ring[i - 1].lon();
    if (step > 180) step -= 360;
    if (step < -180) step += 360;
    out.push_back({out.back().lon + step, ring[i].lat()});
    lat_sum += ring[i].lat();
  }
  if (std::abs(out.back().lon - out.front().lon) > 180) {
    const double pole = lat_sum < 0 ? -90 : 90;
    const Unwrapped first = out.front();
    out.push_back({out.back().lon, pole});
    out.push_back({first.lon, pole});
  }
  return out;
}

// Sutherland-Hodgman against one axis-parallel line: keeps the side of
// `limit` that `keep` names.
enum class Axis { lon, lat };
enum class Keep { above, below };
std::vector<Unwrapped> clip(const std::vector<Unwrapped>& ring, Axis axis, double limit, Keep keep) {
  std::vector<Unwrapped> out;
  const auto value = [axis](const Unwrapped& p) { return axis == Axis::lon ? p.lon : p.lat; };
  const auto inside = [&](const Unwrapped& p) { return keep == Keep::above ? value(p) >= limit : value(p) <= limit; };
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const Unwrapped& a = ring[i];
    const Unwrapped& b = ring[(i + 1) % ring.size()];
    if (inside(a)) out.push_back(a);
    if (inside(a) != inside(b)) {
      const double t = (limit - value(a)) / (value(b) - value(a));
      out.push_back({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t});
    }
  }
  return out;
}

std::vector<Unwrapped> as_unwrapped(const LonLatRing& ring) {
  std::vector<Unwrapped> out;
  out.reserve(ring.size());
  for (const geo::LonLat& p : ring) out.push_back({p.lon(), p.lat()});
  return out;
}

LonLatRing as_ring(const std::vector<Unwrapped>& points, double lon_shift) {
  LonLatRing ring;
  ring.reserve(points.size() + 1);
  for (const Unwrapped& p : points) {
    ring.push_back(geo::LonLat::from(geo::Longitude{std::clamp(p.lon + lon_shift, -180.0, 180.0)},
                                     geo::Latitude{std::clamp(p.lat, -90.0, 90.0)}));
  }
  ring.push_back(ring.front());
  return ring;
}

// The part of a polygon inside a lon/lat box (W,S,E,N). Each ring is clipped
// on its own; with the odd winding rule the pieces still fill correctly.
LonLatPolygon clip_to_box(const LonLatPolygon& polygon, const std::array<double, 4>& box) {
  LonLatPolygon out;
  for (const auto& ring : polygon.rings) {
    auto points = clip(as_unwrapped(ring), Axis::lon, box[0], Keep::above);
    points = clip(points, Axis::lon, box[2], Keep::below);
    points = clip(points, Axis::lat, box[1], Keep::above);
    points = clip(points, Axis::lat, box[3], Keep::below);
    if (points.size() >= 3) out.rings.push_back(as_ring(points, 0));
  }
  return out;
}

// A polygon that crosses the antimeridian, cut into the pieces that fall in
// [-180, 180] after shifting by whole turns.
std::vector<LonLatPolygon> split_at_antimeridian(const LonLatPolygon& polygon) {
  std::vector<std::vector<Unwrapped>> rings;
  for (const auto& ring : polygon.rings) rings.push_back(unwrap(ring));
  std::vector<LonLatPolygon> pieces;
  for (const int turn : {-1, 0, 1}) {
    const double west = -180.0 + 360.0 * turn, east = 180.0 + 360.0 * turn;
    LonLatPolygon piece;
    for (const auto& ring : rings) {
      const auto clipped = clip(clip(ring, Axis::lon, west, Keep::above), Axis::lon, east, Keep::below);
      if (clipped.size() >= 3) piece.rings.push_back(as_ring(clipped, -360.0 * turn));
    }
    if (!piece.rings.empty()) pieces.push_back(std::move(piece));
  }
  return pieces;
}

void append_fill_of_piece(const geo::Projection& projection, const LonLatPolygon& polygon, std::vector<float>& out) {
  std::vector<std::vector<geo::MapPoint>> rings;
  rings.reserve(polygon.rings.size());
  for (const auto& ring : polygon.rings) {
    if (auto projected = project_ring(projection, ring); projected.size() >= 3) rings.push_back(std::move(projected));
  }
  for (const geo::MapPoint& p : tessellate(rings)) append_vertex(out, p);
}

// `only_within` (W,S,E,N degrees) clips the fill: the tessellator's cost
// grows faster than linearly with ring size, and continents are huge rings.
void append_polygon_fill(const geo::Projection& projection, const LonLatPolygon& polygon,
                         const std::optional<std::array<double, 4>>& only_within, std::vector<float>& out) {
  std::vector<LonLatPolygon> pieces;
  if (crosses_antimeridian(polygon)) {
    pieces = split_at_antimeridian(polygon);
  } else {
    pieces.push_back(polygon);
  }
  for (const LonLatPolygon& piece : pieces) {
    append_fill_of_piece(projection, only_within ? clip_to_box(piece, *only_within) : piece, out);
  }
}

// Appends the drawable segments of a lon/lat polyline, projected.
void append_segments(const geo::Projection& projection, const std::vector<geo::LonLat>& line, std::vector<float>& out) {
  const std::vector<geo::MapPoint> projected = project_ring(projection, line);
  if (projected.size() != line.size()) return;  // partly unprojectable: skip rather than draw a wrong chord
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (is_cut_artefact(line[i - 1], line[i])) continue;
    append_vertex(out, projected[i - 1]);
    append_vertex(out, projected[i]);
  }
}

// Key of an undirected segment, endpoints quantised to 1e-6 degrees.
struct SegmentKey {
  std::int64_t a, b;
  bool operator==(const SegmentKey&) const = default;
};
struct SegmentKeyHash {
  std::size_t operator()(const SegmentKey& k) const noexcept {
    // Unsigned: the quantised keys reach 7e16, and the product wraps.
    return std::hash<std::uint64_t>()(std::uint64_t(k.a) * 1000003u ^ std::uint64_t(k.b));
  }
};

std::int64_t quantise(geo::LonLat p) noexcept {
  const auto lon = std::int64_t(std::llround((p.lon() + 180) * 1e6));
  const auto lat = std::int64_t(std::llround((p.lat() + 90) * 1e6));
  return lon * 200'000'000 + lat;
}

SegmentKey key_of(geo::LonLat a, geo::LonLat b) noexcept {
  const std::int64_t qa = quantise(a), qb = quantise(b);
  return qa < qb ? SegmentKey{qa, qb} : SegmentKey{qb, qa};
}

// Borders are the segments two countries share; a segment of one country
// only is coastline and is drawn from the land layer instead.
void append_shared_borders(const geo::Projection& projection, const VectorFeatures& countries, std::vector<float>& out) {
  std::unordered_map<SegmentKey, int, SegmentKeyHash> uses;
  for (const auto& polygon : countries.polygons) {
    for (const auto& ring : polygon.rings) {
      for (std::size_t i = 1; i < ring.size(); ++i) ++uses[key_of(ring[i - 1], ring[i])];
    }
  }
  std::vector<geo::LonLat> run;
  const auto flush = [&] {
    if (run.size() >= 2) append_segments(projection, run, out);
    run.clear();
  };
  for (const auto& polygon : countries.polygons) {
    for (const auto& ring : polygon.rings) {
      for (std::size_t i = 1; i < ring.size(); ++i) {
        if (uses[key_of(ring[i - 1], ring[i])] < 2) {
          flush();
          continue;
        }
        if (run.empty()) run.push_back(ring[i - 1]);
        run.push_back(ring[i]);
      }
      flush();
    }
  }
}

}  // namespace

BasemapDetail detail_for(double metres_per_pixel) noexcept {
  if (metres_per_pixel > 20000) return BasemapDetail::coarse;
  if (metres_per_pixel > 4000) return BasemapDetail::medium;
  return BasemapDetail::fine;
}

const char* natural_earth_suffix(BasemapDetail detail) noexcept {
  switch (detail) {
    case BasemapDetail::coarse: return "110m";
    case BasemapDetail::medium: return "50m";
    case BasemapDetail::fine: return "10m";
  }
  return "110m";
}

BasemapMesh build_natural_earth_mesh(const geo::Projection& projection, BasemapDetail detail,
                                     const std::optional<std::array<double, 4>>& only_within) {
  BasemapMesh mesh;
  const std::string suffix = natural_earth_suffix(detail);
  if (const auto land_file = data_path("world-atlas/land-" + suffix + ".json"); !land_file.empty()) {
    const VectorFeatures land = read_vector_features(land_file.string(), "land", only_within);
    for (const auto& polygon : land.polygons) {
      append_polygon_fill(projection, polygon, only_within, mesh.fill_triangles);
      for (const auto& ring : polygon.rings) append_segments(projection, ring, mesh.coast_segments);
    }
  }
  if (const auto countries_file = data_path("world-atlas/countries-" + suffix + ".json"); !countries_file.empty()) {
    append_shared_borders(projection, read_vector_features(countries_file.string(), "countries", only_within), mesh.border_segments);
  }
  return mesh;
}

BasemapMesh build_vector_mesh(const VectorFeatures& features, const geo::Projection& projection) {
  BasemapMesh mesh;
  for (const auto& polygon : features.polygons) {
    append_polygon_fill(projection, polygon, std::nullopt, mesh.fill_triangles);
    for (const auto& ring : polygon.rings) append_segments(projection, ring, mesh.border_segments);
  }
  for (const auto& line : features.lines) append_segments(projection, line, mesh.border_segments);
  return mesh;
}

std::vector<float> graticule_segments(const geo::Projection& projection, double spacing_degrees) {
  std::vector<float> out;
  constexpr double kStep = 1.0;  // degrees between vertices along a line: smooth curves
  const double lat_min = projection.min_latitude(), lat_max = projection.max_latitude();
  for (double lon = -180; lon <= 180 + 1e-9; lon += spacing_degrees) {
    std::vector<geo::LonLat> meridian;
    for (double lat = lat_min; lat < lat_max; lat += kStep) {
      meridian.push_back(geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{lat}));
    }
    meridian.push_back(geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{lat_max}));
    append_segments(projection, meridian, out);
  }
  const double first_parallel = std::ceil(lat_min / spacing_degrees) * spacing_degrees;
  for (double lat = first_parallel; lat <= lat_max; lat += spacing_degrees) {
    std::vector<geo::LonLat> parallel;
    for (double lon = -180; lon <= 180; lon += kStep) {
      parallel.push_back(geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{lat}));
    }
    append_segments(projection, parallel, out);
  }
  return out;
}

std::vector<float> world_fill_triangles(const geo::Projection& projection) {
  const std::vector<std::vector<geo::MapPoint>> rings{projection.world_outline()};
  std::vector<float> out;
  for (const geo::MapPoint& p : tessellate(rings)) append_vertex(out, p);
  return out;
}

std::vector<float> world_outline_segments(const geo::Projection& projection) {
  const std::vector<geo::MapPoint> ring = projection.world_outline();
  std::vector<float> out;
  for (std::size_t i = 1; i < ring.size(); ++i) {
    append_vertex(out, ring[i - 1]);
    append_vertex(out, ring[i]);
  }
  return out;
}

}  // namespace incimap::render
