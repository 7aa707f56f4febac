#include <stb_image.h>
#include <stb_image_write.h>

#include <memory>
#include <stdexcept>

#include "render/image/rgba_image.hpp"

namespace incimap::render {
namespace {

struct StbiFree {
  void operator()(stbi_uc* pixels) const noexcept { stbi_image_free(pixels); }
};

}  // namespace

void write_png(const std::string& path, const RgbaImage& image) {
  if (!stbi_write_png(path.c_str(), image.width, image.height, 4, image.pixels.data(), image.width * 4)) {
    throw std::runtime_error(path + ": cannot write the PNG file");
  }
}

RgbaImage read_png(const std::string& path) {
  int width = 0, height = 0, channels = 0;
  const std::unique_ptr<stbi_uc, StbiFree> pixels(stbi_load(path.c_str(), &width, &height, &channels, 4));
  if (!pixels) throw std::runtime_error(path + ": not a readable image (" + stbi_failure_reason() + ")");
  RgbaImage image{width, height, {}};
  image.pixels.assign(pixels.get(), pixels.get() + std::size_t(width) * std::size_t(height) * 4);
  return image;
}

}  // namespace incimap::render
