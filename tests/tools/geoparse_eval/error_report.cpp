#include "geoparse_eval/error_report.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <utility>

#include "geoparse_eval/utf8.hpp"

namespace incimap::tools {
namespace {

using PhraseKey = std::pair<FindingKind, std::u32string>;

PhraseKey phrase_key(const Finding& finding) { return {finding.kind, fold_case(from_utf8(finding.phrase))}; }

std::map<PhraseKey, std::size_t> phrase_counts(const std::vector<Finding>& findings) {
  std::map<PhraseKey, std::size_t> counts;
  for (const Finding& finding : findings) ++counts[phrase_key(finding)];
  return counts;
}

std::string cell(std::string_view text) {
  std::string out(text);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return out;
}

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// Coordinates to 4 decimals (~11 m), enough to tell places apart.
std::string coordinates(const std::optional<GeoPoint>& point) {
  if (!point) return "\t";
  return fixed(point->latitude_deg(), 4) + "\t" + fixed(point->longitude_deg(), 4);
}

std::string place_cells(const PlaceRef& place) {
  return cell(place.name) + "\t" + coordinates(place.point) + "\t" + cell(place.geonameid);
}

}  // namespace

std::string_view finding_kind_name(FindingKind kind) noexcept {
  switch (kind) {
    case FindingKind::false_negative: return "false_negative";
    case FindingKind::false_positive: return "false_positive";
    case FindingKind::unresolved: return "unresolved";
    case FindingKind::far: return "far";
  }
  return "?";
}

std::vector<Finding> sort_by_phrase_frequency(std::vector<Finding> findings) {
  const std::map<PhraseKey, std::size_t> counts = phrase_counts(findings);
  std::vector<std::pair<PhraseKey, Finding>> keyed;
  keyed.reserve(findings.size());
  for (Finding& finding : findings) {
    PhraseKey key = phrase_key(finding);
    keyed.emplace_back(std::move(key), std::move(finding));
  }
  std::stable_sort(keyed.begin(), keyed.end(), [&counts](const auto& a, const auto& b) {
    if (a.first.first != b.first.first) return a.first.first < b.first.first;
    const std::size_t count_a = counts.at(a.first);
    const std::size_t count_b = counts.at(b.first);
    if (count_a != count_b) return count_a > count_b;
    return a.first.second < b.first.second;
  });
  std::vector<Finding> sorted;
  sorted.reserve(keyed.size());
  for (auto& [key, finding] : keyed) sorted.push_back(std::move(finding));
  return sorted;
}

void write_error_report(std::ostream& out, const std::vector<Finding>& findings) {
  const std::map<PhraseKey, std::size_t> counts = phrase_counts(findings);
  out << "kind\tphrase\tphrase_count\tarticle\tstart\tend\tmention_kind\terror_km\t"
         "predicted_name\tpredicted_lat\tpredicted_lon\tpredicted_geonameid\t"
         "gold_name\tgold_lat\tgold_lon\tgold_geonameid\tcontext\n";
  for (const Finding& finding : sort_by_phrase_frequency(findings)) {
    out << finding_kind_name(finding.kind) << '\t' << cell(finding.phrase) << '\t' << counts.at(phrase_key(finding))
        << '\t' << cell(finding.article_id) << '\t' << finding.start << '\t' << finding.end << '\t'
        << cell(finding.mention_kind) << '\t' << (finding.error_km ? fixed(*finding.error_km, 1) : "") << '\t'
        << place_cells(finding.predicted) << '\t' << place_cells(finding.gold) << '\t' << cell(finding.context)
        << '\n';
  }
}

}  // namespace incimap::tools
