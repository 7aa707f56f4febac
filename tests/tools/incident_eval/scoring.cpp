#include "incident_eval/scoring.hpp"

#include <algorithm>
#include <cctype>

namespace incimap::tools {
namespace {

const std::vector<PredictedIncident>& incidents_of(const PredictionsByArticle& predictions, const std::string& id) {
  static const std::vector<PredictedIncident> kNone;
  const auto found = predictions.find(id);
  return found == predictions.end() ? kNone : found->second;
}

bool has_mention_span(const PredictedIncident& incident) {
  return incident.matched_start && incident.matched_end && *incident.matched_start < *incident.matched_end;
}

}  // namespace

std::string_view mention_text(const PredictedIncident& incident, std::string_view text) {
  if (incident.matched_start && incident.matched_end && *incident.matched_start < *incident.matched_end &&
      *incident.matched_end <= text.size()) {
    return text.substr(*incident.matched_start, *incident.matched_end - *incident.matched_start);
  }
  return incident.location;
}

std::string normalized_name(std::string_view name) {
  // Case folding: ASCII letters; other bytes (UTF-8) are compared as written.
  std::string out;
  bool space = false;
  for (const char c : name) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

std::vector<Span> excerpt_spans(const PredictedIncident& incident, std::string_view text) {
  if (incident.excerpt_start && incident.excerpt_end) return {{*incident.excerpt_start, *incident.excerpt_end, {}}};
  std::vector<Span> spans;
  if (incident.excerpt.empty()) return spans;
  for (std::size_t at = text.find(incident.excerpt); at != std::string_view::npos;
       at = text.find(incident.excerpt, at + 1)) {
    spans.push_back({at, at + incident.excerpt.size(), {}});
  }
  return spans;
}

bool covers(const PredictedIncident& incident, std::string_view text, const Span& gold) {
  const auto spans = excerpt_spans(incident, text);
  return std::any_of(spans.begin(), spans.end(), [&](const Span& e) { return gold.inside(e.start, e.end); });
}

bool places_match(const PredictedIncident& incident, std::string_view text, const std::vector<Span>& places) {
  const std::string name = normalized_name(mention_text(incident, text));
  for (const Span& gold : places) {
    if (has_mention_span(incident) && gold.overlaps(*incident.matched_start, *incident.matched_end)) return true;
    if (!name.empty() && name == normalized_name(gold.text)) return true;
  }
  return false;
}

std::map<std::string, std::string> document_ids(const std::vector<EventLocationLine>& lines) {
  std::map<std::string, std::string> by_text;
  for (const EventLocationLine& line : lines) by_text.emplace(line.text, line.id);
  return by_text;
}

EventLocationScores score_event_location(const std::vector<EventLocationLine>& lines,
                                         const PredictionsByArticle& predictions) {
  EventLocationScores scores;
  const auto documents = document_ids(lines);
  std::map<std::string, std::size_t> scored_lines_per_text;
  for (const EventLocationLine& line : lines) {
    if (!line.acled_relevant) continue;
    ++scored_lines_per_text[line.text];
    const auto& incidents = incidents_of(predictions, documents.at(line.text));
    std::vector<const PredictedIncident*> covering;
    for (const PredictedIncident& incident : incidents) {
      if (covers(incident, line.text, line.event)) covering.push_back(&incident);
    }
    const bool found = !covering.empty();
    for (Ratio* r : {&scores.recall, &scores.recall_by_source[line.source], &scores.recall_by_lemma[line.verb_lemma]}) {
      ++r->total;
      r->hits += found ? 1 : 0;
    }
    if (!found) {
      scores.missed.push_back(&line);
      continue;
    }
    if (line.locations.empty()) {
      ++scores.placed_without_gold.total;
      const bool placed = std::any_of(covering.begin(), covering.end(), [](const PredictedIncident* i) {
        return has_mention_span(*i);
      });
      scores.placed_without_gold.hits += placed ? 1 : 0;
      continue;
    }
    ++scores.location.total;
    const bool right = std::any_of(covering.begin(), covering.end(), [&](const PredictedIncident* i) {
      return places_match(*i, line.text, line.locations);
    });
    if (right) {
      ++scores.location.hits;
    } else {
      std::string chosen;
      for (const PredictedIncident* i : covering) {
        if (!chosen.empty()) chosen += "; ";
        chosen += mention_text(*i, line.text);
      }
      scores.misplaced.push_back({&line, chosen});
    }
  }
  for (const auto& [text, id] : documents) {
    const std::size_t n = incidents_of(predictions, id).size();
    const auto scored = scored_lines_per_text.find(text);
    if (scored == scored_lines_per_text.end()) {
      ++scores.unscored_texts;
      scores.incidents_on_unscored_texts += n;
      continue;
    }
    ++scores.scored_texts;
    const std::size_t allowed = std::max<std::size_t>(1, scored->second);
    scores.spurious += n > allowed ? n - allowed : 0;
  }
  return scores;
}

WikiEventsScores score_wikievents(const std::vector<WikiArticle>& articles, const PredictionsByArticle& predictions) {
  WikiEventsScores scores;
  for (const WikiArticle& article : articles) {
    ++scores.articles;
    const auto& incidents = incidents_of(predictions, article.id);
    scores.incidents += incidents.size();
    std::array<std::vector<const WikiEvent*>, kAcledRows> pairs;
    for (const WikiEvent& event : article.events) {
      if (const auto row = row_of_kairos_type(event.type)) pairs[static_cast<std::size_t>(*row)].push_back(&event);
    }
    for (std::size_t r = 0; r < kAcledRows; ++r) {
      if (pairs[r].empty()) continue;
      ++scores.pairs;
      const auto row = static_cast<AcledRow>(r);
      std::vector<const PredictedIncident*> covering;
      std::vector<Span> places;
      for (const WikiEvent* event : pairs[r]) {
        places.insert(places.end(), event->places.begin(), event->places.end());
        for (const PredictedIncident& incident : incidents) {
          if (covers(incident, article.text, event->trigger) &&
              std::find(covering.begin(), covering.end(), &incident) == covering.end()) {
            covering.push_back(&incident);
          }
        }
      }
      const bool found = !covering.empty();
      for (Ratio* ratio : {&scores.recall, &scores.recall_by_row[r]}) {
        ++ratio->total;
        ratio->hits += found ? 1 : 0;
      }
      const std::string trigger = pairs[r].front()->trigger.text;
      if (!found) {
        scores.misses.push_back({article.id, row, "missed", trigger});
        continue;
      }
      ++scores.type.total;
      const bool typed = std::any_of(covering.begin(), covering.end(),
                                     [&](const PredictedIncident* i) { return row_accepts(row, i->event_type); });
      if (typed) {
        ++scores.type.hits;
      } else {
        scores.misses.push_back({article.id, row, "type", trigger});
      }
      if (places.empty()) continue;
      ++scores.place.total;
      const bool placed = std::any_of(covering.begin(), covering.end(), [&](const PredictedIncident* i) {
        return places_match(*i, article.text, places);
      });
      if (placed) {
        ++scores.place.hits;
      } else {
        scores.misses.push_back({article.id, row, "place", trigger});
      }
    }
  }
  return scores;
}

}  // namespace incimap::tools
