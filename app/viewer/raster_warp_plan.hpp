#pragma once
// When the viewer warps its raster basemap again. A warp covers the view and
// a margin around it at the view's resolution; it serves until the view
// leaves that area or zooms in past twice its resolution (or out past four
// times). A new one is asked for only once the view has been still for a
// moment, so a drag or a run of wheel notches costs one warp, not one per frame.

#include <optional>

#include "geo/projection/map_point.hpp"
#include "render/camera.hpp"

namespace incimap::app {

struct RasterWarpRequest {
  geo::MapRect area;  // projected metres, the view and its margin
  double metres_per_pixel = 0;
  bool operator==(const RasterWarpRequest&) const = default;
};

// Seconds the view must stay put before a warp is asked for.
inline constexpr double kRasterSettleSeconds = 0.25;

class RasterWarpPlan {
 public:
  // The raster's projected extent: planning starts once it is known.
  void set_extent(const geo::MapRect& extent);
  // Called every frame with the time since the last call. Returns the warp
  // to start now, if any; then none until finished() is called.
  std::optional<RasterWarpRequest> update(const render::Camera& camera, double seconds);
  // The warp asked for arrived, or failed: a failed one is not retried for
  // the same view.
  void finished(const RasterWarpRequest& request);
  // A warp is wanted, or running: the frame loop keeps ticking until it lands.
  bool pending() const;

 private:
  bool served(const render::Camera& camera) const;

  std::optional<geo::MapRect> extent_;
  std::optional<RasterWarpRequest> done_;
  std::optional<RasterWarpRequest> running_;
  std::optional<render::Camera> last_camera_;
  double still_seconds_ = 0;
};

}  // namespace incimap::app
