#include "render/text/font_atlas.hpp"

#include <stb_rect_pack.h>
#include <stb_truetype.h>

#include <array>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>

#include "geo/text/encoding.hpp"

namespace incimap::render {
namespace {

struct CodeRange {
  int first;
  int count;
};
// Latin-1 + Latin Extended-A and -B, Greek, Cyrillic, Arabic, and Latin
// Extended Additional, which GeoNames' romanised names use ("Al Ḩillah").
constexpr std::array<CodeRange, 5> kRanges = {
    {{0x20, 0x230}, {0x370, 0x90}, {0x400, 0x100}, {0x600, 0x100}, {0x1E00, 0x100}}};
constexpr int kPackedHeight = 2048;
constexpr int kWhiteRows = 2;  // below the packed glyphs, fully opaque

std::vector<unsigned char> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot read the font file");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

struct FontAtlas::Face {
  float pixel_height = 0;
  float ascent = 0;
  std::array<std::vector<stbtt_packedchar>, kRanges.size()> glyphs;
};

std::filesystem::path ui_font_file(bool bold) {
  const char* regular[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                           "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"};
  const char* heavy[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                         "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
                         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"};
  for (const char* candidate : bold ? std::span<const char* const>(heavy) : std::span<const char* const>(regular)) {
    if (std::filesystem::exists(candidate)) return candidate;
  }
  return {};
}

FontAtlas::FontAtlas(float scale) {
  struct Spec {
    bool bold;
    float size;
  };
  // Indexed by FontFace.
  const std::array<Spec, 3> specs = {{{false, 13.0f * scale}, {true, 11.5f * scale}, {true, 14.0f * scale}}};
  std::array<std::vector<unsigned char>, 2> files;
  for (const bool bold : {false, true}) {
    const auto path = ui_font_file(bold);
    if (path.empty()) throw std::runtime_error("no UI font installed (install fonts-dejavu-core)");
    files[bold ? 1 : 0] = read_file(path);
  }
  height_ = kPackedHeight + kWhiteRows;
  alpha_.assign(std::size_t(width_) * std::size_t(height_), 0);
  stbtt_pack_context pack;
  if (!stbtt_PackBegin(&pack, alpha_.data(), width_, kPackedHeight, width_, 1, nullptr)) {
    throw std::runtime_error("cannot start packing the font atlas");
  }
  stbtt_PackSetOversampling(&pack, 2, 1);
  for (const Spec& spec : specs) {
    Face face;
    face.pixel_height = spec.size;
    const auto& file = files[spec.bold ? 1 : 0];
    std::array<stbtt_pack_range, kRanges.size()> ranges{};
    for (std::size_t r = 0; r < kRanges.size(); ++r) {
      face.glyphs[r].resize(std::size_t(kRanges[r].count));
      ranges[r].font_size = spec.size;
      ranges[r].first_unicode_codepoint_in_range = kRanges[r].first;
      ranges[r].num_chars = kRanges[r].count;
      ranges[r].chardata_for_range = face.glyphs[r].data();
    }
    stbtt_PackFontRanges(&pack, file.data(), 0, ranges.data(), int(ranges.size()));
    stbtt_fontinfo info;
    if (stbtt_InitFont(&info, file.data(), stbtt_GetFontOffsetForIndex(file.data(), 0))) {
      int ascent = 0, descent = 0, gap = 0;
      stbtt_GetFontVMetrics(&info, &ascent, &descent, &gap);
      face.ascent = float(ascent) * stbtt_ScaleForPixelHeight(&info, spec.size);
    }
    faces_.push_back(std::move(face));
  }
  stbtt_PackEnd(&pack);
  std::fill(alpha_.end() - std::ptrdiff_t(width_) * kWhiteRows, alpha_.end(), std::uint8_t(255));
}

FontAtlas::~FontAtlas() = default;

float FontAtlas::white_u() const noexcept { return 0.5f / float(width_); }
float FontAtlas::white_v() const noexcept { return (float(kPackedHeight) + 1.0f) / float(height_); }

float FontAtlas::pixel_height(FontFace face) const noexcept { return faces_[std::size_t(face)].pixel_height; }
float FontAtlas::ascent(FontFace face) const noexcept { return faces_[std::size_t(face)].ascent; }

float FontAtlas::layout(FontFace face, std::string_view utf8, float x, float y,
                        const std::function<void(const GlyphQuad&)>& emit) const {
  const Face& f = faces_[std::size_t(face)];
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const char32_t code = geo::next_code_point(utf8, pos);
    std::size_t range = 0;
    int offset = '?' - kRanges[0].first;  // for letters the atlas lacks
    for (std::size_t r = 0; r < kRanges.size(); ++r) {
      const auto in_range = std::int64_t(code) - kRanges[r].first;
      if (in_range >= 0 && in_range < kRanges[r].count) {
        range = r;
        offset = int(in_range);
        break;
      }
    }
    stbtt_aligned_quad q;
    float pen_y = y;
    stbtt_GetPackedQuad(f.glyphs[range].data(), width_, height_, offset, &x, &pen_y, &q, 0);
    emit({q.x0, q.y0, q.x1, q.y1, q.s0, q.t0, q.s1, q.t1});
  }
  return x;
}

float FontAtlas::text_width(FontFace face, std::string_view utf8) const {
  return layout(face, utf8, 0, 0, [](const GlyphQuad&) {});
}

}  // namespace incimap::render
