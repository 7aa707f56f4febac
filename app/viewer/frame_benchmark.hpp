#pragma once
// --bench-frames: a fixed camera path over the data (two laps of a circle
// while zooming in 8x and back out), frame times and CPU time recorded.

#include <optional>
#include <vector>

#include "app/viewer/frame_stats.hpp"
#include "render/camera.hpp"

namespace incimap::app {

class FrameBenchmark {
 public:
  explicit FrameBenchmark(int frames) : frames_(frames) {}

  bool started() const noexcept { return start_.has_value(); }
  bool finished() const noexcept { return done_ >= frames_; }
  // Begins the path from the camera framing the data.
  void start(const render::Camera& camera);
  // The camera for the next measured frame. Precondition: started() && !finished().
  render::Camera next_camera();
  void record_frame(double milliseconds) { frame_ms_.push_back(milliseconds); }
  FrameSummary summary() const;

 private:
  int frames_;
  int done_ = 0;
  std::optional<render::Camera> start_;
  std::vector<double> frame_ms_;
  double cpu_started_ms_ = 0;  // process CPU time when measuring began
};

// CPU time of every thread of the process (llvmpipe rasterises on the CPU), in ms.
double process_cpu_ms();

}  // namespace incimap::app
