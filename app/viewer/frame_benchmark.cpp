#include "app/viewer/frame_benchmark.hpp"

#include <cmath>
#include <ctime>
#include <numbers>

namespace incimap::app {

double process_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void FrameBenchmark::start(const render::Camera& camera) {
  start_ = camera;
  cpu_started_ms_ = process_cpu_ms();
}

render::Camera FrameBenchmark::next_camera() {
  const render::Camera& start = *start_;
  const double t = double(done_++) / double(frames_);
  const double zoom = std::exp2(3.0 * (0.5 - 0.5 * std::cos(2 * std::numbers::pi * t)));
  const double radius = start.visible_rect().width() * 0.15;
  const double angle = 4 * std::numbers::pi * t;
  const geo::MapPoint centre{start.centre().x + radius * std::cos(angle), start.centre().y + radius * std::sin(angle)};
  return render::Camera(start.viewport(), centre, start.metres_per_pixel() / zoom);
}

FrameSummary FrameBenchmark::summary() const { return summarize_frames(frame_ms_, process_cpu_ms() - cpu_started_ms_); }

}  // namespace incimap::app
