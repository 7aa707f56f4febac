#pragma once
// One frame's input as the map sees it, in framebuffer pixels. The frame
// loop fills it from ImGui (which has already decided whether a panel takes
// the mouse or the keyboard) or from a test script.

#include "geo/projection/screen_point.hpp"

namespace incimap::app {

struct PointerInput {
  geo::ScreenPoint at;
  bool over_map = false;  // no panel under it and no panel holding the mouse
  bool pressed = false;   // the left button went down this frame
  bool down = false;
  bool released = false;
  bool double_clicked = false;
  double wheel = 0;  // notches this frame, positive: away from the user (zoom in)
};

// Keys pressed this frame; all false while a text field has the keyboard.
struct MapKeys {
  bool zoom_in = false;
  bool zoom_out = false;
  bool fit = false;
  bool left = false;
  bool right = false;
  bool up = false;
  bool down = false;
  bool escape = false;
};

struct MapInput {
  PointerInput pointer;
  MapKeys keys;
};

}  // namespace incimap::app
