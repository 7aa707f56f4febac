#pragma once
// The verbs that report events, by lemma, with every inflection generated
// from the lemma ("capture" → capture, captures, captured, capturing) rather
// than listed by hand, in active and passive use alike ("troops captured
// the town", "the town was captured"). A verb may carry a particle that
// must follow it ("gun down" → "gunned down", "guns down"; "blow up" →
// "blew up", "blown up") or an object phrase ("hack to death").
//
// The nouns that name events ("airstrike", "protest") stay in taxonomy.cpp;
// a verb listed here and there ("protested") matches the longer phrase first.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/incidents/taxonomy.hpp"

namespace incimap::geo {

struct EventVerb {
  std::string_view lemma;       // "shoot"
  std::string_view past;        // "shot"; empty: regular ("captured")
  std::string_view participle;  // "shot"; empty: the past form
  std::string_view particle;    // words that must follow: "down", "to death"; may be empty
  SubEventType sub_event;
  Specificity specificity;
};

// The inflected forms of a lemma: base, third person, past, participle and
// -ing, each once. Regular spelling rules: "capture" → "captured",
// "rally" → "rallied", "stab" → "stabbed" (a short closed syllable doubles
// its consonant), "target" → "targeted".
std::vector<std::string> inflections(const EventVerb& verb);

// One trigger per inflected form, the particle appended: what the event
// detector matches. Built once.
struct VerbTrigger {
  std::string phrase;  // space-separated words, lower case
  SubEventType sub_event;
  Specificity specificity;
  bool base_form = false;  // the bare lemma: after "to" it is an intention
};
const std::vector<VerbTrigger>& verb_triggers();

// "kidnap", "attacks": the present tense of an event verb (base or third
// person), which in a relative clause says what someone habitually does.
bool is_present_tense_event_verb(std::string_view lowered);

// Any inflected form of an event verb ("kills", "detained", "shot").
bool is_event_verb_form(std::string_view lowered);

// Every event verb, in no particular order.
std::span<const EventVerb> event_verbs() noexcept;

}  // namespace incimap::geo
