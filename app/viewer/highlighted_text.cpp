#include "app/viewer/highlighted_text.hpp"

#include <algorithm>

namespace incimap::app {
namespace {

// Lays out one run of text (no newlines) from `pen`, wrapping at words.
class Typesetter {
 public:
  Typesetter() : origin_(ImGui::GetCursorScreenPos()), pen_(origin_) {
    right_ = origin_.x + std::max(ImGui::GetContentRegionAvail().x, 40.0f);
    line_height_ = ImGui::GetTextLineHeightWithSpacing();
  }

  // Draws `run`, its background filled with `colour` when nonzero.
  void run(std::string_view run, ImU32 colour) {
    while (!run.empty()) {
      std::size_t end = run.find(' ');
      end = end == std::string_view::npos ? run.size() : end + 1;  // the word with its trailing space
      word(run.substr(0, end), colour);
      run.remove_prefix(end);
    }
  }
  void newline() {
    pen_.x = origin_.x;
    pen_.y += line_height_;
  }
  void finish() {
    ImGui::SetCursorScreenPos(origin_);
    ImGui::Dummy({right_ - origin_.x, pen_.y + line_height_ - origin_.y});
  }
  ImVec2 pen() const noexcept { return pen_; }

 private:
  void word(std::string_view word, ImU32 colour) {
    const char* begin = word.data();
    const char* end = word.data() + word.size();
    const float width = ImGui::CalcTextSize(begin, end).x;
    if (pen_.x + width > right_ && pen_.x > origin_.x) newline();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (colour != 0) {
      const float trailing = word.back() == ' ' ? ImGui::CalcTextSize(" ").x : 0.0f;
      draw->AddRectFilled({pen_.x - 1, pen_.y}, {pen_.x + width - trailing + 1, pen_.y + ImGui::GetTextLineHeight()},
                          colour, 2.0f);
    }
    draw->AddText(pen_, ImGui::GetColorU32(ImGuiCol_Text), begin, end);
    pen_.x += width;
  }

  ImVec2 origin_;
  ImVec2 pen_;
  float right_ = 0;
  float line_height_ = 0;
};

}  // namespace

std::optional<ImVec2> highlighted_text(std::string_view text, const std::optional<TextSpan>& span, ImU32 colour) {
  Typesetter typesetter;
  std::optional<ImVec2> span_at;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t line_end = std::min(text.find('\n', at), text.size());
    std::size_t cursor = at;
    while (cursor < line_end) {
      // Split the line where the span starts and ends.
      std::size_t next = line_end;
      bool inside = false;
      if (span && span->first < span->second) {
        if (cursor < span->first) {
          next = std::min(line_end, span->first);
        } else if (cursor < span->second) {
          next = std::min(line_end, span->second);
          inside = true;
        }
      }
      if (inside && !span_at) span_at = typesetter.pen();
      typesetter.run(text.substr(cursor, next - cursor), inside ? colour : 0);
      cursor = next;
    }
    if (line_end < text.size()) typesetter.newline();
    at = line_end + 1;
  }
  typesetter.finish();
  return span_at;
}

}  // namespace incimap::app
