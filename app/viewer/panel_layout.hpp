#pragma once
// Where panels open the first time (imgui.ini remembers where the user
// moved them): layers and filters down the left edge, the incident table
// along the bottom, details (while something is selected) at the top
// right, so the map keeps the middle.

#include <cstdint>

#include <imgui.h>

namespace incimap::app {

enum class Panel : std::uint8_t { layers, filters, details, table, messages, article };

inline constexpr const char* kLayersWindow = "Layers";
inline constexpr const char* kFiltersWindow = "Filters";
inline constexpr const char* kDetailsWindow = "Details";
inline constexpr const char* kTableWindow = "Incidents";
// The table's title carries its row count; its window is found by this id.
inline constexpr const char* kTableWindowId = "###Incidents";
inline constexpr const char* kMessagesWindow = "Messages";
inline constexpr const char* kArticleWindow = "Source article";
inline constexpr const char* kStatusWindow = "##status";

// Sets the next window's first-use position and size for `panel`.
void place_next_panel(Panel panel);

// Height in pixels of the status bar along the bottom edge.
float status_bar_height();

}  // namespace incimap::app
