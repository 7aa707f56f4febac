// The golden image comparison: noise of the kind llvmpipe and font
// antialiasing make passes, changes a user would notice fail.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <random>
#include <string>

#include <unistd.h>

#include "tests/support/golden_png.hpp"
#include "tests/support/image_diff.hpp"

namespace incimap::test_support {
namespace {

namespace fs = std::filesystem;
using Pixel = std::array<std::uint8_t, 4>;

constexpr int kWidth = 640, kHeight = 400;
constexpr Pixel kLand{0xF4, 0xF1, 0xEA, 255};
constexpr Pixel kMarker{0xC6, 0x28, 0x28, 255};
constexpr Pixel kInk{0x2B, 0x2F, 0x36, 255};

render::RgbaImage filled(Pixel colour) {
  render::RgbaImage image{kWidth, kHeight, {}};
  for (int i = 0; i < kWidth * kHeight; ++i) image.pixels.insert(image.pixels.end(), colour.begin(), colour.end());
  return image;
}

void set(render::RgbaImage& image, int x, int y, Pixel colour) {
  const std::size_t i = (std::size_t(y) * kWidth + std::size_t(x)) * 4;
  for (std::size_t c = 0; c < 4; ++c) image.pixels[i + c] = colour[c];
}

// An antialiased disc, coverage from 4x4 samples a pixel, as a marker is drawn.
void disc(render::RgbaImage& image, double cx, double cy, double radius, Pixel colour) {
  for (int y = int(cy - radius) - 1; y <= int(cy + radius) + 1; ++y) {
    for (int x = int(cx - radius) - 1; x <= int(cx + radius) + 1; ++x) {
      int inside = 0;
      for (int s = 0; s < 16; ++s) {
        const double dx = x + (s % 4 + 0.5) / 4 - cx, dy = y + (s / 4 + 0.5) / 4 - cy;
        inside += dx * dx + dy * dy <= radius * radius;
      }
      const Pixel under = image.at(x, y);
      Pixel mixed{};
      for (std::size_t c = 0; c < 3; ++c) {
        mixed[c] = std::uint8_t(std::lround(under[c] + (colour[c] - under[c]) * inside / 16.0));
      }
      mixed[3] = 255;
      set(image, x, y, mixed);
    }
  }
}

// A legend-like box: a panel with rows of "text" strokes.
void legend(render::RgbaImage& image) {
  for (int y = 300; y < 390; ++y) {
    for (int x = 10; x < 170; ++x) {
      const bool stroke = (y - 300) % 14 < 2 && x > 30 && x < 150;
      set(image, x, y, stroke ? kInk : Pixel{255, 255, 255, 255});
    }
  }
}

render::RgbaImage map_with_marker_at(double x, double y) {
  render::RgbaImage image = filled(kLand);
  legend(image);
  disc(image, x, y, 8, kMarker);
  disc(image, 500, 120, 12, kMarker);
  return image;
}

TEST(ImageDiff, IdenticalImagesMatch) {
  const auto image = map_with_marker_at(200.5, 150.5);
  const ImageDiff diff = compare_images(image, image);
  EXPECT_TRUE(diff.within_tolerance);
  EXPECT_EQ(diff.differing_pixels, 0);
  EXPECT_EQ(diff.max_channel_delta, 0);
}

TEST(ImageDiff, ASubpixelShiftOfTheEdgesPasses) {
  // What another rasteriser's rounding does: edges move by a fraction of a pixel.
  const ImageDiff diff = compare_images(map_with_marker_at(200.5, 150.5), map_with_marker_at(200.9, 150.2));
  EXPECT_GT(diff.max_channel_delta, 0) << "the test must change something";
  EXPECT_TRUE(diff.within_tolerance) << diff.summary({});
}

TEST(ImageDiff, LowNoiseEverywherePasses) {
  render::RgbaImage noisy = map_with_marker_at(200.5, 150.5);
  std::mt19937 random(7);
  std::uniform_int_distribution<int> delta(-3, 3);
  for (std::size_t i = 0; i < noisy.pixels.size(); ++i) {
    if (i % 4 != 3) noisy.pixels[i] = std::uint8_t(std::clamp(noisy.pixels[i] + delta(random), 0, 255));
  }
  const ImageDiff diff = compare_images(map_with_marker_at(200.5, 150.5), noisy);
  EXPECT_TRUE(diff.within_tolerance) << diff.summary({});
}

TEST(ImageDiff, AMarkerMovedTenPixelsFailsThoughFewPixelsChanged) {
  const ImageDiff diff = compare_images(map_with_marker_at(200.5, 150.5), map_with_marker_at(210.5, 150.5));
  EXPECT_FALSE(diff.within_tolerance);
  // The pixel count alone would let it through: the coarse comparison catches it.
  EXPECT_LT(diff.differing_fraction, ImageTolerance{}.differing_fraction) << diff.summary({});
  EXPECT_GT(diff.blocks_over, 0);
}

TEST(ImageDiff, AMarkerMovedTwoPixelsFails) {
  const ImageDiff diff = compare_images(map_with_marker_at(200.5, 150.5), map_with_marker_at(202.5, 150.5));
  EXPECT_FALSE(diff.within_tolerance) << diff.summary({});
}

TEST(ImageDiff, AMissingLegendFails) {
  render::RgbaImage without = filled(kLand);
  disc(without, 200.5, 150.5, 8, kMarker);
  disc(without, 500, 120, 12, kMarker);
  const ImageDiff diff = compare_images(map_with_marker_at(200.5, 150.5), without);
  EXPECT_FALSE(diff.within_tolerance);
  EXPECT_GT(diff.blocks_over, 100);
}

TEST(ImageDiff, ANoticeablyDifferentLandColourFailsAFaintOnePasses) {
  const ImageDiff faint = compare_images(filled(kLand), filled({0xF2, 0xEF, 0xE8, 255}));
  EXPECT_TRUE(faint.within_tolerance) << faint.summary({});
  const ImageDiff other = compare_images(filled(kLand), filled({0xEE, 0xEB, 0xE4, 255}));
  EXPECT_FALSE(other.within_tolerance) << "6 units darker is a greyer map, seen side by side";
  EXPECT_EQ(other.differing_fraction, 1.0);
}

TEST(ImageDiff, ChangesScatteredOverTheWholeImageFail) {
  // One pixel in fifty, each far off: no block's mean moves much, the count does.
  render::RgbaImage speckled = map_with_marker_at(200.5, 150.5);
  for (int y = 0; y < kHeight; y += 5) {
    for (int x = (y / 5) % 10; x < kWidth; x += 10) set(speckled, x, y, kInk);
  }
  const ImageDiff diff = compare_images(map_with_marker_at(200.5, 150.5), speckled);
  EXPECT_FALSE(diff.within_tolerance);
  EXPECT_EQ(diff.blocks_over, 0) << "the pixel count catches this one";
}

TEST(ImageDiff, ImagesOfDifferentSizesDiffer) {
  render::RgbaImage smaller{320, 200, std::vector<std::uint8_t>(320 * 200 * 4, 255)};
  const ImageDiff diff = compare_images(filled(kLand), smaller);
  EXPECT_FALSE(diff.same_size);
  EXPECT_FALSE(diff.within_tolerance);
}

TEST(ImageDiff, ThePictureMarksWhatDiffers) {
  const ImageDiff diff = compare_images(map_with_marker_at(200.5, 150.5), map_with_marker_at(210.5, 150.5));
  ASSERT_EQ(diff.picture.width, kWidth);
  EXPECT_EQ(diff.picture.at(213, 150), (Pixel{220, 20, 20, 255})) << "the marker's new place is red";
  const Pixel calm = diff.picture.at(600, 20);
  EXPECT_EQ(calm[0], calm[1]) << "unchanged parts are grey";
  EXPECT_GE(calm[0], 200);
  EXPECT_EQ(diff.picture.at(diff.worst_block_x, diff.worst_block_y), (Pixel{30, 90, 230, 255}))
      << "the worst block is outlined";
}

// Sets INCIMAP_UPDATE_GOLDEN for one test and puts back what was there.
class UpdateGoldenVariable {
 public:
  explicit UpdateGoldenVariable(const char* value) {
    if (const char* old = std::getenv(kName)) old_ = old;
    if (value) {
      ::setenv(kName, value, 1);
    } else {
      ::unsetenv(kName);
    }
  }
  ~UpdateGoldenVariable() {
    if (old_) {
      ::setenv(kName, old_->c_str(), 1);
    } else {
      ::unsetenv(kName);
    }
  }
  UpdateGoldenVariable(const UpdateGoldenVariable&) = delete;
  UpdateGoldenVariable& operator=(const UpdateGoldenVariable&) = delete;

 private:
  static constexpr const char* kName = "INCIMAP_UPDATE_GOLDEN";
  std::optional<std::string> old_;
};

class GoldenPng : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("incimap-golden-png-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(GoldenPng, ADifferenceWritesTheActualAndDiffImagesAndNamesThem) {
  const UpdateGoldenVariable comparing(nullptr);
  const fs::path golden = dir_ / "support-test-marker.png";
  render::write_png(golden.string(), map_with_marker_at(200.5, 150.5));
  EXPECT_TRUE(check_golden_png(map_with_marker_at(200.5, 150.5), golden).matched());

  const GoldenCheck check = check_golden_png(map_with_marker_at(230.5, 150.5), golden);
  EXPECT_EQ(check.result, GoldenCheck::Result::differs);
  const fs::path actual = golden_failure_dir() / "support-test-marker.actual.png";
  const fs::path diff = golden_failure_dir() / "support-test-marker.diff.png";
  EXPECT_NE(check.message.find(actual.string()), std::string::npos) << check.message;
  EXPECT_NE(check.message.find(diff.string()), std::string::npos) << check.message;
  EXPECT_EQ(render::read_png(actual.string()).pixels, map_with_marker_at(230.5, 150.5).pixels);
  EXPECT_EQ(render::read_png(diff.string()).width, kWidth);
  fs::remove(actual);
  fs::remove(diff);
}

TEST_F(GoldenPng, AMissingGoldenDiffers) {
  const UpdateGoldenVariable comparing(nullptr);
  const GoldenCheck check = check_golden_png(filled(kLand), dir_ / "support-test-missing.png");
  EXPECT_EQ(check.result, GoldenCheck::Result::differs);
  EXPECT_NE(check.message.find("no golden image"), std::string::npos) << check.message;
  fs::remove(golden_failure_dir() / "support-test-missing.actual.png");
}

TEST_F(GoldenPng, UpdatingWritesTheGolden) {
  const fs::path golden = dir_ / "sub" / "support-test-new.png";
  {
    const UpdateGoldenVariable updating("1");
    EXPECT_TRUE(check_golden_png(map_with_marker_at(100.5, 100.5), golden).updated());
  }
  EXPECT_EQ(render::read_png(golden.string()).pixels, map_with_marker_at(100.5, 100.5).pixels);
}

}  // namespace
}  // namespace incimap::test_support
