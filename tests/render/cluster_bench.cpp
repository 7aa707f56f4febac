// Cost of clustering at the sizes the viewer promises: the index for a
// million incidents builds in well under a second, and a frame's marks cost
// the same whatever the count.

#include <benchmark/benchmark.h>

#include <random>

#include "render/markers/marks.hpp"

namespace incimap::render {
namespace {

const geo::MapRect kWorld{-20037508.34, -20037508.34, 20037508.34, 20037508.34};

// Clustered like real incidents: most around a few hundred hot spots.
std::vector<geo::MapPoint> incident_like_points(std::size_t count) {
  std::mt19937 random(42);
  std::uniform_real_distribution<double> anywhere(-1.5e7, 1.5e7);
  std::vector<geo::MapPoint> hot_spots(300);
  for (auto& p : hot_spots) p = {anywhere(random), anywhere(random) / 2};
  std::normal_distribution<double> spread(0, 60000);
  std::uniform_int_distribution<std::size_t> pick(0, hot_spots.size() - 1);
  std::vector<geo::MapPoint> points(count);
  for (auto& p : points) {
    const auto& centre = hot_spots[pick(random)];
    p = {centre.x + spread(random), centre.y + spread(random)};
  }
  return points;
}

void BM_ClusterIndexBuild(benchmark::State& state) {
  const auto points = incident_like_points(std::size_t(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(ClusterIndex(points, kWorld));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ClusterIndexBuild)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_VisibleSumsRebuild(benchmark::State& state) {
  const auto points = incident_like_points(std::size_t(state.range(0)));
  const ClusterIndex index(points, kWorld);
  std::vector<std::uint8_t> layers(points.size()), shown(points.size(), 1);
  for (std::size_t i = 0; i < layers.size(); ++i) layers[i] = std::uint8_t(i % 6);
  for (auto _ : state) benchmark::DoNotOptimize(VisibleSums(index, points, layers, 6, shown));
}
BENCHMARK(BM_VisibleSumsRebuild)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_MarksPerFrame(benchmark::State& state) {
  const auto points = incident_like_points(std::size_t(state.range(0)));
  const ClusterIndex index(points, kWorld);
  std::vector<std::uint8_t> layers(points.size(), 0), shown(points.size(), 1);
  const VisibleSums sums(index, points, layers, 1, shown);
  std::vector<Incident> incidents(points.size());
  const MarkSource source(index, sums, points, incidents);
  const Camera camera({1280, 800}, {0, 0}, 30000);
  for (auto _ : state) benchmark::DoNotOptimize(source.visible(camera));
}
BENCHMARK(BM_MarksPerFrame)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace incimap::render

BENCHMARK_MAIN();
