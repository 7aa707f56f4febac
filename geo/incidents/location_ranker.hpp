#pragma once
// The event-to-place link as a learned ranker: each place the key sentence
// names is described by a few facts about how the text ties it to the
// event's words (which side of the trigger, how far, after "in" or "near",
// across a clause break, what kind of place), and the place with the
// highest weighted sum is where the event happened. The weights are data
// (assets/models/location_ranker.tsv, compiled in), trained by
// scripts/train-location-ranker.py on one half of the annotated
// event_location corpus as a conditional logit over each event's candidates.
//
// Setting INCIMAP_LOCATION_CANDIDATES=FILE makes extract append every
// candidate's features to FILE (the trainer's input);
// INCIMAP_LOCATION_RANKER=FILE uses FILE's weights instead of the shipped ones.

#include <array>
#include <cstdint>
#include <string_view>

namespace incimap::geo {

enum class LocationFeature : std::uint8_t {
  rule_choice,          // the hand-written ranking's pick: a town tied by a locative word, in the clause, nearest
  after_trigger,        // the place comes after the event's words
  object_of_trigger,    // "captured Mosul", "shelled the town of X": within three words after, no comma
  after_locative_word,  // "in", "at", "near", "of", "on" right before it
  after_in_or_at,       // "in", "at", "inside", "into" right before it
  after_near_word,      // "near", "outside", "around", "north of", "outskirts of"
  named_by_type,        // "the village of X", "X district": a settlement or a part of one
  named_as_area,        // "the X countryside", "the province of X", "the X region": a wide area
  event_word_between,   // another event verb between it and the trigger ("launched ..., targeting X")
  qualifies_next_noun,  // "the Obama administration", "a Baghdad hotel": the name as an adjective
  after_over_word,      // "over", "across", "through", "throughout", "along"
  distance_reference,   // "90 km east of X"
  area_named_after,     // "the X countryside", "X district" (the area around a town)
  clause_break,         // ";", ":" or a dash between it and the trigger
  comma_between,        // a comma between it and the trigger
  log_words_between,    // log(1 + words between it and the trigger)
  nearest_candidate,    // no other candidate is nearer the trigger
  first_after_trigger,  // the first candidate after the trigger
  inner_of_pair,        // "X in Y", "X, Y", "the X district of Y": it is X
  outer_of_pair,        // ... it is Y
  sentence_start,       // the sentence's first words (a dateline, a subject)
  country,
  admin1,
  admin2,
  city,
  landmark,
  region,
  unresolved,      // a name the gazetteer lacks that the text calls a place
  log_population,  // log10(1 + population) / 7
  count
};

inline constexpr std::size_t kLocationFeatureCount = static_cast<std::size_t>(LocationFeature::count);
using LocationFeatures = std::array<float, kLocationFeatureCount>;

// The feature's name in the weights file and the candidates dump.
std::string_view location_feature_name(LocationFeature f) noexcept;

// The candidate's score under the shipped weights (higher is likelier the place).
double location_score(const LocationFeatures& features) noexcept;

// The trainer's input: when INCIMAP_LOCATION_CANDIDATES names a file, one
// tab-separated line per candidate (text fingerprint, trigger span,
// candidate span, features), appended; otherwise nothing.
void record_location_candidate(std::string_view text, std::uint32_t trigger_start, std::uint32_t trigger_end,
                               std::uint32_t start, std::uint32_t end, const LocationFeatures& features);

}  // namespace incimap::geo
