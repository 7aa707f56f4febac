#include "app/viewer/dock_layout.hpp"

#include <algorithm>
#include <cmath>

namespace incimap::app {
namespace {

// Margin between panels and between a panel and the window's edge.
constexpr float kGap = 8;
// An edge this close to the work area's edge is docked to it.
constexpr float kDockDistance = 48;
// Smallest panel a reflow leaves: a title bar and a few rows.
constexpr float kMinWidth = 160, kMinHeight = 90;
// The smallest work area the layout keeps its full scale in: both side
// columns at their narrowest, a map between them, the table and the stacked
// panels at their lowest.
constexpr float kSmallestWidth = 720, kSmallestHeight = 420;

// The box with its edges on whole pixels. ImGui floors a window's position
// and its size each on its own, which would move a docked far edge by up to
// a pixel on every reflow: a window dragged to a new size through a hundred
// steps would leave its panels short of the edges they are docked to.
PanelBox snapped(const PanelBox& box) {
  const float x0 = std::round(box.x), y0 = std::round(box.y);
  return {x0, y0, std::round(box.right()) - x0, std::round(box.bottom()) - y0};
}

float clamp_between(float value, float low, float high) { return std::clamp(value, low, std::max(low, high)); }

// One axis of a reflow: maps a coordinate of `from` [from0, from0 + from_len]
// into `to`, docked to the near or far end when close to it.
struct Axis {
  float from0, from_len, to0, to_len, dock;
  float map(float v) const {
    if (v - from0 <= dock) return to0 + (v - from0);
    if (from0 + from_len - v <= dock) return to0 + to_len - (from0 + from_len - v);
    return to0 + (v - from0) / std::max(from_len, 1.0f) * to_len;
  }
};

PanelBox unsnapped_default_box(Panel panel, const WorkArea& area, float scale) {
  const float gap = kGap * scale;
  const float left_width = clamp_between(area.width * 0.24f, 220 * scale, 300 * scale);
  const float right_width = clamp_between(area.width * 0.3f, 260 * scale, 360 * scale);
  const float table_height = clamp_between(area.height * 0.3f, 130 * scale, 210 * scale);
  const float layers_height = clamp_between(area.height * 0.4f, 150 * scale, 290 * scale);
  const float top = area.y + gap, left = area.x + gap;
  const float right = area.right() - gap, bottom = area.bottom() - gap;
  const float middle_x = left + left_width + gap;
  switch (panel) {
    case Panel::layers: return {left, top, left_width, layers_height};
    case Panel::filters: {
      const float y = top + layers_height + gap;
      return {left, y, left_width, std::max(kMinHeight * scale, bottom - y)};
    }
    case Panel::details: {
      const float height = std::max(kMinHeight * scale, bottom - table_height - gap - top);
      return {right - right_width, top, right_width, height};
    }
    case Panel::table:
      return {middle_x, bottom - table_height, std::max(kMinWidth * scale, right - middle_x), table_height};
    case Panel::messages: {
      const float width = clamp_between(right - right_width - gap - middle_x, kMinWidth * scale, 520 * scale);
      return {middle_x, top, width, 180 * scale};
    }
    case Panel::article:
      return {area.x + area.width * 0.25f, top + 40 * scale, area.width * 0.45f, area.height * 0.7f};
  }
  return {left, top, left_width, layers_height};
}

}  // namespace

float layout_scale_for(const WorkArea& area, float scale) {
  return std::min({scale, area.width / kSmallestWidth, area.height / kSmallestHeight});
}

PanelBox default_panel_box(Panel panel, const WorkArea& area, float scale) {
  return snapped(unsnapped_default_box(panel, area, scale));
}

PanelBox reflow_panel_box(const PanelBox& box, const WorkArea& from, const WorkArea& to, float scale) {
  const float dock = kDockDistance * scale;
  const Axis horizontal{from.x, from.width, to.x, to.width, dock};
  const Axis vertical{from.y, from.height, to.y, to.height, dock};
  const float x0 = horizontal.map(box.x), x1 = horizontal.map(box.right());
  const float y0 = vertical.map(box.y), y1 = vertical.map(box.bottom());
  return fit_panel_box({x0, y0, x1 - x0, y1 - y0}, to, scale);
}

PanelBox fit_panel_box(const PanelBox& box, const WorkArea& area, float scale) {
  PanelBox out = box;
  out.width = std::min(std::max(out.width, kMinWidth * scale), area.width);
  out.height = std::min(std::max(out.height, kMinHeight * scale), area.height);
  out.x = std::clamp(out.x, area.x, area.right() - out.width);
  out.y = std::clamp(out.y, area.y, area.bottom() - out.height);
  return snapped(out);
}

}  // namespace incimap::app
