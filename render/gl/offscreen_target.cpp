#include "render/gl/offscreen_target.hpp"

#include <cstring>
#include <string>

namespace incimap::render {
namespace {

void attach_colour(const GlFramebuffer& framebuffer, const GlRenderbuffer& colour, geo::ScreenSize size,
                   int samples) {
  glBindRenderbuffer(GL_RENDERBUFFER, colour.get().id);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, size.width, size.height);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer.get().id);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour.get().id);
  if (const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER); status != GL_FRAMEBUFFER_COMPLETE) {
    throw GlError("offscreen framebuffer of " + std::to_string(size.width) + "x" + std::to_string(size.height) +
                  " pixels is incomplete (status " + std::to_string(status) + ")");
  }
}

}  // namespace

OffscreenTarget::OffscreenTarget(geo::ScreenSize size, int samples)
    : size_(size),
      multisampled_colour_(make_renderbuffer()),
      multisampled_(make_framebuffer()),
      resolved_colour_(make_renderbuffer()),
      resolved_(make_framebuffer()) {
  attach_colour(multisampled_, multisampled_colour_, size, samples);
  attach_colour(resolved_, resolved_colour_, size, 0);
  bind();
}

void OffscreenTarget::bind() const {
  glBindFramebuffer(GL_FRAMEBUFFER, multisampled_.get().id);
  glViewport(0, 0, size_.width, size_.height);
}

RgbaImage OffscreenTarget::read_pixels() const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, multisampled_.get().id);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolved_.get().id);
  glBlitFramebuffer(0, 0, size_.width, size_.height, 0, 0, size_.width, size_.height, GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolved_.get().id);
  RgbaImage image{size_.width, size_.height, {}};
  const std::size_t row = std::size_t(size_.width) * 4;
  std::vector<std::uint8_t> bottom_up(row * std::size_t(size_.height));
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, size_.width, size_.height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
  image.pixels.resize(bottom_up.size());
  for (int y = 0; y < size_.height; ++y) {
    std::memcpy(&image.pixels[std::size_t(y) * row], &bottom_up[std::size_t(size_.height - 1 - y) * row], row);
  }
  bind();
  return image;
}

}  // namespace incimap::render
