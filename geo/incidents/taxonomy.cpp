#include "geo/incidents/taxonomy.hpp"

#include <array>

namespace incimap::geo {
namespace {

using enum SubEventType;
constexpr Specificity G = Specificity::generic;
constexpr Specificity F = Specificity::family;
constexpr Specificity S = Specificity::specific;

// Words are matched after hyphens are dropped, so "cease-fire" is listed as
// "cease fire" and "Iran-backed" never needs its own entry. Month names are
// never triggers ("March"), and neither are words that news uses for
// non-violent things ("strike" alone is also a labour strike, "rallied"
// what markets do; "battle" counts unless "legal", "political" ... precede
// it). The people ("protesters") are weaker evidence than the act ("protest").
constexpr std::array kTriggers = std::to_array<Trigger>({
    // Battles: two armed, organised sides fight.
    {"clash*", armed_clash, S},
    {"firefight*", armed_clash, S},
    {"gunfight*", armed_clash, S},
    {"gun battle*", armed_clash, S},
    {"exchanged fire", armed_clash, S},
    {"exchange of fire", armed_clash, S},
    {"ambush*", armed_clash, S},
    {"fighting", armed_clash, F},
    {"battle", armed_clash, F},
    {"battles", armed_clash, F},
    {"fought", armed_clash, F},
    {"offensive", armed_clash, F},
    {"raid", armed_clash, F},
    {"capture", non_state_actor_overtakes_territory, F},
    {"seizure", non_state_actor_overtakes_territory, F},
    {"invasion", non_state_actor_overtakes_territory, F},
    {"recapture", government_regains_territory, S},
    {"liberation", government_regains_territory, S},
    {"counteroffensive*", armed_clash, F},
    {"counter offensive*", armed_clash, F},
    {"counterattack*", armed_clash, F},
    {"counter attack*", armed_clash, F},
    {"siege", armed_clash, F},
    {"incursion*", armed_clash, F},
    {"recaptured", government_regains_territory, S},
    {"retook", government_regains_territory, S},
    {"regained control", government_regains_territory, S},
    {"overran", non_state_actor_overtakes_territory, S},
    {"seized control", non_state_actor_overtakes_territory, S},

    // Explosions/Remote violence: one side strikes from a distance.
    {"chemical attack*", chemical_weapon, S},
    {"chemical weapon*", chemical_weapon, S},
    {"chlorine gas", chemical_weapon, S},
    {"nerve agent*", chemical_weapon, S},
    {"airstrike*", air_drone_strike, S},
    {"air strike*", air_drone_strike, S},
    {"air raid*", air_drone_strike, S},
    {"drone strike*", air_drone_strike, S},
    {"drone attack*", air_drone_strike, S},
    {"warplane*", air_drone_strike, S},
    {"bombing raid*", air_drone_strike, S},
    {"helicopter gunship*", air_drone_strike, S},
    // Aircraft as the subject of an attack verb: "a drone struck a market",
    // "jets bombed the village", "Israeli jets strike Gaza" (headline tense).
    {"drone*|jet|jets|aircraft|helicopter*|warplane* struck|strike|strikes|hit|hits|bombed|bombs|attacked|fired|"
     "dropped|targeted|pounded",
     air_drone_strike, S},
    {"suicide bomb*", suicide_bomb, S},
    {"suicide attack*", suicide_bomb, S},
    {"suicide car bomb*", suicide_bomb, S},
    {"suicide vest*", suicide_bomb, S},
    {"rocket*", shelling_artillery_missile_attack, S},
    {"mortar*", shelling_artillery_missile_attack, S},
    {"artillery", shelling_artillery_missile_attack, S},
    {"missile*", shelling_artillery_missile_attack, S},
    {"katyusha*", shelling_artillery_missile_attack, S},
    {"projectile*", shelling_artillery_missile_attack, S},
    {"shell", shelling_artillery_missile_attack, S},
    {"shells", shelling_artillery_missile_attack, S},
    {"shelled", shelling_artillery_missile_attack, S},
    {"shelling", shelling_artillery_missile_attack, S},
    {"pounded", shelling_artillery_missile_attack, F},
    {"pounding", shelling_artillery_missile_attack, F},
    {"bombardment*", shelling_artillery_missile_attack, S},
    // "a strike on a tram depot": a strike at a target that names no means
    // is most often artillery or a missile. A labour strike is "on strike",
    // "a strike over pay", "a strike on Monday" (see event_detector.cpp).
    {"strike on", shelling_artillery_missile_attack, F},
    {"strikes on", shelling_artillery_missile_attack, F},
    {"roadside bomb*", remote_explosive_landmine_ied, S},
    {"ied", remote_explosive_landmine_ied, S},
    {"ieds", remote_explosive_landmine_ied, S},
    {"improvised explosive*", remote_explosive_landmine_ied, S},
    {"explosive device*", remote_explosive_landmine_ied, S},
    {"car bomb*", remote_explosive_landmine_ied, S},
    {"sticky bomb*", remote_explosive_landmine_ied, S},
    {"landmine*", remote_explosive_landmine_ied, S},
    {"land mine*", remote_explosive_landmine_ied, S},
    {"bomb", remote_explosive_landmine_ied, F},
    {"bombs", remote_explosive_landmine_ied, F},
    {"bombing*", remote_explosive_landmine_ied, F},
    {"bombed", remote_explosive_landmine_ied, F},
    {"bomber*", remote_explosive_landmine_ied, F},
    {"explosion*", remote_explosive_landmine_ied, F},
    {"exploded", remote_explosive_landmine_ied, F},
    {"blast*", remote_explosive_landmine_ied, F},
    {"detonat*", remote_explosive_landmine_ied, F},
    {"grenade*", grenade, S},

    // Violence against civilians: armed actors against unarmed people.
    {"rape", sexual_violence, S},
    {"raped", sexual_violence, S},
    {"sexual assault*", sexual_violence, S},
    {"sexually assaulted", sexual_violence, S},
    {"abduct*", abduction_forced_disappearance, S},
    {"kidnap*", abduction_forced_disappearance, S},
    {"taken hostage", abduction_forced_disappearance, S},
    {"massacre*", attack, S},
    {"assassinat*", attack, S},
    {"stabbing*", attack, S},
    {"beheading*", attack, S},
    {"torture", attack, S},
    {"execution*", attack, F},
    {"murder*", attack, S},
    {"shootout*", armed_clash, S},
    {"shoot out*", armed_clash, S},
    {"stabbed", attack, S},
    {"beheaded", attack, S},
    {"executed", attack, F},
    {"shot dead", attack, F},
    {"gunmen", attack, F},
    {"opened fire", attack, F},
    {"shooting", attack, F},
    {"attack", attack, G},
    {"attacks", attack, G},
    {"attacked", attack, G},
    {"attacking", attack, G},
    {"assault", attack, G},
    {"assaulted", attack, G},
    {"killed", attack, G},
    {"killing", attack, G},

    // Protests: demonstrations; the sentence's other words decide whether
    // they stayed peaceful (see event_detector.cpp).
    {"protest", peaceful_protest, S},
    {"protests", peaceful_protest, S},
    {"protested", peaceful_protest, S},
    {"protesting", peaceful_protest, S},
    {"protesters", peaceful_protest, F},
    {"demonstrators", peaceful_protest, F},
    {"demonstration", peaceful_protest, S},
    {"demonstrations", peaceful_protest, S},
    {"demonstrated", peaceful_protest, S},
    {"marched", peaceful_protest, F},
    {"march", peaceful_protest, F},
    {"marchers", peaceful_protest, F},
    {"rally", peaceful_protest, F},
    {"rallies", peaceful_protest, F},
    {"sit in", peaceful_protest, F},
    {"sit ins", peaceful_protest, F},
    {"picket", peaceful_protest, S},
    {"took to the streets", peaceful_protest, S},

    // Riots. Petrol bombs are what rioters throw, not remote explosives.
    {"petrol bomb*", violent_demonstration, S},
    {"molotov*", violent_demonstration, S},
    {"firebomb*", violent_demonstration, S},
    {"riot", violent_demonstration, S},
    {"riots", violent_demonstration, S},
    {"rioters", violent_demonstration, S},
    {"rioting", violent_demonstration, S},
    {"mob", mob_violence, S},
    {"mobs", mob_violence, S},
    {"lynch*", mob_violence, S},

    // Strategic developments: non-violent but significant. They rank below
    // violence of the same specificity, so an interception reported beside
    // a rocket attack stays part of that attack.
    {"cease fire", agreement, S},
    {"ceasefire*", agreement, S},
    {"truce", agreement, S},
    {"peace deal", agreement, S},
    {"peace agreement", agreement, S},
    {"arrest", arrests, S},  // headlines: "Police arrest four suspects"
    {"arrested", arrests, S},
    {"arrests", arrests, S},
    {"detained", arrests, S},
    {"intercept*", disrupted_weapons_use, F},
    {"defused", disrupted_weapons_use, S},
    {"shot down", disrupted_weapons_use, F},
    {"looted", looting_property_destruction, S},
    {"looting", looting_property_destruction, S},
    {"looters", looting_property_destruction, S},
    {"torched", looting_property_destruction, F},
    {"burned", looting_property_destruction, G},
    {"burnt", looting_property_destruction, G},
    {"set fire to", looting_property_destruction, F},
    {"set ablaze", looting_property_destruction, F},
    {"withdrew from", non_violent_transfer_of_territory, F},
    {"handed over control", non_violent_transfer_of_territory, S},
});

}  // namespace

EventType event_type_of(SubEventType sub_event) noexcept {
  switch (sub_event) {
    case armed_clash:
    case government_regains_territory:
    case non_state_actor_overtakes_territory:
      return EventType::battles;
    case chemical_weapon:
    case air_drone_strike:
    case suicide_bomb:
    case shelling_artillery_missile_attack:
    case remote_explosive_landmine_ied:
    case grenade:
      return EventType::explosions_remote_violence;
    case sexual_violence:
    case attack:
    case abduction_forced_disappearance:
      return EventType::violence_against_civilians;
    case peaceful_protest:
    case protest_with_intervention:
    case excessive_force_against_protesters:
      return EventType::protests;
    case violent_demonstration:
    case mob_violence:
      return EventType::riots;
    case agreement:
    case arrests:
    case change_to_group_activity:
    case disrupted_weapons_use:
    case headquarters_or_base_established:
    case looting_property_destruction:
    case non_violent_transfer_of_territory:
    case other:
      return EventType::strategic_developments;
  }
  return EventType::strategic_developments;
}

std::string_view acled_name(EventType type) noexcept {
  switch (type) {
    case EventType::battles:
      return "Battles";
    case EventType::explosions_remote_violence:
      return "Explosions/Remote violence";
    case EventType::violence_against_civilians:
      return "Violence against civilians";
    case EventType::protests:
      return "Protests";
    case EventType::riots:
      return "Riots";
    case EventType::strategic_developments:
      return "Strategic developments";
  }
  return "Strategic developments";
}

std::string_view acled_name(SubEventType sub_event) noexcept {
  switch (sub_event) {
    case armed_clash:
      return "Armed clash";
    case government_regains_territory:
      return "Government regains territory";
    case non_state_actor_overtakes_territory:
      return "Non-state actor overtakes territory";
    case chemical_weapon:
      return "Chemical weapon";
    case air_drone_strike:
      return "Air/drone strike";
    case suicide_bomb:
      return "Suicide bomb";
    case shelling_artillery_missile_attack:
      return "Shelling/artillery/missile attack";
    case remote_explosive_landmine_ied:
      return "Remote explosive/landmine/IED";
    case grenade:
      return "Grenade";
    case sexual_violence:
      return "Sexual violence";
    case attack:
      return "Attack";
    case abduction_forced_disappearance:
      return "Abduction/forced disappearance";
    case peaceful_protest:
      return "Peaceful protest";
    case protest_with_intervention:
      return "Protest with intervention";
    case excessive_force_against_protesters:
      return "Excessive force against protesters";
    case violent_demonstration:
      return "Violent demonstration";
    case mob_violence:
      return "Mob violence";
    case agreement:
      return "Agreement";
    case arrests:
      return "Arrests";
    case change_to_group_activity:
      return "Change to group/activity";
    case disrupted_weapons_use:
      return "Disrupted weapons use";
    case headquarters_or_base_established:
      return "Headquarters or base established";
    case looting_property_destruction:
      return "Looting/property destruction";
    case non_violent_transfer_of_territory:
      return "Non-violent transfer of territory";
    case other:
      return "Other";
  }
  return "Other";
}

std::string_view marker_color(EventType type) noexcept {
  switch (type) {
    case EventType::battles:
      return "#d62728";
    case EventType::explosions_remote_violence:
      return "#ff7f0e";
    case EventType::violence_against_civilians:
      return "#9467bd";
    case EventType::protests:
      return "#2ca02c";
    case EventType::riots:
      return "#8c564b";
    case EventType::strategic_developments:
      return "#1f77b4";
  }
  return "#1f77b4";
}

std::span<const Trigger> event_triggers() noexcept { return kTriggers; }

}  // namespace incimap::geo
