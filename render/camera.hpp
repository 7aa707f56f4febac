#pragma once
// The view onto the projected map: which metres land on which pixel.
// Screen y grows downwards, map y (northing) upwards.

#include <array>

#include "geo/projection/map_point.hpp"
#include "geo/projection/screen_point.hpp"

namespace incimap::render {

class Camera {
 public:
  // Precondition: viewport width and height > 0, metres_per_pixel > 0.
  Camera(geo::ScreenSize viewport, geo::MapPoint centre, double metres_per_pixel);

  // The smallest zoom that shows all of `area` with `margin_pixels` to spare
  // on every side. An empty or degenerate area is shown at `min_extent` metres.
  static Camera fitting(geo::ScreenSize viewport, const geo::MapRect& area, double margin_pixels = 24,
                        double min_extent = 20000);

  geo::ScreenPoint to_screen(geo::MapPoint at) const noexcept;
  geo::MapPoint to_map(geo::ScreenPoint at) const noexcept;
  geo::MapRect visible_rect() const noexcept;

  geo::ScreenSize viewport() const noexcept { return viewport_; }
  geo::MapPoint centre() const noexcept { return centre_; }
  double metres_per_pixel() const noexcept { return metres_per_pixel_; }

  void set_viewport(geo::ScreenSize viewport) noexcept;
  void set_centre(geo::MapPoint centre) noexcept { centre_ = centre; }
  // Moves the map with the cursor: a drag by (dx, dy) pixels.
  void pan_by_pixels(double dx, double dy) noexcept;
  // factor > 1 zooms in; the map point under `anchor` stays under it.
  void zoom_about(geo::ScreenPoint anchor, double factor) noexcept;
  // Keeps zoom within [min, max] metres per pixel and the centre inside `world`.
  void constrain(const geo::MapRect& world, double min_metres_per_pixel, double max_metres_per_pixel) noexcept;

  // Column-major 3x3 matrix taking map metres relative to `origin` to clip
  // space; the origin keeps float vertex data precise when zoomed in.
  std::array<float, 9> map_to_clip(geo::MapPoint origin) const noexcept;

 private:
  geo::ScreenSize viewport_;
  geo::MapPoint centre_;
  double metres_per_pixel_;
};

}  // namespace incimap::render
