#include "app/viewer/raster_warp_plan.hpp"

#include <algorithm>

namespace incimap::app {
namespace {

bool same_view(const render::Camera& a, const render::Camera& b) noexcept {
  return a.centre() == b.centre() && a.metres_per_pixel() == b.metres_per_pixel() && a.viewport() == b.viewport();
}

bool contains(const geo::MapRect& outer, const geo::MapRect& inner) noexcept {
  return inner.min_x >= outer.min_x && inner.max_x <= outer.max_x && inner.min_y >= outer.min_y &&
         inner.max_y <= outer.max_y;
}

// The view grown by half its size on every side: room to pan a little
// without a new warp, and still within the texture limit for a large window.
geo::MapRect with_margin(const geo::MapRect& view) noexcept {
  const double dx = view.width() / 2, dy = view.height() / 2;
  return {view.min_x - dx, view.min_y - dy, view.max_x + dx, view.max_y + dy};
}

}  // namespace

void RasterWarpPlan::set_extent(const geo::MapRect& extent) {
  extent_ = extent;
  done_.reset();
}

bool RasterWarpPlan::served(const render::Camera& camera) const {
  const geo::MapRect view = camera.visible_rect();
  if (!extent_ || !view.intersects(*extent_)) return true;  // nothing of the raster to show
  if (!done_) return false;
  const geo::MapRect shown{std::max(view.min_x, extent_->min_x), std::max(view.min_y, extent_->min_y),
                           std::min(view.max_x, extent_->max_x), std::min(view.max_y, extent_->max_y)};
  const double ratio = camera.metres_per_pixel() / done_->metres_per_pixel;
  return contains(done_->area, shown) && ratio >= 0.5 && ratio <= 4;
}

std::optional<RasterWarpRequest> RasterWarpPlan::update(const render::Camera& camera, double seconds) {
  still_seconds_ = last_camera_ && same_view(*last_camera_, camera) ? still_seconds_ + seconds : 0;
  last_camera_ = camera;
  if (running_ || served(camera) || still_seconds_ < kRasterSettleSeconds) return std::nullopt;
  running_ = RasterWarpRequest{with_margin(camera.visible_rect()), camera.metres_per_pixel()};
  return running_;
}

void RasterWarpPlan::finished(const RasterWarpRequest& request) {
  if (running_ == request) running_.reset();
  done_ = request;
}

bool RasterWarpPlan::pending() const { return running_ || (last_camera_ && !served(*last_camera_)); }

}  // namespace incimap::app
