#pragma once
// The strip along the bottom: counts, the cursor's coordinates, the running
// task's progress bar, the latest message, and the data attribution the
// licences ask for.

#include <optional>

#include "app/viewer/task_runner.hpp"
#include "app/viewer/ui_state.hpp"
#include "app/viewer/viewer_commands.hpp"
#include "app/viewer/viewer_model.hpp"
#include "geo/base/lonlat.hpp"

namespace incimap::app {

void draw_status_bar(const ViewerModel& model, const std::optional<TaskRunner::Status>& task,
                     const std::optional<geo::LonLat>& cursor, UiState& ui);

// The log of load failures, exports and saves.
void draw_messages_panel(const ViewerModel& model, UiState& ui, CommandList& commands);

}  // namespace incimap::app
