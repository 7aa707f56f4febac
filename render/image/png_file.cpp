#include <stb_image.h>
#include <stb_image_write.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

#include "render/image/rgba_image.hpp"

namespace incimap::render {
namespace {

struct StreamSink {
  std::FILE* file;
  bool failed = false;
};

void write_to_stream(void* context, void* data, int size) {
  auto& sink = *static_cast<StreamSink*>(context);
  if (!sink.failed && std::fwrite(data, 1, std::size_t(size), sink.file) != std::size_t(size)) sink.failed = true;
}

struct StbiFree {
  void operator()(stbi_uc* pixels) const noexcept { stbi_image_free(pixels); }
};

}  // namespace

void write_png(const std::string& path, const RgbaImage& image) {
  if (!stbi_write_png(path.c_str(), image.width, image.height, 4, image.pixels.data(), image.width * 4)) {
    throw std::runtime_error(path + ": cannot write the PNG file");
  }
}

void write_png(std::FILE* file, const std::string& name, const RgbaImage& image) {
  StreamSink sink{file};
  const int encoded =
      stbi_write_png_to_func(write_to_stream, &sink, image.width, image.height, 4, image.pixels.data(), image.width * 4);
  if (!encoded || sink.failed || std::fflush(file) != 0) throw std::runtime_error(name + ": cannot write the PNG");
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
