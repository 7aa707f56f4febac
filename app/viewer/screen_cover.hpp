#pragma once
// Which part of the window panels leave for the map. The map is drawn only
// inside the box around that part (a scissor): on a software rasteriser
// every pixel costs, and most of those under docked panels would be hidden.

#include <optional>
#include <span>

#include "geo/projection/screen_point.hpp"

namespace incimap::app {

// A rectangle on the window, in framebuffer pixels.
struct ScreenRect {
  geo::ScreenPoint min;
  geo::ScreenPoint max;
  constexpr double width() const noexcept { return max.x - min.x; }
  constexpr double height() const noexcept { return max.y - min.y; }
};

// The box around every pixel no rectangle covers. Gaps narrower than
// 2 × `gap_tolerance` pixels (the margins between docked panels and the
// window's edges) count as covered. nullopt when nothing is left.
std::optional<ScreenRect> uncovered_bounds(geo::ScreenSize window, std::span<const ScreenRect> covered,
                                           double gap_tolerance);

}  // namespace incimap::app
