#pragma once
// A framebuffer to draw into without a window: multisampled colour for
// smooth edges, resolved to plain RGBA8 when read back.

#include "geo/projection/screen_point.hpp"
#include "render/gl/gl_object.hpp"
#include "render/image/rgba_image.hpp"

namespace incimap::render {

class OffscreenTarget {
 public:
  // Needs a current context. Throws GlError when the framebuffer is incomplete
  // (for example a size beyond GL_MAX_RENDERBUFFER_SIZE).
  explicit OffscreenTarget(geo::ScreenSize size, int samples = 4);

  geo::ScreenSize size() const noexcept { return size_; }
  // Makes this the draw target with a full-size viewport.
  void bind() const;
  // Resolves the samples and reads the pixels, top row first.
  RgbaImage read_pixels() const;

 private:
  geo::ScreenSize size_;
  GlRenderbuffer multisampled_colour_;
  GlFramebuffer multisampled_;
  GlRenderbuffer resolved_colour_;
  GlFramebuffer resolved_;
};

}  // namespace incimap::render
