#pragma once
// A map projection: WGS84 longitude/latitude to projected metres and back,
// through PROJ with the axis order normalised for visualisation (east, north).

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "geo/base/lonlat.hpp"
#include "geo/projection/map_point.hpp"

struct pj_ctx;
struct PJconsts;

namespace incimap::geo {

class ProjectionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PjContextDeleter {
  void operator()(pj_ctx* context) const noexcept;
};
struct PjDeleter {
  void operator()(PJconsts* pj) const noexcept;
};
using PjContextPtr = std::unique_ptr<pj_ctx, PjContextDeleter>;
using PjPtr = std::unique_ptr<PJconsts, PjDeleter>;

// The canonical CRS string for a user's choice: "EPSG:3857" (also "mercator",
// "web-mercator"), "EPSG:8857" ("equal-earth"), "EPSG:4087" ("plate-carree",
// "EPSG:4326": a plate carrée in metres, so zoom and clustering share units).
// Anything else is passed to PROJ as given.
std::string canonical_projection_name(std::string_view user_choice);

// Not thread-safe (one PROJ context per instance): give each thread its own.
class Projection {
 public:
  // Throws ProjectionError naming the CRS when PROJ cannot build it.
  explicit Projection(std::string_view crs = "EPSG:3857");

  const std::string& crs() const noexcept { return crs_; }

  // Latitudes beyond the CRS's area of use (±85.06° for Web Mercator) are
  // clamped to it first, so poles and Antarctica stay finite.
  // nullopt when PROJ fails for this point.
  std::optional<MapPoint> forward(LonLat where) const;
  std::optional<LonLat> inverse(MapPoint at) const;

  // Batch form of forward(): lon/lat degrees in, metres out, in place.
  // Points PROJ cannot project become non-finite. Spans of unequal sizes throw
  // std::invalid_argument and leave both untouched.
  void forward_in_place(std::span<double> lon_to_x, std::span<double> lat_to_y) const;

  // The lon/lat box {west, south, east, north} covering a projected
  // rectangle (edges sampled); nullopt when part of it is off the world.
  std::optional<std::array<double, 4>> lonlat_bounds(const MapRect& area) const;

  // The edge of the projected world (lon ±180 and the clamped latitude range),
  // closed ring, counter-clockwise; densified every `step_degrees`.
  std::vector<MapPoint> world_outline(double step_degrees = 2.0) const;
  const MapRect& world_bounds() const noexcept { return world_bounds_; }

  double min_latitude() const noexcept { return min_lat_; }
  double max_latitude() const noexcept { return max_lat_; }

 private:
  double clamp_latitude(double lat) const noexcept;

  std::string crs_;
  PjContextPtr context_;
  PjPtr transform_;
  double min_lat_ = -90;
  double max_lat_ = 90;
  MapRect world_bounds_;
};

}  // namespace incimap::geo
