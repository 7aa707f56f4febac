#include "geo/incidents/location_ranker.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <mutex>
#include <stdexcept>
#include <string>

#include "geo/text/fnv1a.hpp"

namespace incimap::geo {

// assets/models/location_ranker.tsv, compiled in (location_ranker_weights.cpp.in).
extern const std::string_view kLocationRankerWeightsTsv;

namespace {

constexpr std::array<std::string_view, kLocationFeatureCount> kNames = {
    "rule_choice",     "after_trigger",       "object_of_trigger",   "after_locative_word", "after_in_or_at", "after_near_word",
    "named_by_type",   "named_as_area",       "event_word_between",  "qualifies_next_noun", "after_over_word",
    "distance_reference",  "area_named_after",    "clause_break",   "comma_between",
    "log_words_between", "nearest_candidate", "first_after_trigger", "inner_of_pair",  "outer_of_pair",
    "sentence_start",  "country",             "admin1",              "admin2",         "city",
    "landmark",        "region",              "unresolved",          "log_population"};

std::size_t feature_index(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return i;
  }
  throw std::logic_error("location_ranker.tsv: unknown feature '" + std::string(name) + "'");
}

// "name<TAB>weight" lines; '#' starts a comment line. A feature the file
// does not list weighs nothing.
LocationFeatures parse_weights(std::string_view tsv) {
  LocationFeatures weights{};
  while (!tsv.empty()) {
    const std::size_t eol = tsv.find('\n');
    std::string_view line = tsv.substr(0, eol);
    tsv = eol == std::string_view::npos ? std::string_view{} : tsv.substr(eol + 1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) throw std::logic_error("location_ranker.tsv: no tab in '" + std::string(line) + "'");
    weights[feature_index(line.substr(0, tab))] = std::stof(std::string(line.substr(tab + 1)));
  }
  return weights;
}

// The compiled-in weights, or INCIMAP_LOCATION_RANKER's file when set (to
// compare models, or the hand-written ranking alone: "rule_choice<TAB>1").
const LocationFeatures& shipped_weights() {
  static const LocationFeatures weights = [] {
    const char* const path = std::getenv("INCIMAP_LOCATION_RANKER");
    if (path == nullptr || *path == '\0') return parse_weights(kLocationRankerWeightsTsv);
    std::ifstream in(path);
    if (!in) throw std::runtime_error(std::string("INCIMAP_LOCATION_RANKER: cannot read ") + path);
    const std::string tsv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parse_weights(tsv);
  }();
  return weights;
}

}  // namespace

std::string_view location_feature_name(LocationFeature f) noexcept { return kNames[static_cast<std::size_t>(f)]; }

double location_score(const LocationFeatures& features) noexcept {
  const LocationFeatures& w = shipped_weights();
  double score = 0;
  for (std::size_t i = 0; i < kLocationFeatureCount; ++i) score += static_cast<double>(w[i]) * features[i];
  return score;
}

void record_location_candidate(std::string_view text, std::uint32_t trigger_start, std::uint32_t trigger_end,
                               std::uint32_t start, std::uint32_t end, const LocationFeatures& features) {
  static const char* const path = std::getenv("INCIMAP_LOCATION_CANDIDATES");
  if (path == nullptr || *path == '\0') return;
  static std::mutex mutex;
  static std::FILE* const out = std::fopen(path, "a");
  if (out == nullptr) return;
  const std::lock_guard lock(mutex);
  // The text's FNV-1a, as the trainer computes it.
  std::fprintf(out, "%016llx\t%u\t%u\t%u\t%u", static_cast<unsigned long long>(fnv1a64(text)), trigger_start,
               trigger_end, start, end);
  for (const float f : features) std::fprintf(out, "\t%.4g", static_cast<double>(f));
  std::fputc('\n', out);
}

}  // namespace incimap::geo
