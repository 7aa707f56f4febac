#pragma once
// Glyphs of the UI font (DejaVu Sans from fonts-dejavu-core, or Noto Sans)
// rasterised once into one alpha texture: Latin, Greek, Cyrillic and Arabic
// letters, at the few sizes the map uses. No shaping: Arabic draws isolated forms.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

namespace incimap::render {

enum class FontFace { label, label_bold, title };

struct GlyphQuad {
  float x0, y0, x1, y1;  // pixels, y down
  float u0, v0, u1, v1;  // atlas texture coordinates
};

class FontAtlas {
 public:
  // `scale` multiplies every pixel size (HiDPI). Throws std::runtime_error
  // when no font file is installed.
  explicit FontAtlas(float scale = 1.0f);
  ~FontAtlas();
  FontAtlas(const FontAtlas&) = delete;
  FontAtlas& operator=(const FontAtlas&) = delete;

  int width() const noexcept { return width_; }
  int height() const noexcept { return height_; }
  const std::vector<std::uint8_t>& alpha() const noexcept { return alpha_; }
  // A texel that is fully opaque: flat shapes share the text texture.
  float white_u() const noexcept;
  float white_v() const noexcept;

  float pixel_height(FontFace face) const noexcept;
  float ascent(FontFace face) const noexcept;  // pixels above the baseline
  float text_width(FontFace face, std::string_view utf8) const;
  // Calls emit for each glyph of `utf8` starting at `x` on baseline `y`;
  // returns the pen position after the last glyph.
  float layout(FontFace face, std::string_view utf8, float x, float y,
              const std::function<void(const GlyphQuad&)>& emit) const;

 private:
  struct Face;
  std::vector<Face> faces_;
  std::vector<std::uint8_t> alpha_;
  int width_ = 1024;
  int height_ = 0;
};

// The first installed UI font file: DejaVu Sans (or Bold), then Noto Sans.
// Empty when none is installed.
std::filesystem::path ui_font_file(bool bold);

}  // namespace incimap::render
