#include "app/write_rendered.hpp"

#include <algorithm>
#include <cstddef>
#include <memory>
#include <span>

#include "app/cli/ordered_workers.hpp"

namespace incimap::app {
namespace {

// Incidents a task renders: about 0.4 MB of text (a feature is ~1.5 kB),
// enough that a hand-over is rare beside the work, and with OrderedWorkers'
// window (4 tasks a thread) a few MB held at -j 2.
constexpr std::size_t kRun = 256;

}  // namespace

void write_rendered(geo::IncidentWriter& writer, std::vector<geo::Incident> incidents, unsigned jobs) {
  if (jobs <= 1 || !writer.renders_features()) {
    for (const geo::Incident& incident : incidents) writer.write(incident);
    return;
  }
  OrderedWorkers workers(jobs);
  // Each task owns its run's elements: nothing else touches them once submitted.
  const std::span<geo::Incident> all(incidents);
  for (std::size_t at = 0; at < all.size(); at += kRun) {
    const auto run = all.subspan(at, std::min(kRun, all.size() - at));
    workers.submit([&writer, run]() -> OrderedWorkers::Delivery {
      auto text = std::make_shared<geo::RenderedFeatures>(writer.render(run));
      for (geo::Incident& incident : run) incident = geo::Incident{};
      return [&writer, text] { writer.write(*text); };
    });
  }
  workers.finish();
}

}  // namespace incimap::app
