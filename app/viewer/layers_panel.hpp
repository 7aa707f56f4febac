#pragma once
// The layers panel: how markers are grouped (event type, source, country,
// month) and, per layer, a visibility toggle, its colour and its counts.

#include "app/viewer/ui_state.hpp"
#include "app/viewer/viewer_commands.hpp"
#include "app/viewer/viewer_model.hpp"

namespace incimap::app {

void draw_layers_panel(const ViewerModel& model, UiState& ui, CommandList& commands);

}  // namespace incimap::app
