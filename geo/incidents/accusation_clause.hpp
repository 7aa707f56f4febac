#pragma once
// The part of a sentence that names what suspects are held for: "arrested
// four men suspected of planting the roadside bomb that struck a police van
// last week", "charged over the Peshawar bombing", "detained in connection
// with the attack". The event it names was news when it happened; its
// trigger, date and toll belong to that earlier event, not to the arrest.

#include <optional>

#include "geo/incidents/background_clause.hpp"
#include "geo/incidents/sentence_words.hpp"

namespace incimap::geo {

// From the cue ("suspected of", "accused of", "convicted of", "charged
// with/over", "in connection with", "over" after a word for arresting) to
// the next comma or clause break. Nothing when the sentence has none.
std::optional<WordRange> accusation_clause(const Words& words);

}  // namespace incimap::geo
