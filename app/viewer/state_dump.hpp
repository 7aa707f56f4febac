#pragma once
// The viewer's state as JSON (--dump-state, the script's dump-state): what
// a user would see, in a form tests can assert on.

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "app/viewer/map_view.hpp"
#include "app/viewer/ui_state.hpp"
#include "app/viewer/viewer_model.hpp"

namespace incimap::app {

// A panel's window in framebuffer pixels.
struct PanelRect {
  double x = 0, y = 0, width = 0, height = 0;
};

struct ViewerSnapshot {
  const ViewerModel& model;
  const MapView& view;
  const UiState& ui;
  std::map<std::string, PanelRect> panels;  // open panels by window name
  geo::ScreenSize framebuffer;
  PanelRect status_bar;  // the status bar's window
  double ui_scale = 1;   // framebuffer pixels per ImGui pixel
};

nlohmann::ordered_json viewer_state_json(const ViewerSnapshot& snapshot);

// Throws std::runtime_error naming the path when it cannot be written.
void write_viewer_state(const std::string& path, const ViewerSnapshot& snapshot);

}  // namespace incimap::app
