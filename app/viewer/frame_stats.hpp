#pragma once
// Frame times for --bench-frames: percentiles and the rate they add up to.

#include <cstddef>
#include <string>
#include <vector>

namespace incimap::app {

struct FrameSummary {
  std::size_t frames = 0;
  double p50_ms = 0, p95_ms = 0, p99_ms = 0, max_ms = 0;
  double mean_fps = 0;  // frames over their total time
  double cpu_ms_per_frame = 0;  // all threads' CPU time (llvmpipe rasterises on the CPU)
};

// Nearest-rank percentiles; all zero for no frames.
FrameSummary summarize_frames(std::vector<double> frame_ms, double cpu_ms_total = 0);

// "frames 600  p50 4.1 ms  p95 5.0 ms  p99 6.2 ms  max 9.0 ms  mean 236.5 fps  cpu 7.9 ms/frame"
std::string format_summary(const FrameSummary& summary);

}  // namespace incimap::app
