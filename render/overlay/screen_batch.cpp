#include "render/overlay/screen_batch.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace incimap::render {
namespace {

std::uint8_t byte_of(float channel) noexcept {
  return std::uint8_t(std::lround(std::clamp(channel, 0.0f, 1.0f) * 255.0f));
}

ScreenVertex vertex(float x, float y, float u, float v, const Rgba& c) noexcept {
  return {x, y, u, v, {byte_of(c.r), byte_of(c.g), byte_of(c.b), byte_of(c.a)}};
}

}  // namespace

void ScreenBatch::add_quad(float x0, float y0, float x1, float y1, float u0, float v0, float u1, float v1,
                           const Rgba& colour) {
  const ScreenVertex a = vertex(x0, y0, u0, v0, colour), b = vertex(x1, y0, u1, v0, colour);
  const ScreenVertex c = vertex(x1, y1, u1, v1, colour), d = vertex(x0, y1, u0, v1, colour);
  vertices_.insert(vertices_.end(), {a, b, c, a, c, d});
}

void ScreenBatch::add_rect(geo::ScreenPoint min, geo::ScreenPoint max, const Rgba& colour) {
  const float u = fonts_.white_u(), v = fonts_.white_v();
  add_quad(float(min.x), float(min.y), float(max.x), float(max.y), u, v, u, v, colour);
}

void ScreenBatch::add_disc(geo::ScreenPoint centre, double radius, const Rgba& colour, int segments) {
  const float u = fonts_.white_u(), v = fonts_.white_v();
  const ScreenVertex middle = vertex(float(centre.x), float(centre.y), u, v, colour);
  for (int i = 0; i < segments; ++i) {
    const double a0 = 2 * std::numbers::pi * i / segments, a1 = 2 * std::numbers::pi * (i + 1) / segments;
    vertices_.push_back(middle);
    vertices_.push_back(
        vertex(float(centre.x + radius * std::cos(a0)), float(centre.y + radius * std::sin(a0)), u, v, colour));
    vertices_.push_back(
        vertex(float(centre.x + radius * std::cos(a1)), float(centre.y + radius * std::sin(a1)), u, v, colour));
  }
}

float ScreenBatch::add_text(FontFace face, geo::ScreenPoint at, std::string_view utf8, const Rgba& colour,
                            TextAlign align) {
  const float width = fonts_.text_width(face, utf8);
  float x = float(at.x);
  if (align == TextAlign::centre) x -= width / 2;
  if (align == TextAlign::right) x -= width;
  // Whole pixels keep glyph edges crisp.
  fonts_.layout(face, utf8, std::round(x), std::round(float(at.y)), [&](const GlyphQuad& q) {
    add_quad(q.x0, q.y0, q.x1, q.y1, q.u0, q.v0, q.u1, q.v1, colour);
  });
  return width;
}

float ScreenBatch::add_text_with_halo(FontFace face, geo::ScreenPoint at, std::string_view utf8, const Rgba& colour,
                                      const Rgba& halo, TextAlign align) {
  constexpr double kOffsets[][2] = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, 1}, {-1, 1}, {1, -1}};
  for (const auto& offset : kOffsets) {
    add_text(face, {at.x + offset[0], at.y + offset[1]}, utf8, halo.with_alpha(halo.a * 0.55f), align);
  }
  return add_text(face, at, utf8, colour, align);
}

}  // namespace incimap::render
