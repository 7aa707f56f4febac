#pragma once
// The date-range control: a histogram of incidents per day (or week) with
// the selected range lit; dragging across it selects a range.

#include <optional>

#include "app/viewer/timeline.hpp"

namespace incimap::app {

enum class RangeEdit : std::uint8_t { none, changed };

// Draws at the cursor, full width, `height` pixels tall. Writes a dragged
// selection into `range`.
RangeEdit timeline_histogram(const Timeline& timeline, std::optional<DayRange>& range, float height);

}  // namespace incimap::app
