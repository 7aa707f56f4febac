#pragma once
// One article to its incidents: a pure function of the article, its
// sentences and the geoparser's place mentions.
//
// Sentences are read in order. A sentence that asserts an event either
// continues the open incident or starts a new one: it starts one when it
// names another time ("in November" after "on Sunday night"), says so
// ("another attack", "one attack in November"), or reports a different
// specific means (roadside bombs after rockets); a bare "the attack" only
// continues one. Sentences without an event that state casualties or
// actors add them to the open incident; a generic statement that names the
// kind of event ("similar bombings have risen", "since the ceasefire") or a
// section heading closes it, while an aside in generic words ("the third
// such attack since March") keeps it open and adds its actors, not its
// tallies. During a demonstration, explosives thrown at the security forces
// make it a riot. The headline is read first; the body's account of the
// event replaces the headline's unless it is vaguer, and a headline
// incident joins the first body incident when they agree. A dateline
// ("KABUL, Sept 7 —") dates and places the report, not the event, and is
// ignored.

#include <vector>

#include "geo/incidents/incident.hpp"
#include "geo/ingest/article.hpp"
#include "geo/resolve/geoparser.hpp"
#include "geo/resolve/place_mention.hpp"
#include "geo/text/sentences.hpp"
#include "geo/text/tokens.hpp"

namespace incimap::geo {

// Preconditions: `tokens` and `sentences` were made from `article.text`;
// mention offsets point into it and the mentions are sorted by offset (as
// the geoparser returns them).
std::vector<Incident> extract_incidents(const Article& article, const std::vector<Token>& tokens,
                                        const std::vector<Sentence>& sentences,
                                        const std::vector<PlaceMention>& mentions);

// Tokenizes and splits the article itself.
std::vector<Incident> extract_incidents(const Article& article, const std::vector<PlaceMention>& mentions);

// Geoparses the article and extracts its incidents, tokenising it once for both.
std::vector<Incident> extract_incidents(const Article& article, const Geoparser& geoparser);

}  // namespace incimap::geo
