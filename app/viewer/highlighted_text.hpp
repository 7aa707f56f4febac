#pragma once
// Wrapped text with spans marked by background colours: the place mention
// inside an excerpt; the excerpt, and the mention within it, inside a full
// article. ImGui's own wrapped text cannot colour part of a line.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

#include <imgui.h>

namespace incimap::app {

// Byte offsets into the text, [first, second).
using TextSpan = std::pair<std::size_t, std::size_t>;

struct TextHighlight {
  TextSpan span;
  ImU32 colour = 0;
};

// Lays the text out word by word within the current content width; where
// highlights overlap, the later one shows. Precondition: spans lie inside
// the text on UTF-8 character boundaries. Returns the screen position of the
// first highlight's first line, for scrolling to it.
std::optional<ImVec2> highlighted_text(std::string_view text, std::span<const TextHighlight> highlights);

}  // namespace incimap::app
