#pragma once
// Compares a rendered image with its golden the way a person looking at both
// would: rasteriser and antialiasing noise passes, a change a user would
// notice (a moved marker, a missing legend, another colour) does not.

#include <string>

#include "render/image/rgba_image.hpp"

namespace incimap::test_support {

struct ImageTolerance {
  // A pixel differs when one of its channels is off by more than this
  // (0..255). Blending and colour rounding differ by a unit or two between
  // rasterisers; a fill colour changed enough to see side by side (the land
  // made 6 units darker), by more.
  int channel = 4;
  // ...and the image differs when more than this fraction of its pixels do.
  // Antialiased edges that moved by a fraction of a pixel differ by a lot
  // but are few (well under 0.1% on a map); a recoloured sea or land, or
  // every label redrawn, is far more.
  double differing_fraction = 0.005;
  // Coarse view: the mean colour of each block x block square, compared per
  // channel. A marker moved by one pixel changes its blocks' means by about
  // 25 units, moved by ten by about 200, and a label or legend changed or
  // gone does likewise; the sharpest edge moved by half a pixel, by about 13.
  int block = 8;
  double block_channel = 20.0;
};

struct ImageDiff {
  bool same_size = false;
  long differing_pixels = 0;  // beyond ImageTolerance::channel
  double differing_fraction = 0;
  int max_channel_delta = 0;  // the worst single channel, 0..255
  double worst_block_delta = 0;  // the worst block mean channel, 0..255
  int worst_block_x = 0, worst_block_y = 0;  // that block's top left pixel
  long blocks_over = 0;  // blocks beyond ImageTolerance::block_channel
  bool within_tolerance = false;
  // The actual image faded to a pale grey, with differing pixels red,
  // pixels changed within the tolerance yellow and blocks over the coarse
  // tolerance outlined in blue: where to look.
  render::RgbaImage picture;

  // One line for a test failure: the counts against their limits.
  std::string summary(const ImageTolerance& tolerance) const;
};

ImageDiff compare_images(const render::RgbaImage& expected, const render::RgbaImage& actual,
                         const ImageTolerance& tolerance = {});

}  // namespace incimap::test_support
