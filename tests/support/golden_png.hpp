#pragma once
// Golden PNG files for the rendering tests: the image a test draws is
// compared with a PNG kept in the source tree, within an ImageTolerance.
// With INCIMAP_UPDATE_GOLDEN=1 in the environment the golden is rewritten
// instead (then look at it before committing: tests/app/golden/README.md).

#include <filesystem>
#include <string>

#include "render/image/rgba_image.hpp"
#include "tests/support/image_diff.hpp"

namespace incimap::test_support {

struct GoldenCheck {
  enum class Result { matched, differs, updated };
  Result result = Result::differs;
  // What differs and where the actual and diff images were written, or
  // which golden was rewritten.
  std::string message;

  bool matched() const { return result == Result::matched; }
  bool updated() const { return result == Result::updated; }
};

// True when INCIMAP_UPDATE_GOLDEN=1.
bool updating_goldens();

// Where a failing comparison writes NAME.actual.png and NAME.diff.png:
// tests/golden-failures/ in the build tree.
std::filesystem::path golden_failure_dir();

// Compares `actual` with the PNG at `golden` (a missing golden differs).
// On a difference writes the actual and diff images into
// golden_failure_dir(), named after the golden, and names them in the message.
GoldenCheck check_golden_png(const render::RgbaImage& actual, const std::filesystem::path& golden,
                             const ImageTolerance& tolerance = {});

}  // namespace incimap::test_support
