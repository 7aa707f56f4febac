#pragma once
// Who did it and to whom: actor phrases ("an outlawed group", "an
// Iran-backed militia", "the U.S.-led coalition", "the United States") found
// by the words around them, with how the text attributes them.
//
// Perpetrator cues: "blamed ... on X" and "X was likely/probably/suspected"
// (suspected), "X claimed responsibility" (claimed), "X confirmed it carried
// out" unless negated (confirmed), "X launched/fired/attacked ..." and
// "attacked by X" (named, no attribution).
// Target cues: "attack on X", "targeting X", "slammed into X", "against X",
// the subject of "was/were attacked/hit/targeted", "killed <name>".
// A phrase is an actor only when its head is an actor noun (group, militia,
// forces, embassy, ...) or it is a proper name.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "geo/incidents/incident.hpp"
#include "geo/incidents/sentence_words.hpp"

namespace incimap::geo {

enum class ActorRole : std::uint8_t { perpetrator, target };

struct ActorMention {
  ActorRole role = ActorRole::perpetrator;
  Actor actor;
  std::uint32_t start = 0;  // UTF-8 byte offsets of the phrase in `text`
  std::uint32_t end = 0;
};

// `words` are one sentence of `text`.
std::vector<ActorMention> find_actors(std::string_view text, const Words& words);

// The mention an incident reports for `role`: the strongest attribution
// (confirmed, claimed, suspected, none), then a specific head ("militia"
// over "group"), then the later statement for perpetrators (articles
// refine who did it as they go) and the earlier for targets.
std::optional<Actor> choose_actor(const std::vector<ActorMention>& mentions, ActorRole role);

}  // namespace incimap::geo
