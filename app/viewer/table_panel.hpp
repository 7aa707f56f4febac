#pragma once
// The incident table: the shown incidents (same filters and layers as the
// map), sortable by any column; a row click selects the incident and flies
// to its marker.

#include "app/viewer/ui_state.hpp"
#include "app/viewer/viewer_commands.hpp"
#include "app/viewer/viewer_model.hpp"

namespace incimap::app {

void draw_table_panel(const ViewerModel& model, UiState& ui, CommandList& commands);

}  // namespace incimap::app
