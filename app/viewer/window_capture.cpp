#include "app/viewer/window_capture.hpp"

#include <algorithm>

#include "render/gl/gl.hpp"

namespace incimap::app {

render::RgbaImage read_window_pixels(geo::ScreenSize framebuffer) {
  render::RgbaImage image{framebuffer.width, framebuffer.height, {}};
  const std::size_t row = std::size_t(framebuffer.width) * 4;
  image.pixels.resize(row * std::size_t(framebuffer.height));
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, framebuffer.width, framebuffer.height, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
  // GL's rows run bottom-up, PNG's top-down; the window has no alpha to keep.
  for (int y = 0; y < framebuffer.height / 2; ++y) {
    const auto top = image.pixels.begin() + std::ptrdiff_t(row * std::size_t(y));
    const auto bottom = image.pixels.begin() + std::ptrdiff_t(row * std::size_t(framebuffer.height - 1 - y));
    std::swap_ranges(top, top + std::ptrdiff_t(row), bottom);
  }
  for (std::size_t i = 3; i < image.pixels.size(); i += 4) image.pixels[i] = 255;
  return image;
}

}  // namespace incimap::app
