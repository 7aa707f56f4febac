#pragma once
// The viewer's look: a light theme that sits quietly beside the light
// basemap, and the few colours panels share.

#include <imgui.h>

#include "render/colour.hpp"

namespace incimap::app {

// Applies the theme, scaled for the monitor's content scale.
void apply_ui_style(float content_scale);

namespace ui_colour {
inline constexpr ImU32 kMention = IM_COL32(255, 214, 102, 255);     // the place name in an excerpt
inline constexpr ImU32 kExcerpt = IM_COL32(255, 240, 196, 255);     // the excerpt in a full article
inline constexpr ImU32 kWarning = IM_COL32(176, 96, 0, 255);
inline constexpr ImU32 kError = IM_COL32(190, 30, 30, 255);
inline constexpr ImU32 kMuted = IM_COL32(110, 116, 126, 255);
inline constexpr ImU32 kHistogram = IM_COL32(120, 138, 160, 255);
inline constexpr ImU32 kHistogramSelected = IM_COL32(30, 110, 200, 255);
inline constexpr ImU32 kHistogramBackground = IM_COL32(236, 239, 243, 255);
}  // namespace ui_colour

ImVec4 to_imgui(const render::Rgba& colour) noexcept;
ImU32 to_imgui_u32(const render::Rgba& colour) noexcept;

}  // namespace incimap::app
