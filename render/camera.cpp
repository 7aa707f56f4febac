#include "render/camera.hpp"

#include <algorithm>
#include <cassert>

namespace incimap::render {

Camera::Camera(geo::ScreenSize viewport, geo::MapPoint centre, double metres_per_pixel)
    : viewport_(viewport), centre_(centre), metres_per_pixel_(metres_per_pixel) {
  assert(viewport.width > 0 && viewport.height > 0 && metres_per_pixel > 0);
}

Camera Camera::fitting(geo::ScreenSize viewport, const geo::MapRect& area, double margin_pixels, double min_extent) {
  if (area.empty()) return Camera(viewport, {0, 0}, min_extent / std::max(1, viewport.width));
  const double usable_w = std::max(1.0, viewport.width - 2 * margin_pixels);
  const double usable_h = std::max(1.0, viewport.height - 2 * margin_pixels);
  const double extent_w = std::max(area.width(), min_extent);
  const double extent_h = std::max(area.height(), min_extent);
  return Camera(viewport, area.centre(), std::max(extent_w / usable_w, extent_h / usable_h));
}

geo::ScreenPoint Camera::to_screen(geo::MapPoint at) const noexcept {
  return {viewport_.width / 2.0 + (at.x - centre_.x) / metres_per_pixel_,
          viewport_.height / 2.0 - (at.y - centre_.y) / metres_per_pixel_};
}

geo::MapPoint Camera::to_map(geo::ScreenPoint at) const noexcept {
  return {centre_.x + (at.x - viewport_.width / 2.0) * metres_per_pixel_,
          centre_.y - (at.y - viewport_.height / 2.0) * metres_per_pixel_};
}

geo::MapRect Camera::visible_rect() const noexcept {
  return geo::MapRect::from_corners(to_map({0, 0}), to_map({double(viewport_.width), double(viewport_.height)}));
}

void Camera::set_viewport(geo::ScreenSize viewport) noexcept {
  if (viewport.width > 0 && viewport.height > 0) viewport_ = viewport;
}

void Camera::pan_by_pixels(double dx, double dy) noexcept {
  centre_.x -= dx * metres_per_pixel_;
  centre_.y += dy * metres_per_pixel_;
}

void Camera::zoom_about(geo::ScreenPoint anchor, double factor) noexcept {
  if (!(factor > 0)) return;
  const geo::MapPoint fixed = to_map(anchor);
  metres_per_pixel_ /= factor;
  const geo::MapPoint moved = to_map(anchor);
  centre_.x += fixed.x - moved.x;
  centre_.y += fixed.y - moved.y;
}

void Camera::constrain(const geo::MapRect& world, double min_metres_per_pixel, double max_metres_per_pixel) noexcept {
  metres_per_pixel_ = std::clamp(metres_per_pixel_, min_metres_per_pixel, max_metres_per_pixel);
  if (world.empty()) return;
  centre_.x = std::clamp(centre_.x, world.min_x, world.max_x);
  centre_.y = std::clamp(centre_.y, world.min_y, world.max_y);
}

std::array<float, 9> Camera::map_to_clip(geo::MapPoint origin) const noexcept {
  const double sx = 2.0 / (viewport_.width * metres_per_pixel_);
  const double sy = 2.0 / (viewport_.height * metres_per_pixel_);
  const double tx = (origin.x - centre_.x) * sx;
  const double ty = (origin.y - centre_.y) * sy;
  return {float(sx), 0.0f, 0.0f, 0.0f, float(sy), 0.0f, float(tx), float(ty), 1.0f};
}

}  // namespace incimap::render
