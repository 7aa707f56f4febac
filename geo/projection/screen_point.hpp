#pragma once
// Positions on a drawing surface: pixels from the top-left corner, y down.

namespace incimap::geo {

struct ScreenPoint {
  double x = 0;  // pixels right of the left edge
  double y = 0;  // pixels below the top edge
  constexpr bool operator==(const ScreenPoint&) const noexcept = default;
};

struct ScreenSize {
  int width = 0;   // pixels
  int height = 0;  // pixels
  constexpr bool operator==(const ScreenSize&) const noexcept = default;
};

}  // namespace incimap::geo
