#pragma once
// The source article of the selected incident in full, read from its file
// on request, with the incident's excerpt marked and scrolled into view.

#include "app/viewer/ui_state.hpp"
#include "app/viewer/viewer_model.hpp"

namespace incimap::app {

void draw_article_panel(const ViewerModel& model, UiState& ui);

}  // namespace incimap::app
