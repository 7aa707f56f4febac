#include "app/viewer/highlighted_text.hpp"

#include <algorithm>
#include <vector>

namespace incimap::app {
namespace {

// Lays out words from `pen`, wrapping between them. A word is placed whole,
// even when the span ends inside it ("Khartoum," keeps its comma on the
// line), so it is drawn in parts, each with its own background.
class Typesetter {
 public:
  Typesetter() : origin_(ImGui::GetCursorScreenPos()), pen_(origin_) {
    right_ = origin_.x + std::max(ImGui::GetContentRegionAvail().x, 40.0f);
    line_height_ = ImGui::GetTextLineHeightWithSpacing();
  }

  struct Part {
    std::string_view text;
    ImU32 colour;  // background; 0 for none
  };

  // Places the word (its trailing space included) on this line or the next.
  // Returns where the word starts.
  ImVec2 word(const Part* parts, std::size_t count) {
    // (the parts of one word, each with its background)
    float width = 0;
    for (std::size_t i = 0; i < count; ++i) width += text_width(parts[i].text);
    if (pen_.x + width > right_ && pen_.x > origin_.x) newline();
    const ImVec2 start = pen_;
    for (std::size_t i = 0; i < count; ++i) draw_part(parts[i]);
    return start;
  }
  void newline() {
    pen_.x = origin_.x;
    pen_.y += line_height_;
  }
  void finish() {
    ImGui::SetCursorScreenPos(origin_);
    ImGui::Dummy({right_ - origin_.x, pen_.y + line_height_ - origin_.y});
  }

 private:
  static float text_width(std::string_view text) {
    return text.empty() ? 0.0f : ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
  }

  void draw_part(const Part& part) {
    if (part.text.empty()) return;
    const float width = text_width(part.text);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (part.colour != 0) {
      const float trailing = part.text.back() == ' ' ? ImGui::CalcTextSize(" ").x : 0.0f;
      draw->AddRectFilled({pen_.x - 1, pen_.y}, {pen_.x + width - trailing + 1, pen_.y + ImGui::GetTextLineHeight()},
                          part.colour, 2.0f);
    }
    draw->AddText(pen_, ImGui::GetColorU32(ImGuiCol_Text), part.text.data(), part.text.data() + part.text.size());
    pen_.x += width;
  }

  ImVec2 origin_;
  ImVec2 pen_;
  float right_ = 0;
  float line_height_ = 0;
};

}  // namespace

std::optional<ImVec2> highlighted_text(std::string_view text, std::span<const TextHighlight> highlights) {
  Typesetter typesetter;
  std::optional<ImVec2> first_at;
  const auto colour_at = [&](std::size_t offset) {
    ImU32 colour = 0;
    for (const TextHighlight& h : highlights) {
      if (offset >= h.span.first && offset < h.span.second) colour = h.colour;
    }
    return colour;
  };
  std::vector<std::size_t> cuts;
  std::vector<Typesetter::Part> parts;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t line_end = std::min(text.find('\n', at), text.size());
    for (std::size_t word = at; word < line_end;) {
      const std::size_t space = text.find(' ', word);
      const std::size_t end = space == std::string_view::npos || space >= line_end ? line_end : space + 1;
      // The word in parts cut where a highlight begins or ends inside it.
      cuts.assign({word, end});
      for (const TextHighlight& h : highlights) {
        for (const std::size_t edge : {h.span.first, h.span.second}) {
          if (edge > word && edge < end) cuts.push_back(edge);
        }
      }
      std::sort(cuts.begin(), cuts.end());
      cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
      parts.clear();
      bool starts_first = false;
      for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        parts.push_back({text.substr(cuts[i], cuts[i + 1] - cuts[i]), colour_at(cuts[i])});
        if (!highlights.empty() && cuts[i + 1] > highlights.front().span.first &&
            cuts[i] < highlights.front().span.second) {
          starts_first = true;
        }
      }
      const ImVec2 start = typesetter.word(parts.data(), parts.size());
      if (starts_first && !first_at) first_at = start;
      word = end;
    }
    if (line_end < text.size()) typesetter.newline();
    at = line_end + 1;
  }
  typesetter.finish();
  return first_at;
}

}  // namespace incimap::app
