#pragma once
// Wrapped text with one span marked by a background colour: the place
// mention inside an excerpt, the excerpt inside a full article. ImGui's own
// wrapped text cannot colour part of a line.

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include <imgui.h>

namespace incimap::app {

// Byte offsets into the text, [first, second).
using TextSpan = std::pair<std::size_t, std::size_t>;

// Lays the text out word by word within the current content width.
// Precondition: the span lies inside the text on UTF-8 character boundaries.
// Returns the screen position of the span's first line, for scrolling to it.
std::optional<ImVec2> highlighted_text(std::string_view text, const std::optional<TextSpan>& span, ImU32 colour);

}  // namespace incimap::app
