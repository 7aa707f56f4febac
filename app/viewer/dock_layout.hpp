#pragma once
// Panels docked to the window's edges: where each panel opens for a work
// area, and how a panel follows the window when it changes size. Pure
// geometry in ImGui pixels, so that it is tested without a window.

#include <array>
#include <cstdint>
#include <optional>

namespace incimap::app {

enum class Panel : std::uint8_t { layers, filters, details, table, messages, article };
inline constexpr int kPanelCount = 6;

// A rectangle in ImGui pixels (not framebuffer pixels on HiDPI).
struct PanelBox {
  float x = 0, y = 0, width = 0, height = 0;
  constexpr float right() const noexcept { return x + width; }
  constexpr float bottom() const noexcept { return y + height; }
  constexpr bool operator==(const PanelBox&) const noexcept = default;
};

// The part of the window panels may use: below the menu bar, above the
// status bar.
using WorkArea = PanelBox;

// The default layout: layers over filters down the left edge, the table
// along the bottom, details at the top right above the table, so the map
// keeps the middle. Column widths and the table's height follow the window
// within bounds, so 900x600 and 1920x1080 both leave a usable map.
// `scale`: ImGui pixels per 96-dpi pixel (the font's scale).
PanelBox default_panel_box(Panel panel, const WorkArea& area, float scale);

// Where a panel laid out for `from` goes when the work area becomes `to`:
// an edge near an edge of `from` (docked there) keeps its distance to that
// edge; any other edge keeps its proportional position, so panels stacked
// along a side keep sharing it. The result lies inside `to` and is at least
// a minimum size (smaller only when `to` itself is).
PanelBox reflow_panel_box(const PanelBox& box, const WorkArea& from, const WorkArea& to, float scale);

// The scale panels are laid out at in `area`: the font's `scale`, lowered
// when the area is smaller than the smallest layout at that scale (a window
// made very small, or a small one on a 2x screen), so that the panels still
// share it without overlapping; their contents scroll instead.
float layout_scale_for(const WorkArea& area, float scale);

// What placing panels remembers between frames (panel_layout.hpp places them).
struct PanelDocking {
  // The work area each panel was last placed for; none before its first frame.
  std::array<std::optional<WorkArea>, kPanelCount> placed_for;
  // The work area the panels imgui.ini remembers were laid out for (an
  // earlier run's window), so that they follow the window to this run's size.
  std::optional<WorkArea> remembered_for;
  // The work area of the last panel placed: what imgui.ini will remember.
  std::optional<WorkArea> last_area;
  // Set by View > Reset layout: the panel goes to its default place next time it is drawn.
  std::array<bool, kPanelCount> reset{};
  void reset_all() noexcept { reset.fill(true); }
};

// `box` moved (then shrunk) to lie inside `area`: a panel remembered from a
// larger window is not left outside a smaller one.
PanelBox fit_panel_box(const PanelBox& box, const WorkArea& area, float scale);

}  // namespace incimap::app
