#include "app/viewer/frame_stats.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace incimap::app {

FrameSummary summarize_frames(std::vector<double> frame_ms, double cpu_ms_total) {
  FrameSummary summary;
  if (frame_ms.empty()) return summary;
  std::sort(frame_ms.begin(), frame_ms.end());
  const auto rank = [&](double p) {
    const auto i = std::size_t(std::ceil(p / 100.0 * double(frame_ms.size())));
    return frame_ms[std::clamp<std::size_t>(i, 1, frame_ms.size()) - 1];
  };
  summary.frames = frame_ms.size();
  summary.p50_ms = rank(50);
  summary.p95_ms = rank(95);
  summary.p99_ms = rank(99);
  summary.max_ms = frame_ms.back();
  const double total = std::accumulate(frame_ms.begin(), frame_ms.end(), 0.0);
  summary.mean_fps = total > 0 ? double(frame_ms.size()) * 1000.0 / total : 0;
  summary.cpu_ms_per_frame = cpu_ms_total / double(frame_ms.size());
  return summary;
}

std::string format_summary(const FrameSummary& s) {
  char text[200];
  std::snprintf(text, sizeof text,
                "frames %zu  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  mean %.1f fps  cpu %.2f ms/frame",
                s.frames, s.p50_ms, s.p95_ms, s.p99_ms, s.max_ms, s.mean_fps, s.cpu_ms_per_frame);
  return text;
}

}  // namespace incimap::app
