#pragma once
// Where an incident happened: the most specific resolved place tied to it,
// looked for in widening scopes — the town or landmark of the sentence the
// excerpt shows, then every sentence that reports the event, then the
// sentences that add detail to it, then their paragraphs — and, when the
// text ties no place to the event, the article's focus place at
// geo_precision 3 rather than nothing. "South of Mosul", "near the airport"
// and places found outside the event's own sentences are geo_precision 2.
//
// A place inside a perpetrator phrase is not where the event happened ("an
// Iran-backed militia", "the United States launched"), nor is a possessive
// in front of a name ("Iran’s Islamic Revolutionary Guard Corps"), nor a
// demonym ("Iraqi troops"), nor a country used as an adjective ("a U.S.
// helicopter was shot down in western Iraq"), nor a news agency ("told
// Xinhua"), and a distance's reference point ("80 km west of Baghdad")
// only when nothing nearer is named.
//
// In the key sentence the place is the one the event's words are tied to:
// after a locative word ("in", "at", "near", "the town of"), in the
// trigger's clause, nearest to the trigger. A name the gazetteer lacks but
// the text calls a place ("the village of Amerli") is that place, placed
// at the best resolved place around it at geo_precision 2.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "geo/incidents/incident.hpp"
#include "geo/text/text_span.hpp"
#include "geo/resolve/place_mention.hpp"

namespace incimap::geo {

struct LocationScopes {
  TextSpan key_sentence;                   // the sentence the excerpt shows
  TextSpan trigger;                        // the words of the key sentence that name the event
  std::vector<TextSpan> event_sentences;   // every sentence that reports the event
  std::vector<TextSpan> detail_sentences;  // casualty and actor statements about it
  std::vector<TextSpan> paragraphs;        // the paragraphs of the event sentences
  std::vector<TextSpan> excluded;          // perpetrator phrases; other incidents' sentences
  // Target phrases: a landmark or city inside one is where it happened ("the
  // U.S. Embassy"), a country is the target's nationality ("the U.S.-led coalition").
  std::vector<TextSpan> targets;
  // The mentions are sorted by start (as the geoparser returns them): a
  // scope's mentions are then found by binary search rather than by walking
  // a long article's every mention for each incident.
  bool mentions_in_text_order = false;
};

// The type word the text gives a place: "the village of X" or "X
// district" -> "village", "district"; empty when it gives none.
std::string type_word_of(std::string_view text, const PlaceMention& m);

// Whether the text tells a place as where something happened: after a
// locative word ("in", "at", "near", "outside"; not "taken to"), or called a
// town ("the town of Heet", "the main northern city of Mosul").
bool told_as_a_scene(std::string_view text, const PlaceMention& m);

// The index of the article's focus place. First the focus country: the one
// whose places, demonyms and own name are mentioned most ("U.S. official",
// "U.S.-led" and "U.S. targets" make one country loud but not the subject;
// Baghdad, the Green Zone and "Iraqi" together outweigh it). Then the place
// in that country named most often, the more specific on a tie, then the
// earliest. Nothing when no mention is resolved.
std::optional<std::size_t> focus_place(const std::vector<PlaceMention>& mentions);

std::optional<IncidentLocation> pick_location(std::string_view text, const std::vector<PlaceMention>& mentions,
                                              const LocationScopes& scopes, std::optional<std::size_t> focus);

// pick_location's place, or, when it finds none, the name the key sentence
// ties to the event that the gazetteer lacks with no resolved place around
// it to put it at ("Also bombed was the nearby village of Guermenshuk").
struct PlaceOfEvent {
  std::optional<IncidentLocation> location;
  std::optional<UnlocatedPlace> unlocated;  // only when `location` is empty
};
PlaceOfEvent pick_place(std::string_view text, const std::vector<PlaceMention>& mentions, const LocationScopes& scopes,
                        std::optional<std::size_t> focus);

}  // namespace incimap::geo
