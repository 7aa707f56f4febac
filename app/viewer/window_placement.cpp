#include "app/viewer/window_placement.hpp"

#include <algorithm>
#include <cmath>

namespace incimap::app {

WindowPlacement place_window(geo::ScreenSize requested, const MonitorWorkArea& monitor) {
  if (monitor.width <= 0 || monitor.height <= 0) return {requested, 0, 0};
  const float scale = std::max(monitor.content_scale, 1.0f);
  // The size GLFW will scale up must come out no larger than the work area.
  const int max_width = std::max(1, int(std::floor(float(monitor.width) / scale)));
  const int max_height = std::max(1, int(std::floor(float(monitor.height) / scale)));
  const geo::ScreenSize size{std::min(requested.width, max_width), std::min(requested.height, max_height)};
  const int scaled_width = int(std::lround(float(size.width) * scale));
  const int scaled_height = int(std::lround(float(size.height) * scale));
  return {size, monitor.x + std::max(0, (monitor.width - scaled_width) / 2),
          monitor.y + std::max(0, (monitor.height - scaled_height) / 2)};
}

}  // namespace incimap::app
