#pragma once
// Where the status bar's texts go so that they never overlap at any window
// width: the incident count at the left, the attribution at the right, the
// cursor's coordinates and the activity (task progress or latest message)
// between, the activity cut to the room left and the coordinates dropped
// when even they do not fit. Pure geometry, in the bar's own pixels.

namespace incimap::app {

struct StatusSegment {
  float x = 0;
  float width = 0;  // 0 when not shown
  bool shown() const noexcept { return width > 0; }
};

struct StatusLayout {
  StatusSegment count, cursor, activity, attribution;
};

struct StatusWidths {
  float count = 0, cursor = 0, activity = 0, attribution = 0;  // what each text needs
};

// `padding`: at both ends; `spacing`: between neighbours; `cursor_column`
// and `activity_column`: where those texts start when there is room (they
// stay put as the count changes); `min_activity`: narrower than this the
// activity is not shown.
struct StatusGrid {
  float padding = 0, spacing = 0, cursor_column = 0, activity_column = 0, min_activity = 0;
};

StatusLayout layout_status_bar(float bar_width, const StatusWidths& widths, const StatusGrid& grid);

}  // namespace incimap::app
