#include "app/viewer/ui_fonts.hpp"

#include <string>

#include "render/text/font_atlas.hpp"

namespace incimap::app {
namespace {

// Beyond ImGui's default Latin-1: Latin Extended A/B and Additional and the
// modifier letters of transliterations (Polish, Turkish, Vietnamese, Arabic
// names in GeoNames' romanisation: "Al Ḩudaydah", "ʿAdan"), Greek, Arabic and its presentation forms, general
// punctuation (dashes, quotes), arrows, maths signs (≥) and shapes.
constexpr ImWchar kExtraRanges[] = {
    0x0100, 0x02FF, 0x0370, 0x03FF, 0x1E00, 0x1EFF, 0x0600, 0x06FF, 0x0750, 0x077F, 0x2000, 0x206F, 0x2190,
    0x22FF, 0x25A0, 0x25FF, 0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0,
};

}  // namespace

UiFonts::UiFonts(float content_scale) {
  ImGuiIO& io = ImGui::GetIO();
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
  builder.AddRanges(io.Fonts->GetGlyphRangesCyrillic());
  builder.AddRanges(kExtraRanges);
  builder.BuildRanges(&ranges_);

  const std::string regular_file = render::ui_font_file(false).string();
  const std::string bold_file = render::ui_font_file(true).string();
  const float size = kUiFontPixels * content_scale;
  ImFontConfig config;
  // Exact pixel glyphs on whole pixels: crisp, and drawn with nearest sampling.
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  if (!regular_file.empty()) {
    regular_ = io.Fonts->AddFontFromFileTTF(regular_file.c_str(), size, &config, ranges_.Data);
    const std::string& heavy = bold_file.empty() ? regular_file : bold_file;
    bold_ = io.Fonts->AddFontFromFileTTF(heavy.c_str(), size, &config, ranges_.Data);
    large_ = io.Fonts->AddFontFromFileTTF(heavy.c_str(), size * 1.2f, &config, ranges_.Data);
  }
  has_dejavu_ = regular_ && bold_ && large_;
  if (!has_dejavu_) {
    ImFontConfig fallback;
    fallback.SizePixels = 13.0f * content_scale;
    regular_ = bold_ = large_ = io.Fonts->AddFontDefault(&fallback);
  }
  io.FontDefault = regular_;
}

}  // namespace incimap::app
