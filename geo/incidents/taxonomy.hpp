#pragma once
// The event taxonomy: ACLED's event types and sub-event types (ACLED
// Codebook, 2019+ revision), with the English trigger words and phrases that
// signal each in news text.
//
// A trigger is a sequence of word patterns matched against a sentence's
// lower-cased words with hyphens dropped ("air-strike" matches "air strike").
// A pattern ending in '*' matches any word that starts with the rest
// ("rocket*" matches "rocket", "rockets", "rocketed"); '|' separates
// alternatives for one word ("drone*|aircraft struck|bombed").
//
// Specificity decides which trigger names an incident when several describe
// it: "was attacked" (generic) + "explosion" (family) + "eight rockets"
// (specific) is a shelling/artillery/missile attack.

#include <cstdint>
#include <span>
#include <string_view>

namespace incimap::geo {

enum class EventType : std::uint8_t {
  battles,
  explosions_remote_violence,
  violence_against_civilians,
  protests,
  riots,
  strategic_developments,
};

enum class SubEventType : std::uint8_t {
  // Battles
  armed_clash,
  government_regains_territory,
  non_state_actor_overtakes_territory,
  // Explosions/Remote violence
  chemical_weapon,
  air_drone_strike,
  suicide_bomb,
  shelling_artillery_missile_attack,
  remote_explosive_landmine_ied,
  grenade,
  // Violence against civilians
  sexual_violence,
  attack,
  abduction_forced_disappearance,
  // Protests
  peaceful_protest,
  protest_with_intervention,
  excessive_force_against_protesters,
  // Riots
  violent_demonstration,
  mob_violence,
  // Strategic developments
  agreement,
  arrests,
  change_to_group_activity,
  disrupted_weapons_use,
  headquarters_or_base_established,
  looting_property_destruction,
  non_violent_transfer_of_territory,
  other,
};

enum class Specificity : std::uint8_t {
  generic = 1,   // "attack", "killed": something violent happened
  family = 2,    // "explosion", "bomb", "shooting": the kind, not the means
  specific = 3,  // "rockets", "roadside bomb", "airstrike": the means
};

struct Trigger {
  std::string_view phrase;  // space-separated word patterns, lower case
  SubEventType sub_event;
  Specificity specificity;
};

EventType event_type_of(SubEventType sub_event) noexcept;

// ACLED's spelling: "Explosions/Remote violence", "Shelling/artillery/missile attack".
std::string_view acled_name(EventType type) noexcept;
std::string_view acled_name(SubEventType sub_event) noexcept;

// The simplestyle marker colour ("#rrggbb") the exports and the viewer use.
std::string_view marker_color(EventType type) noexcept;

// Every trigger, in no particular order.
std::span<const Trigger> event_triggers() noexcept;

}  // namespace incimap::geo
