#include "app/viewer/status_layout.hpp"

#include <algorithm>

namespace incimap::app {

StatusLayout layout_status_bar(float bar_width, const StatusWidths& widths, const StatusGrid& grid) {
  StatusLayout layout;
  const float end = bar_width - grid.padding;
  layout.count = {grid.padding, std::max(0.0f, std::min(widths.count, end - grid.padding))};
  float next = layout.count.x + layout.count.width + grid.spacing;
  // The attribution is owed to the data's licences: it goes before anything but the count.
  float right = end;
  if (widths.attribution > 0 && next + widths.attribution <= end) {
    layout.attribution = {end - widths.attribution, widths.attribution};
    right = layout.attribution.x - grid.spacing;
  }
  if (widths.cursor > 0) {
    // Off its column rather than gone when the column is past the room.
    float x = std::max(next, grid.cursor_column);
    if (x + widths.cursor > right) x = next;
    if (x + widths.cursor <= right) {
      layout.cursor = {x, widths.cursor};
      next = x + widths.cursor + grid.spacing;
    }
  }
  if (widths.activity > 0) {
    float x = std::max(next, grid.activity_column);
    if (x + std::min(widths.activity, grid.min_activity) > right) x = next;
    const float room = std::min(widths.activity, right - x);
    if (room >= std::min(widths.activity, grid.min_activity) && room > 0) layout.activity = {x, room};
  }
  return layout;
}

}  // namespace incimap::app
