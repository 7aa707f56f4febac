#pragma once
// Flat shapes and text in screen pixels (labels, counts, the legend),
// collected on the CPU and drawn in one call with the font atlas texture.

#include <cstdint>
#include <string_view>
#include <vector>

#include "geo/projection/screen_point.hpp"
#include "render/colour.hpp"
#include "render/text/font_atlas.hpp"

namespace incimap::render {

struct ScreenVertex {
  float x, y;             // pixels, y down
  float u, v;             // font atlas coordinates
  std::uint8_t rgba[4];   // straight alpha
};

enum class TextAlign { left, centre, right };

class ScreenBatch {
 public:
  explicit ScreenBatch(const FontAtlas& fonts) : fonts_(fonts) {}

  const FontAtlas& fonts() const noexcept { return fonts_; }
  const std::vector<ScreenVertex>& vertices() const noexcept { return vertices_; }
  void clear() noexcept { vertices_.clear(); }

  void add_rect(geo::ScreenPoint min, geo::ScreenPoint max, const Rgba& colour);
  void add_disc(geo::ScreenPoint centre, double radius, const Rgba& colour, int segments = 24);
  // `at` is on the baseline; returns the text's width in pixels.
  float add_text(FontFace face, geo::ScreenPoint at, std::string_view utf8, const Rgba& colour,
                 TextAlign align = TextAlign::left);
  // Text with a soft outline in `halo` so it reads over any background.
  float add_text_with_halo(FontFace face, geo::ScreenPoint at, std::string_view utf8, const Rgba& colour,
                           const Rgba& halo, TextAlign align = TextAlign::left);

 private:
  void add_quad(float x0, float y0, float x1, float y1, float u0, float v0, float u1, float v1, const Rgba& colour);

  const FontAtlas& fonts_;
  std::vector<ScreenVertex> vertices_;
};

}  // namespace incimap::render
