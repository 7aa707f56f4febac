#pragma once
// Panels in the window: their names, and where each goes before it is
// drawn. The first time a panel opens it takes its place in the docked
// layout (dock_layout.hpp); after that the user may move it (imgui.ini
// remembers where), and when the window changes size every panel follows
// the edges it is docked to. View > Reset layout puts all back.

#include <optional>

#include <imgui.h>

#include "app/viewer/dock_layout.hpp"

namespace incimap::app {

inline constexpr const char* kLayersWindow = "Layers";
inline constexpr const char* kFiltersWindow = "Filters";
inline constexpr const char* kDetailsWindow = "Details";
inline constexpr const char* kTableWindow = "Incidents";
// The table's title carries its row count; its window is found by this id.
inline constexpr const char* kTableWindowId = "###Incidents";
inline constexpr const char* kMessagesWindow = "Messages";
inline constexpr const char* kArticleWindow = "Source article";
inline constexpr const char* kStatusWindow = "##status";

// The ImGui window id of a panel.
const char* panel_window_id(Panel panel) noexcept;

// The work area panels share this frame (ImGui pixels).
WorkArea panel_work_area();

// Sets the next window's position and size for `panel`: its default place
// the first time or after a reset, a reflow when the window changed size
// since it was last placed, nothing otherwise (the user's place stands).
void place_next_panel(Panel panel, PanelDocking& docking);

// Height in pixels of the status bar along the bottom edge.
float status_bar_height();

}  // namespace incimap::app
