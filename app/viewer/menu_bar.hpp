#pragma once
// The main menu (open, export, save image, panels, zoom to fit, help) and
// its dialogs. ImGui has no native file dialog: paths are typed, and files
// can be dropped onto the window instead.

#include "app/viewer/ui_state.hpp"
#include "app/viewer/viewer_commands.hpp"
#include "app/viewer/viewer_model.hpp"

namespace incimap::app {

// `has_user_basemap`: a --basemap was given and read, so the Basemap menu offers it.
void draw_menu_bar(const ViewerModel& model, bool has_user_basemap, UiState& ui, CommandList& commands);
void draw_dialogs(const ViewerModel& model, UiState& ui, CommandList& commands);
// Ctrl+O, Ctrl+E, Ctrl+S, Ctrl+Q, Ctrl+Z, Ctrl+Shift+Z (Ctrl+Y); only when no
// text field has the keyboard.
void handle_menu_shortcuts(const ViewerModel& model, UiState& ui, CommandList& commands);

// Where an export goes unless the user says otherwise: beside the first
// input, named after it.
std::string default_export_path(const ViewerModel& model, const char* suffix);

}  // namespace incimap::app
