#pragma once
// The window's pixels as drawn (map and panels), for --screenshot and the
// script's screenshot command.

#include "geo/projection/screen_point.hpp"
#include "render/image/rgba_image.hpp"

namespace incimap::app {

// Reads the back buffer of the current context, top row first, opaque.
// Call after drawing and before swapping.
render::RgbaImage read_window_pixels(geo::ScreenSize framebuffer);

}  // namespace incimap::app
