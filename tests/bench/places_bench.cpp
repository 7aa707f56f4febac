// Geoparser benchmarks: how many bytes of news text per second go through
// Geoparser::parse (what `incimap places` spends its time on), how long a
// start takes (index mapped, first article parsed), and what one gazetteer
// lookup costs. Targets from the issue: >= 20 MB/s per core and < 100 ms to
// the first article with the default index; >= 10 MB/s with a full-size
// (12 million name) index.
//
//   incimap_bench_places [--benchmark_* flags]
//   incimap_bench_places --write-jsonl FILE [--megabytes N]  news as JSON lines, for
//                                                             scripts/bench-geoparser.sh
//   incimap_bench_places --describe-index INDEX               "places N names M"
//
// The articles are generated from the templates below: real place names in
// sentences the project wrote, so the benchmark needs no corpus.
// Environment:
//   INCIMAP_GAZETTEER         the default index (else <source>/.data/gazetteer.idx)
//   INCIMAP_BENCH_FULL_INDEX  a full-size index (scripts/bench-geoparser.sh builds
//                             out/bench/full.idx); adds the same benchmarks on it
//   INCIMAP_BENCH_CORPUS      files or folders of articles in any format incimap
//                             reads, ':'-separated; adds a parse benchmark on them

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gen_geonames/random.hpp"
#include "geo/gazetteer/fold.hpp"
#include "geo/gazetteer/index.hpp"
#include "geo/ingest/ingest.hpp"
#include "geo/base/input_error.hpp"
#include "geo/resolve/geoparser.hpp"
#include "geo/text/tokens.hpp"

namespace incimap::bench {
namespace {

// Where an article happens: real places, so that the default index resolves
// them as it would in real news.
struct Locale {
  std::string_view country;
  std::string_view demonym;
  std::array<std::string_view, 4> cities;
  std::array<std::string_view, 4> provinces;  // the province of each city
};

constexpr std::array<Locale, 14> kLocales{{
    {"Iraq", "Iraqi", {"Baghdad", "Mosul", "Ramadi", "Kirkuk"}, {"Baghdad", "Nineveh", "Anbar", "Kirkuk"}},
    {"Afghanistan", "Afghan", {"Kabul", "Kandahar", "Herat", "Jalalabad"}, {"Kabul", "Kandahar", "Herat", "Nangarhar"}},
    {"Somalia", "Somali", {"Mogadishu", "Kismayo", "Baidoa", "Beledweyne"}, {"Banaadir", "Lower Juba", "Bay", "Hiiraan"}},
    {"Ukraine", "Ukrainian", {"Kharkiv", "Odesa", "Kherson", "Dnipro"}, {"Kharkiv", "Odesa", "Kherson", "Dnipropetrovsk"}},
    {"Nigeria", "Nigerian", {"Maiduguri", "Kano", "Kaduna", "Jos"}, {"Borno", "Kano", "Kaduna", "Plateau"}},
    {"Pakistan", "Pakistani", {"Peshawar", "Quetta", "Karachi", "Bannu"},
     {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Khyber Pakhtunkhwa"}},
    {"Colombia", "Colombian", {"Popayan", "Cali", "Cucuta", "Medellin"},
     {"Cauca", "Valle del Cauca", "Norte de Santander", "Antioquia"}},
    {"Mali", "Malian", {"Gao", "Mopti", "Timbuktu", "Kidal"}, {"Gao", "Mopti", "Tombouctou", "Kidal"}},
    {"Syria", "Syrian", {"Aleppo", "Idlib", "Homs", "Deir ez-Zor"}, {"Aleppo", "Idlib", "Homs", "Deir ez-Zor"}},
    {"Yemen", "Yemeni", {"Aden", "Taiz", "Marib", "Hodeidah"}, {"Aden", "Taiz", "Marib", "Al Hudaydah"}},
    {"United States", "American", {"Portland", "Minneapolis", "Chicago", "Houston"},
     {"Oregon", "Minnesota", "Illinois", "Texas"}},
    {"Democratic Republic of the Congo", "Congolese", {"Goma", "Bunia", "Beni", "Butembo"},
     {"North Kivu", "Ituri", "North Kivu", "North Kivu"}},
    {"Ethiopia", "Ethiopian", {"Mekele", "Gondar", "Dessie", "Dire Dawa"}, {"Tigray", "Amhara", "Amhara", "Dire Dawa"}},
    {"Philippines", "Filipino", {"Marawi", "Cotabato", "Zamboanga", "Jolo"},
     {"Lanao del Sur", "Maguindanao", "Zamboanga del Sur", "Sulu"}},
}};

constexpr std::array<std::string_view, 12> kFirstNames = {"Ahmed", "Maria",  "John",   "Fatima", "Omar",  "Elena",
                                                          "Samuel", "Aisha", "Carlos", "Nadia",  "Peter", "Halima"};
constexpr std::array<std::string_view, 12> kSurnames = {"Karimi", "Lopez", "Carter", "Bello",  "Haddad", "Petrenko",
                                                        "Okafor", "Rahman", "Vargas", "Mansour", "Novak", "Abdi"};
constexpr std::array<std::string_view, 5> kTitles = {"Gen.", "Col.", "Governor", "Mayor", "Police Chief"};
constexpr std::array<std::string_view, 7> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 6> kActors = {"gunmen", "militants", "protesters", "soldiers",
                                                     "unidentified attackers", "security forces"};
constexpr std::array<std::string_view, 5> kOrganisations = {
    "the Interior Ministry", "the United Nations", "the International Committee of the Red Cross",
    "Doctors Without Borders", "the World Food Programme"};

// {city} {city2} {province} {country} {demonym} {n} {m} {day} {person}
// {title} {actor} {org}: filled per sentence. Wording is the project's own.
constexpr std::array<std::string_view, 5> kHeadlines = {
    "{n} killed as {actor} attack market in {city}",
    "{demonym} officials say {n} dead after blast near {city}",
    "Clashes spread from {city2} to {province} province",
    "{country}: curfew imposed in {city} after {day} violence",
    "Aid convoy reaches {city} as fighting eases",
};

// About half name no place: news text is not a list of toponyms. The mix
// gives one place mention per ~150 bytes, as in the project's sample articles.
constexpr std::array<std::string_view, 42> kSentences = {
    "At least {n} people were killed on {day} when {actor} opened fire at a crowded market in {city}, officials said.",
    "{title} {person} told reporters in {city} that {m} of the wounded had been taken to hospitals in {city2}.",
    "{demonym} forces said they had detained {m} suspects in raids across {province} province overnight.",
    "Residents of {city} described hearing several explosions shortly after {m} a.m. local time.",
    "The {country} government has faced growing pressure since the violence spread from {city2} to the outskirts of {city}.",
    "Roads between {city} and {city2} remained closed on {day}, according to {org}.",
    "No group immediately claimed responsibility for the attack.",
    "{demonym} officials blamed fighters operating from remote areas of {province}.",
    "Schools and shops in {city} stayed shut as soldiers searched houses street by street.",
    "In a statement, {org} said {n} police officers were among the injured.",
    "{person}, a teacher who lives near the scene, said the shooting lasted about {m} minutes.",
    "The attack was the deadliest in {province} since the start of the year.",
    "Hospitals in {city2} appealed for blood donations and extra staff.",
    "Officials said the death toll could rise because several of the wounded were in critical condition.",
    "The United Nations envoy for {country} condemned the killings and called for an investigation.",
    "Witnesses said the attackers arrived on motorbikes from the direction of {city2}.",
    "{title} {person} visited the site on {day} and promised to reinforce checkpoints around {city}.",
    "Thousands of families have fled {province} province in recent weeks, according to {org}.",
    "Security has deteriorated across northern {country} since the election.",
    "A spokesman for the {demonym} army, {person}, said troops had regained control of the area by evening.",
    "Local media reported that {m} vehicles were burned near the main bus station in {city}.",
    "The violence comes days before talks between the government and rebel leaders were due to resume.",
    "The ministry did not say how many of the dead were civilians.",
    "Officials said an investigation had been opened and that more arrests were expected.",
    "Emergency workers spent the night clearing rubble and searching for survivors.",
    "A curfew will remain in force until further notice, the authorities said.",
    "Several of the injured were children, according to a nurse at the main hospital.",
    "Mobile phone networks were cut for several hours after the attack.",
    "The government said it would pay compensation to the families of the victims.",
    "Police said the suspects had been under surveillance for several weeks.",
    "Funerals for some of the victims were held on {day}.",
    "Analysts say the group has been weakened but remains capable of mounting attacks.",
    "It was not immediately possible to verify the figures independently.",
    "Prices of fuel and bread have risen sharply since the fighting began.",
    "Human rights groups have accused both sides of abuses against civilians.",
    "The army said its operations would continue until the area was secure.",
    "Relatives gathered outside the morgue waiting for news of the missing.",
    "Community leaders called for calm and urged young people not to take revenge.",
    "The incident is the third of its kind this month.",
    "Dr. {person}, who heads the emergency ward, said staff had worked through the night.",
    "{org} said it was sending medical supplies and two surgical teams.",
    "The attackers fled before reinforcements arrived, a witness said.",
};

struct NewsArticle {
  std::string id;
  std::string title;
  std::string body;
  // What ingest makes of it (geo/ingest/compose.hpp): title, blank line, body.
  std::string text() const { return title + "\n\n" + body; }
};

class NewsWriter {
 public:
  // The same seed gives the same articles on every platform.
  explicit NewsWriter(std::uint64_t seed) : random_(seed) {}

  NewsArticle article(std::size_t number) {
    locale_ = &random_.pick<Locale>(kLocales);
    city_ = random_.below(static_cast<std::uint32_t>(locale_->cities.size()));
    NewsArticle a;
    a.id = "bench-" + std::to_string(number);
    a.title = fill(random_.pick<std::string_view>(kHeadlines));
    const auto order = shuffled_sentences();
    std::size_t next = 0;
    const std::size_t paragraphs = 4 + random_.below(5);
    for (std::size_t p = 0; p < paragraphs; ++p) {
      if (p > 0) a.body += "\n\n";
      // The dateline: "KHARKIV, Ukraine — ..."
      if (p == 0) a.body += upper(locale_->cities[city_]) + ", " + std::string(locale_->country) + " — ";
      const std::size_t sentences = 2 + random_.below(4);
      for (std::size_t s = 0; s < sentences; ++s) {
        if (s > 0) a.body += ' ';
        a.body += fill(kSentences[order[next++ % order.size()]]);
      }
    }
    return a;
  }

 private:
  // Sentence indices in random order, so an article repeats none until it
  // has used them all.
  std::array<std::size_t, kSentences.size()> shuffled_sentences() {
    std::array<std::size_t, kSentences.size()> order{};
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (std::size_t i = order.size() - 1; i > 0; --i) std::swap(order[i], order[random_.below(static_cast<std::uint32_t>(i + 1))]);
    return order;
  }

  static std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    return out;
  }

  std::string slot(std::string_view key) {
    if (key == "city") return std::string(locale_->cities[city_]);
    if (key == "city2") return std::string(locale_->cities[(city_ + 1 + random_.below(3)) % locale_->cities.size()]);
    if (key == "province") return std::string(locale_->provinces[city_]);
    if (key == "country") return std::string(locale_->country);
    if (key == "demonym") return std::string(locale_->demonym);
    if (key == "n") return std::to_string(2 + random_.below(60));
    if (key == "m") return std::to_string(2 + random_.below(12));
    if (key == "day") return std::string(random_.pick<std::string_view>(kDays));
    if (key == "person") return std::string(random_.pick<std::string_view>(kFirstNames)) + " " + std::string(random_.pick<std::string_view>(kSurnames));
    if (key == "title") return std::string(random_.pick<std::string_view>(kTitles));
    if (key == "actor") return std::string(random_.pick<std::string_view>(kActors));
    if (key == "org") return std::string(random_.pick<std::string_view>(kOrganisations));
    return "{" + std::string(key) + "}";
  }

  std::string fill(std::string_view pattern) {
    std::string out;
    std::size_t at = 0;
    while (at < pattern.size()) {
      const std::size_t open = pattern.find('{', at);
      if (open == std::string_view::npos) break;
      const std::size_t close = pattern.find('}', open);
      out += pattern.substr(at, open - at);
      out += slot(pattern.substr(open + 1, close - open - 1));
      at = close + 1;
    }
    out += pattern.substr(std::min(at, pattern.size()));
    // A sentence that opens with a slot opens with a capital ("gunmen ..." → "Gunmen ...").
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
  }

  tools::Random random_;
  const Locale* locale_ = &kLocales[0];
  std::size_t city_ = 0;
};

std::vector<std::string> generated_texts(std::size_t count) {
  NewsWriter writer(42);
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < count; ++i) texts.push_back(writer.article(i).text());
  return texts;
}

std::string default_index_path() {
  if (const char* env = std::getenv("INCIMAP_GAZETTEER"); env && *env) return env;
  return INCIMAP_DEFAULT_GAZETTEER;
}

std::optional<std::string> environment(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) return std::nullopt;
  return std::string(value);
}

std::vector<std::string> split_paths(const std::string& list) {
  std::vector<std::string> paths;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t colon = std::min(list.find(':', start), list.size());
    if (colon > start) paths.push_back(list.substr(start, colon - start));
    start = colon + 1;
  }
  return paths;
}

// Articles of a user-supplied corpus, through incimap's own readers.
std::vector<std::string> corpus_texts(const std::string& paths) {
  std::vector<std::string> texts;
  geo::ingest_paths(
      split_paths(paths), geo::IngestOptions{}, [&](geo::Article&& a) { texts.push_back(std::move(a.text)); },
      [](const geo::InputError& e) { std::fprintf(stderr, "incimap_bench_places: skipping %s\n", e.what()); });
  if (texts.empty()) std::fprintf(stderr, "incimap_bench_places: no articles in %s\n", paths.c_str());
  return texts;
}

std::size_t total_bytes(const std::vector<std::string>& texts) {
  std::size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();
  return bytes;
}

// The folded forms the recognizer looks up: each capitalised word and each
// run of two of them ("North Kivu"), as they occur in the texts.
std::vector<std::string> lookup_keys(const std::vector<std::string>& texts) {
  std::vector<std::string> keys;
  for (const auto& text : texts) {
    const auto tokens = geo::tokenize(text);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != geo::TokenKind::word || !tokens[i].capitalized) continue;
      keys.push_back(geo::fold_name(tokens[i].in(text)));
      if (i + 1 < tokens.size() && tokens[i + 1].capitalized)
        keys.push_back(geo::fold_name(std::string_view(text).substr(tokens[i].start, tokens[i + 1].end - tokens[i].start)));
    }
  }
  return keys;
}

// Opened once per index, on first use, and shared by its benchmarks.
class LazyGeoparser {
 public:
  explicit LazyGeoparser(std::string path) : path_(std::move(path)) {}
  const std::string& path() const noexcept { return path_; }
  // Null (and `error` set) when the index cannot be opened.
  const geo::Geoparser* get(std::string& error) {
    if (!geoparser_ && error_.empty()) {
      try {
        geoparser_.emplace(geo::Geoparser::open(path_));
      } catch (const geo::InputError& e) {
        error_ = std::string(e.what()) + " (scripts/build-gazetteer.sh builds the default index)";
      }
    }
    error = error_;
    return geoparser_ ? &*geoparser_ : nullptr;
  }

 private:
  std::string path_;
  std::optional<geo::Geoparser> geoparser_;
  std::string error_;
};

void annotate_index(benchmark::State& state, const geo::GazetteerIndex& index) {
  state.counters["index_names"] = static_cast<double>(index.name_count());
  state.counters["index_places"] = static_cast<double>(index.place_count());
}

// One article per iteration, round-robin; bytes are the articles' text.
void parse_throughput(benchmark::State& state, LazyGeoparser* lazy, const std::vector<std::string>* texts) {
  std::string error;
  const geo::Geoparser* geoparser = lazy->get(error);
  if (!geoparser) return state.SkipWithError(error.c_str());
  if (texts->empty()) return state.SkipWithError("no articles");
  std::size_t next = 0;
  std::size_t bytes = 0;
  std::size_t mentions = 0;
  for (auto _ : state) {
    const std::string& text = (*texts)[next];
    next = next + 1 == texts->size() ? 0 : next + 1;
    const auto found = geoparser->parse(text);
    benchmark::DoNotOptimize(found.data());
    bytes += text.size();
    mentions += found.size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(state.iterations());  // articles
  state.counters["mentions_per_article"] =
      benchmark::Counter(static_cast<double>(mentions) / static_cast<double>(state.iterations()));
  annotate_index(state, geoparser->index());
}

// What a fresh `incimap places` does before its first line: map the index
// and parse one article (process start and JSON output excluded; the file is
// in the page cache, as on a second run).
void open_and_parse_first(benchmark::State& state, const std::string* path, const std::string* first_text) {
  for (auto _ : state) {
    try {
      const auto geoparser = geo::Geoparser::open(*path);
      const auto found = geoparser.parse(*first_text);
      benchmark::DoNotOptimize(found.data());
    } catch (const geo::InputError& e) {
      return state.SkipWithError(e.what());
    }
  }
}

// One folded-name lookup per iteration: the index's share of parse time,
// and the part that grows with the index.
void index_lookup(benchmark::State& state, LazyGeoparser* lazy, const std::vector<std::string>* keys) {
  std::string error;
  const geo::Geoparser* geoparser = lazy->get(error);
  if (!geoparser) return state.SkipWithError(error.c_str());
  if (keys->empty()) return state.SkipWithError("no lookup keys");
  const geo::GazetteerIndex& index = geoparser->index();
  std::size_t next = 0;
  std::size_t hits = 0;
  for (auto _ : state) {
    const auto entries = index.lookup_folded((*keys)[next]);
    benchmark::DoNotOptimize(entries.data());
    hits += entries.size();
    next = next + 1 == keys->size() ? 0 : next + 1;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["entries_per_lookup"] =
      benchmark::Counter(static_cast<double>(hits) / static_cast<double>(state.iterations()));
  annotate_index(state, index);
}

// Everything the registered benchmarks point at; lives until main returns.
struct Fixtures {
  std::vector<std::string> news = generated_texts(400);
  std::vector<std::string> news_keys = lookup_keys(news);
  std::vector<std::string> corpus;
  std::vector<std::unique_ptr<LazyGeoparser>> indexes;
  std::vector<std::unique_ptr<std::string>> paths;
};

void register_index(Fixtures& f, const std::string& label, const std::string& path) {
  auto* lazy = f.indexes.emplace_back(std::make_unique<LazyGeoparser>(path)).get();
  const std::string* stored_path = f.paths.emplace_back(std::make_unique<std::string>(path)).get();
  benchmark::RegisterBenchmark(("Parse/generated_news/" + label).c_str(), parse_throughput, lazy, &f.news)
      ->Unit(benchmark::kMicrosecond);
  if (!f.corpus.empty())
    benchmark::RegisterBenchmark(("Parse/corpus/" + label).c_str(), parse_throughput, lazy, &f.corpus)
        ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("OpenIndexAndParseFirstArticle/" + label).c_str(), open_and_parse_first, stored_path,
                               &f.news.front())
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(("Lookup/" + label).c_str(), index_lookup, lazy, &f.news_keys);
}

// Writes generated news as {"id","title","text"} lines until `megabytes` of
// JSON are written; reports the article text bytes ingest will hand to the
// geoparser (title + blank line + body) on stderr.
int write_jsonl(const std::string& path, double megabytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    std::fprintf(stderr, "incimap_bench_places: %s: %s\n", path.c_str(), std::strerror(errno));
    return 3;
  }
  NewsWriter writer(42);
  const auto limit = static_cast<std::size_t>(megabytes * 1e6);
  std::size_t json_bytes = 0;
  std::size_t text_bytes = 0;
  std::size_t count = 0;
  while (json_bytes < limit) {
    const NewsArticle a = writer.article(count++);
    const std::string line = nlohmann::json{{"id", a.id}, {"title", a.title}, {"text", a.body}}.dump() + "\n";
    out << line;
    json_bytes += line.size();
    text_bytes += a.text().size();
  }
  out.close();
  if (!out) {
    std::fprintf(stderr, "incimap_bench_places: %s: write failed\n", path.c_str());
    return 3;
  }
  std::printf("articles %zu json_bytes %zu text_bytes %zu\n", count, json_bytes, text_bytes);
  return 0;
}

int describe_index(const std::string& path) {
  try {
    const auto index = geo::GazetteerIndex::open(path);
    std::printf("places %u names %llu\n", index.place_count(), static_cast<unsigned long long>(index.name_count()));
    return 0;
  } catch (const geo::InputError& e) {
    std::fprintf(stderr, "incimap_bench_places: %s\n", e.what());
    return 3;
  }
}

// The value after `flag` in argv, removed from argv with it.
std::optional<std::string> take_option(int& argc, char** argv, std::string_view flag) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (argv[i] != flag) continue;
    std::string value = argv[i + 1];
    for (int j = i; j + 2 < argc; ++j) argv[j] = argv[j + 2];
    argc -= 2;
    return value;
  }
  return std::nullopt;
}

}  // namespace
}  // namespace incimap::bench

int main(int argc, char** argv) {
  using namespace incimap::bench;
  if (const auto path = take_option(argc, argv, "--describe-index")) return describe_index(*path);
  if (const auto path = take_option(argc, argv, "--write-jsonl")) {
    double megabytes = 80;
    if (const auto value = take_option(argc, argv, "--megabytes")) {
      const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), megabytes);
      if (error != std::errc() || end != value->data() + value->size() || !(megabytes > 0)) {
        std::fprintf(stderr, "incimap_bench_places: --megabytes needs a positive number, not '%s'\n", value->c_str());
        return 2;
      }
    }
    return write_jsonl(*path, megabytes);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  Fixtures fixtures;
  if (const auto corpus = environment("INCIMAP_BENCH_CORPUS")) fixtures.corpus = corpus_texts(*corpus);
  benchmark::AddCustomContext("generated_news_bytes", std::to_string(total_bytes(fixtures.news)));
  register_index(fixtures, "default_index", default_index_path());
  if (const auto full = environment("INCIMAP_BENCH_FULL_INDEX")) register_index(fixtures, "full_index", *full);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
