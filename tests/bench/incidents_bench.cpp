// Extract benchmarks: articles to merged incident records. Target from the
// issue: >= 2,000 articles/s per core end to end (geoparser included).
//
//   incimap_bench_incidents [--benchmark_* flags]
//
// BM_Incidents measures the incident layer alone on 10,000 generated
// articles with their place mentions made by exact string search (what
// extract adds on top of `incimap places`). BM_ExtractEndToEnd runs the
// real geoparser first; it needs the gazetteer index ($INCIMAP_GAZETTEER,
// else <source>/.data/gazetteer.idx) and is skipped without it.
//
// The articles come from templates the project wrote: three to five
// incidents' worth of sentences among filler, about 2 KB each.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/incidents/incident_builder.hpp"
#include "geo/incidents/incident_merger.hpp"
#include "geo/ingest/published_time.hpp"
#include "geo/resolve/geoparser.hpp"
#include "geo/text/sentences.hpp"
#include "geo/text/tokens.hpp"

namespace {

using namespace incimap::geo;

struct City {
  std::string_view name;
  double lat;
  double lon;
  std::string_view country;
  std::uint32_t geonameid;
};

constexpr std::array<City, 10> kCities = {{
    {"Baghdad", 33.34058, 44.40088, "IQ", 98182},
    {"Mosul", 36.335, 43.11889, "IQ", 99072},
    {"Kabul", 34.52813, 69.17233, "AF", 1138958},
    {"Kandahar", 31.61332, 65.71013, "AF", 1138336},
    {"Aleppo", 36.20124, 37.16117, "SY", 170063},
    {"Mogadishu", 2.03711, 45.34375, "SO", 53654},
    {"Maiduguri", 11.84692, 13.15712, "NG", 2331447},
    {"Gao", 16.27167, -0.04472, "ML", 2457163},
    {"Aden", 12.77944, 45.03667, "YE", 415189},
    {"Goma", -1.67409, 29.22845, "CD", 216281},
}};

constexpr std::array<std::string_view, 7> kDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};

// {city} {city2} {day} {n}: filled per article. Wording is the project's own.
constexpr std::array<std::string_view, 6> kEventSentences = {
    "A roadside bomb struck a police patrol on the edge of {city} on {day}, killing {n} officers.",
    "Militants fired rockets at an army base near {city2} late on {day}, officials said.",
    "The military blamed the attack on a banned armed group, though no one claimed responsibility.",
    "An airstrike hit a compound outside {city} earlier this month, killing {n} fighters.",
    "Hundreds of protesters marched through {city2} on {day} to demand better security.",
    "Police fired tear gas to disperse the crowd, and {n} people were injured.",
};

constexpr std::array<std::string_view, 8> kFiller = {
    "Residents said shops stayed closed for most of the day as soldiers searched the area.",
    "The governor promised to reinforce checkpoints on the main roads into {city}.",
    "Aid agencies said thousands of families had left the district in recent weeks.",
    "Officials did not say how many of the dead were civilians.",
    "Talks between the government and local leaders are due to resume next month.",
    "Mobile phone networks were cut for several hours in parts of {city2}.",
    "Hospitals appealed for blood donations and extra staff.",
    "“These kinds of attacks will not break our resolve,” the mayor said.",
};

std::string fill(std::string_view pattern, const City& city, const City& city2, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    auto replace = [&](std::string_view key, std::string_view value) {
      if (pattern.substr(i, key.size()) != key) return false;
      out += value;
      i += key.size();
      return true;
    };
    if (replace("{city}", city.name) || replace("{city2}", city2.name) || replace("{day}", kDays[n % kDays.size()]) ||
        replace("{n}", std::to_string(2 + n % 17)))
      continue;
    out.push_back(pattern[i++]);
  }
  return out;
}

struct GeneratedArticle {
  Article article;
  std::vector<PlaceMention> mentions;  // exact-match fixtures for BM_Incidents
};

std::vector<PlaceMention> find_cities(const std::string& text) {
  std::vector<PlaceMention> mentions;
  for (const City& city : kCities) {
    for (std::size_t at = text.find(city.name); at != std::string::npos; at = text.find(city.name, at + 1)) {
      PlaceMention m;
      m.start = static_cast<std::uint32_t>(at);
      m.end = static_cast<std::uint32_t>(at + city.name.size());
      m.text = std::string(city.name);
      GazetteerPlace place;
      place.geonameid = city.geonameid;
      place.name = std::string(city.name);
      place.position = LonLat::from(Longitude{city.lon}, Latitude{city.lat});
      place.country = std::string(city.country);
      place.type = GeoType::city;
      m.place = std::move(place);
      m.confidence = 0.9;
      mentions.push_back(std::move(m));
    }
  }
  std::sort(mentions.begin(), mentions.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  return mentions;
}

GeneratedArticle generate(std::size_t n) {
  const City& city = kCities[n % kCities.size()];
  const City& city2 = kCities[(n / kCities.size() + 3) % kCities.size()];
  std::string body;
  for (std::size_t s = 0; s < 24; ++s) {
    const bool event = (s + n) % 3 == 0;
    const std::string_view pattern =
        event ? kEventSentences[(s + n) % kEventSentences.size()] : kFiller[(s * 7 + n) % kFiller.size()];
    body += fill(pattern, city, city2, n + s);
    body += s % 3 == 2 ? "\n\n" : " ";
  }
  GeneratedArticle g;
  g.article.id = "generated-" + std::to_string(n);
  g.article.title = "Violence near " + std::string(city.name);
  g.article.text = g.article.title + "\n\n" + body;
  g.article.body_start = g.article.title.size() + 2;
  g.article.body_end = g.article.text.size();
  g.article.published = parse_published_time("2021-05-" + std::to_string(10 + n % 18) + "T10:00:00+03:00");
  g.mentions = find_cities(g.article.text);
  return g;
}

const std::vector<GeneratedArticle>& corpus() {
  static const std::vector<GeneratedArticle> articles = [] {
    std::vector<GeneratedArticle> out;
    for (std::size_t n = 0; n < 10'000; ++n) out.push_back(generate(n));
    return out;
  }();
  return articles;
}

void BM_Incidents(benchmark::State& state) {
  const auto& articles = corpus();
  std::size_t incidents = 0;
  std::size_t bytes = 0;
  for (auto _ : state) {
    IncidentMerger merger;
    for (const GeneratedArticle& g : articles) {
      const auto tokens = tokenize(g.article.text);
      const auto sentences = split_sentences(g.article.text, tokens);
      merger.add(extract_incidents(g.article, tokens, sentences, g.mentions));
      bytes += g.article.text.size();
    }
    incidents = merger.take().size();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * articles.size()));
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["incidents"] = static_cast<double>(incidents);
}
BENCHMARK(BM_Incidents)->Unit(benchmark::kMillisecond);

std::optional<std::string> gazetteer_path() {
  if (const char* env = std::getenv("INCIMAP_GAZETTEER")) return std::string(env);
  const std::string fallback = INCIMAP_DEFAULT_GAZETTEER;
  if (std::filesystem::exists(fallback)) return fallback;
  return std::nullopt;
}

void BM_ExtractEndToEnd(benchmark::State& state) {
  const auto path = gazetteer_path();
  if (!path) {
    state.SkipWithError("no gazetteer index: set INCIMAP_GAZETTEER or build .data/gazetteer.idx");
    return;
  }
  const Geoparser geoparser = Geoparser::open(*path);
  const auto& articles = corpus();
  std::size_t incidents = 0;
  for (auto _ : state) {
    IncidentMerger merger;
    for (const GeneratedArticle& g : articles) {
      merger.add(extract_incidents(g.article, geoparser));
    }
    incidents = merger.take().size();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * articles.size()));
  state.counters["incidents"] = static_cast<double>(incidents);
}
BENCHMARK(BM_ExtractEndToEnd)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
