#pragma once
// Where the viewer's window opens: inside the monitor's work area (the
// screen less task bars and docks) at the monitor's content scale, centred,
// so that a remembered or default size never opens a window larger than
// the screen on a HiDPI monitor. Pure arithmetic, tested without a display.

#include "geo/projection/screen_point.hpp"

namespace incimap::app {

struct MonitorWorkArea {
  int x = 0, y = 0, width = 0, height = 0;  // screen coordinates (pixels on X11 and Windows)
  float content_scale = 1;                  // what GLFW_SCALE_TO_MONITOR multiplies the size by
};

struct WindowPlacement {
  geo::ScreenSize size;  // to ask GLFW for, before its scaling to the monitor
  int x = 0, y = 0;      // the window's top left, screen coordinates
};

// `requested`: the size in unscaled (96-dpi) units. A work area of zero
// size (no monitor known) leaves the request as it is.
WindowPlacement place_window(geo::ScreenSize requested, const MonitorWorkArea& monitor);

}  // namespace incimap::app
