#pragma once
// The filters panel: search text, event type, country, minimum geocode
// confidence, and the date range over a histogram of incidents per day or
// week, with playback that steps the range through time.

#include "app/viewer/ui_state.hpp"
#include "app/viewer/viewer_commands.hpp"
#include "app/viewer/viewer_model.hpp"

namespace incimap::app {

void draw_filters_panel(const ViewerModel& model, UiState& ui, CommandList& commands);

}  // namespace incimap::app
