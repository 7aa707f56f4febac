// Geoparse time against the number of place mentions in one article: one
// place name per line, 1 to 10 MiB (the largest under the default 16 MiB
// article limit that a test machine parses in seconds). Each pass must be
// linear in the mentions; a pass that compares every mention with every
// other made 200 KB take 14 s and 10 MiB not finish. Google Benchmark fits
// the complexity (BigO line of the output: expect "N", not "N^2").
//
//   incimap_bench_mention_density [--benchmark_* flags]
// Environment: INCIMAP_GAZETTEER, the index (else <source>/.data/gazetteer.idx).

#include <benchmark/benchmark.h>

#include <array>
#include <cstdlib>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "geo/base/input_error.hpp"
#include "geo/resolve/geoparser.hpp"

namespace incimap::bench {
namespace {

const geo::Geoparser* geoparser() {
  static const std::optional<geo::Geoparser> parser = []() -> std::optional<geo::Geoparser> {
    const char* env = std::getenv("INCIMAP_GAZETTEER");
    try {
      return geo::Geoparser::open(env != nullptr ? env : INCIMAP_DEFAULT_GAZETTEER);
    } catch (const geo::InputError& e) {
      std::fprintf(stderr, "%s\n", e.what());
      return std::nullopt;
    }
  }();
  return parser ? &*parser : nullptr;
}

// Real places of several countries, so that every line is a mention the
// resolver weighs against all the others (countries, admin1, co-location).
constexpr std::array<std::string_view, 20> kPlaces = {
    "Baghdad", "Mosul",    "Erbil",    "Kirkuk",   "Basra",     "Kabul",    "Herat",
    "Kandahar", "Aleppo",  "Damascus", "Homs",     "Sanaa",     "Aden",     "Mogadishu",
    "Khartoum", "Omdurman", "Tripoli", "Benghazi", "Cairo",     "Gaza"};

std::string one_place_per_line(std::size_t bytes) {
  std::string text = "Places\n\n";
  for (std::size_t i = 0; text.size() < bytes; ++i) {
    text.append(kPlaces[i % kPlaces.size()]);
    text.push_back('\n');
  }
  return text;
}

void BM_OnePlacePerLine(benchmark::State& state) {
  const geo::Geoparser* parser = geoparser();
  if (parser == nullptr) {
    state.SkipWithError("no gazetteer index (scripts/setup.sh)");
    return;
  }
  const std::string text = one_place_per_line(static_cast<std::size_t>(state.range(0)) << 20);
  std::size_t mentions = 0;
  for (auto _ : state) {
    const auto found = parser->parse(text);
    mentions = found.size();
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
  state.SetComplexityN(static_cast<std::int64_t>(mentions));
}
BENCHMARK(BM_OnePlacePerLine)->Arg(1)->Arg(2)->Arg(4)->Arg(10)->Unit(benchmark::kMillisecond)->Complexity();

}  // namespace
}  // namespace incimap::bench

BENCHMARK_MAIN();
