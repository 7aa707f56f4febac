#pragma once
// The scoring rules of ../shared/eval/incidents/README.md, section 3.
// Coordinates are never used: an event is found when an incident's excerpt
// span contains its trigger, and a place is right when the incident's place
// mention overlaps a gold place span or its text equals one (casefolded,
// whitespace collapsed, a leading "the " dropped).

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "incident_eval/corpus.hpp"
#include "incident_eval/predictions.hpp"

namespace incimap::tools {

struct Ratio {
  std::size_t hits = 0;
  std::size_t total = 0;
  double value() const noexcept { return total == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(total); }
};

// "The Green  Zone" and "green zone" match.
std::string normalized_name(std::string_view name);

// The byte spans an incident's excerpt covers in `text`: its offsets, or
// every occurrence of the excerpt string when it reports none.
std::vector<Span> excerpt_spans(const PredictedIncident& incident, std::string_view text);

bool covers(const PredictedIncident& incident, std::string_view text, const Span& gold);

// The incident's place mention: the article's bytes under its span, else
// the resolved name.
std::string_view mention_text(const PredictedIncident& incident, std::string_view text);

// The incident's place mention overlaps one of `places` or names one of them.
bool places_match(const PredictedIncident& incident, std::string_view text, const std::vector<Span>& places);

struct EventLocationScores {
  Ratio recall;
  std::map<std::string, Ratio> recall_by_source;
  std::map<std::string, Ratio> recall_by_lemma;
  Ratio location;
  Ratio placed_without_gold;  // no-location diagnostic: a span chosen where none is stated
  std::size_t spurious = 0;   // incidents beyond the annotated verbs, summed over texts
  std::size_t scored_texts = 0;
  std::size_t incidents_on_unscored_texts = 0;
  std::size_t unscored_texts = 0;
  double spurious_rate() const noexcept {
    return scored_texts == 0 ? 0.0 : static_cast<double>(spurious) / static_cast<double>(scored_texts);
  }
  std::vector<const EventLocationLine*> missed;
  struct Misplaced {
    const EventLocationLine* line;
    std::string chosen;  // the covering incidents' place mentions, "; "-joined
  };
  std::vector<Misplaced> misplaced;
};

// The document id each line is run under: lines with the same text share
// one run, named by the first such line's id.
std::map<std::string, std::string> document_ids(const std::vector<EventLocationLine>& lines);

EventLocationScores score_event_location(const std::vector<EventLocationLine>& lines,
                                         const PredictionsByArticle& predictions);

struct WikiEventsScores {
  std::array<Ratio, kAcledRows> recall_by_row{};
  Ratio recall;
  Ratio type;
  Ratio place;
  std::size_t articles = 0;
  std::size_t incidents = 0;
  std::size_t pairs = 0;
  struct Miss {
    std::string article;
    AcledRow row;
    std::string what;  // "missed", "type", "place"
    std::string trigger;
  };
  std::vector<Miss> misses;
};

WikiEventsScores score_wikievents(const std::vector<WikiArticle>& articles, const PredictionsByArticle& predictions);

}  // namespace incimap::tools
