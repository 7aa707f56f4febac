#pragma once
// Event detection in one sentence: the taxonomy's triggers, each judged as an
// asserted event or not. Threats, plans and conditionals ("has threatened to
// attack"), denials ("denied any attack") and generic statements ("these
// sorts of attacks are a violation", "the third attack since October") name
// an event type but report no event.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "geo/incidents/sentence_words.hpp"
#include "geo/incidents/taxonomy.hpp"

namespace incimap::geo {

enum class MentionStatus : std::uint8_t {
  asserted,      // the text reports it happened
  hypothetical,  // threat, plan, warning, condition, modal
  denied,        // "denied", "no attack", "did not attack"
  generic,       // about such events in general, or a tally of them
};

enum class NewEventCue : std::uint8_t {
  none,
  separate,     // "another attack", "a separate bombing", "one attack in November"
  refers_back,  // "the attack", "this fighting": an event already introduced
};

struct EventMention {
  SubEventType sub_event = SubEventType::attack;
  Specificity specificity = Specificity::generic;
  MentionStatus status = MentionStatus::asserted;
  NewEventCue cue = NewEventCue::none;
  std::size_t first_word = 0;  // [first_word, last_word) into the sentence's Words
  std::size_t last_word = 0;
  std::uint32_t start = 0;  // UTF-8 byte offsets into the article text
  std::uint32_t end = 0;
};

// Every trigger in the sentence, in text order, longest match first at each
// word ("suicide car bomb" is one mention, not "car bomb" inside it).
std::vector<EventMention> detect_events(const Words& words);

// "grenades thrown at troops", "threw stones at police": weapons thrown at
// the security forces, which is rioting when a demonstration is under way.
bool throws_at_security_forces(const Words& words);

// The asserted mention that best names the sentence's event: the most
// specific, violence before strategic developments, then the first.
std::optional<EventMention> strongest_event(const std::vector<EventMention>& mentions);

}  // namespace incimap::geo
