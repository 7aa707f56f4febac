#include "tests/support/golden_png.hpp"

#include <cstdlib>
#include <exception>
#include <string_view>

namespace incimap::test_support {

namespace fs = std::filesystem;

bool updating_goldens() {
  const char* update = std::getenv("INCIMAP_UPDATE_GOLDEN");
  return update != nullptr && std::string_view(update) == "1";
}

fs::path golden_failure_dir() { return INCIMAP_GOLDEN_FAILURE_DIR; }

GoldenCheck check_golden_png(const render::RgbaImage& actual, const fs::path& golden,
                             const ImageTolerance& tolerance) {
  if (updating_goldens()) {
    fs::create_directories(golden.parent_path());
    render::write_png(golden.string(), actual);
    return {GoldenCheck::Result::updated,
            "wrote " + golden.string() + ": look at it before committing it (tests/app/golden/README.md)"};
  }
  std::string problem;
  ImageDiff diff;
  if (!fs::exists(golden)) {
    problem = "no golden image " + golden.string();
  } else {
    try {
      const render::RgbaImage expected = render::read_png(golden.string());
      diff = compare_images(expected, actual, tolerance);
      if (diff.within_tolerance) return {GoldenCheck::Result::matched, diff.summary(tolerance)};
      problem = golden.string() + " differs: " +
                (diff.same_size ? diff.summary(tolerance)
                                : "the golden is " + std::to_string(expected.width) + "x" +
                                      std::to_string(expected.height) + ", the image " +
                                      std::to_string(actual.width) + "x" + std::to_string(actual.height));
    } catch (const std::exception& e) {
      problem = e.what();
    }
  }
  // Written beside the build's test output, where a person (or CI's
  // artifact upload) finds them to compare with the golden by eye.
  const fs::path dir = golden_failure_dir();
  fs::create_directories(dir);
  const std::string stem = golden.stem().string();
  const fs::path actual_path = dir / (stem + ".actual.png");
  render::write_png(actual_path.string(), actual);
  std::string message = problem + "\n  actual: " + actual_path.string();
  if (diff.same_size) {
    const fs::path diff_path = dir / (stem + ".diff.png");
    render::write_png(diff_path.string(), diff.picture);
    message += "\n  diff:   " + diff_path.string() + " (red: differs, yellow: within tolerance, blue: block over)";
  }
  message += "\n  If the change is intended, rerun with INCIMAP_UPDATE_GOLDEN=1 and look at the new golden.";
  return {GoldenCheck::Result::differs, message};
}

}  // namespace incimap::test_support
