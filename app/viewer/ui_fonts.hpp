#pragma once
// The UI's fonts: DejaVu Sans (fonts-dejavu-core) regular and bold, with
// Latin, Greek, Cyrillic and Arabic glyphs so place names and excerpts in
// those scripts show as letters, sized for the monitor's content scale.
// ImGui does no shaping or bidi: Arabic shows isolated letter forms.

#include <imgui.h>

namespace incimap::app {

// Base size in pixels at content scale 1.
inline constexpr float kUiFontPixels = 15.0f;

class UiFonts {
 public:
  // Needs a current ImGui context; adds the fonts to its atlas. Falls back
  // to ImGui's built-in font (ASCII only) when DejaVu is not installed.
  explicit UiFonts(float content_scale);
  UiFonts(const UiFonts&) = delete;
  UiFonts& operator=(const UiFonts&) = delete;

  ImFont* regular() const noexcept { return regular_; }
  ImFont* bold() const noexcept { return bold_; }
  ImFont* large() const noexcept { return large_; }  // panel headings
  bool has_dejavu() const noexcept { return has_dejavu_; }

 private:
  ImVector<ImWchar> ranges_;  // the atlas reads it when it is built: keep it alive
  ImFont* regular_ = nullptr;
  ImFont* bold_ = nullptr;
  ImFont* large_ = nullptr;
  bool has_dejavu_ = false;
};

}  // namespace incimap::app
