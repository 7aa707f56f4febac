#include "incident_eval/report.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace incimap::tools {
namespace {

// The aims of the incidents issue: at least (or at most) this much.
constexpr double kRecallAim = 0.85;
constexpr double kLocationAim = 0.90;
constexpr double kSpuriousAim = 0.10;
constexpr double kRowAim = 0.75;
constexpr double kTypeAim = 0.85;
constexpr double kPlaceAim = 0.85;

std::string fixed(double value, int decimals = 3) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

void row(std::ostream& out, const std::string& name, const Ratio& r, std::optional<double> at_least = {}) {
  out << "  " << name;
  for (std::size_t i = name.size(); i < 40; ++i) out << ' ';
  out << fixed(r.value()) << "  (" << r.hits << "/" << r.total << ")";
  if (at_least) out << (r.value() >= *at_least ? "  aim >= " : "  MISSED aim >= ") << fixed(*at_least, 2);
  out << '\n';
}

nlohmann::json ratio_json(const Ratio& r) { return {{"value", r.value()}, {"hits", r.hits}, {"total", r.total}}; }

std::string one_line(std::string text) {
  std::replace_if(text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return text;
}

}  // namespace

void print_table(std::ostream& out, const EventLocationScores& s) {
  out << "event_location (sentences; recall over acled_relevant lines)\n";
  row(out, "event recall", s.recall, kRecallAim);
  for (const auto& [source, r] : s.recall_by_source) row(out, "  recall " + source, r);
  row(out, "location accuracy", s.location, kLocationAim);
  out << "  spurious rate                           " << fixed(s.spurious_rate()) << "  (" << s.spurious << " extra over "
      << s.scored_texts << " texts)" << (s.spurious_rate() <= kSpuriousAim ? "  aim <= " : "  MISSED aim <= ")
      << fixed(kSpuriousAim, 2) << '\n';
  row(out, "placed where gold has no place", s.placed_without_gold);
  out << "  incidents on unscored texts             " << s.incidents_on_unscored_texts << " on " << s.unscored_texts
      << " texts (no penalty)\n";
  // The lemmas that lose most lines: where to look next.
  std::vector<std::pair<std::string, Ratio>> lemmas(s.recall_by_lemma.begin(), s.recall_by_lemma.end());
  std::sort(lemmas.begin(), lemmas.end(), [](const auto& a, const auto& b) {
    return a.second.total - a.second.hits > b.second.total - b.second.hits;
  });
  out << "  most missed verbs:";
  for (std::size_t i = 0; i < std::min<std::size_t>(8, lemmas.size()); ++i) {
    out << ' ' << lemmas[i].first << ' ' << (lemmas[i].second.total - lemmas[i].second.hits) << '/'
        << lemmas[i].second.total;
  }
  out << '\n';
}

void print_table(std::ostream& out, const WikiEventsScores& s) {
  out << "wikievents (articles; (article, ACLED row) pairs)\n";
  row(out, "micro recall", s.recall, kRecallAim);
  for (std::size_t r = 0; r < kAcledRows; ++r) {
    row(out, "  recall " + std::string(row_name(static_cast<AcledRow>(r))), s.recall_by_row[r], kRowAim);
  }
  row(out, "type accuracy", s.type, kTypeAim);
  row(out, "place accuracy", s.place, kPlaceAim);
  const double articles = s.articles == 0 ? 1.0 : static_cast<double>(s.articles);
  out << "  incidents per article                   " << fixed(static_cast<double>(s.incidents) / articles, 2)
      << "  (pairs per article " << fixed(static_cast<double>(s.pairs) / articles, 2) << ")\n";
}

void print_json(std::ostream& out, const EventLocationScores& s) {
  nlohmann::json j;
  j["recall"] = ratio_json(s.recall);
  for (const auto& [source, r] : s.recall_by_source) j["recall_by_source"][source] = ratio_json(r);
  j["location_accuracy"] = ratio_json(s.location);
  j["spurious_rate"] = s.spurious_rate();
  j["placed_without_gold"] = ratio_json(s.placed_without_gold);
  j["incidents_on_unscored_texts"] = s.incidents_on_unscored_texts;
  out << j.dump(2) << '\n';
}

void print_json(std::ostream& out, const WikiEventsScores& s) {
  nlohmann::json j;
  j["recall"] = ratio_json(s.recall);
  for (std::size_t r = 0; r < kAcledRows; ++r) {
    j["recall_by_row"][std::string(row_name(static_cast<AcledRow>(r)))] = ratio_json(s.recall_by_row[r]);
  }
  j["type_accuracy"] = ratio_json(s.type);
  j["place_accuracy"] = ratio_json(s.place);
  j["incidents"] = s.incidents;
  j["articles"] = s.articles;
  out << j.dump(2) << '\n';
}

void print_errors(std::ostream& out, const EventLocationScores& s) {
  out << "what\tsource\tlemma\tverb\tgold_place\tchosen_place\ttext\n";
  for (const EventLocationLine* line : s.missed) {
    out << "missed\t" << line->source << '\t' << line->verb_lemma << '\t' << line->event.text << '\t'
        << (line->locations.empty() ? "" : line->locations.front().text) << "\t\t" << one_line(line->text) << '\n';
  }
  for (const auto& [line, chosen] : s.misplaced) {
    out << "misplaced\t" << line->source << '\t' << line->verb_lemma << '\t' << line->event.text << '\t'
        << line->locations.front().text << '\t' << chosen << '\t' << one_line(line->text) << '\n';
  }
}

void print_errors(std::ostream& out, const WikiEventsScores& s) {
  out << "what\tarticle\trow\ttrigger\n";
  for (const auto& miss : s.misses) {
    out << miss.what << '\t' << miss.article << '\t' << row_name(miss.row) << '\t' << miss.trigger << '\n';
  }
}

}  // namespace incimap::tools
