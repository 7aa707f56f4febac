#pragma once
// The vocabulary the rules read, in one place: named classes of lower-case
// English words ("speech_verbs", "security_forces", "months") shared by the
// recogniser and the incident rules. A word's classes come from one hash probe
// into one table built from lexicon.cpp, and a sentence's words keep theirs
// (see Word::classes), so each "is this word one of ...?" test is a bit test.
//
// To add a word, add it to its class's list in lexicon.cpp. To add a class,
// add an enumerator here (with what the class is for) and its row there; a
// class may hold other classes (calendar_words holds weekdays and months).
// tests/geo/text/lexicon_test.cpp checks that every class is well-formed.

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

#include "geo/text/word_list.hpp"

namespace incimap::geo {

enum class WordClass : std::uint8_t {
  // Grammar
  // Words that deny what follows: "not", "never", "without".
  negations,
  // Function words that open a sentence capitalised: "The", "In", "But".
  function_words,
  // Function words that are never the bare verb of a list of events.
  clause_function_words,
  // "that", "which", "who": they open a relative clause after a noun.
  relative_pronouns,
  // Words that open a relative clause after a place: "where", "whose".
  relative_words,
  // "he", "she", "they".
  subject_pronouns,
  // "him", "her", "them".
  object_pronouns,
  // Determiners before an event noun: "the attack", "their raid", "every strike".
  event_determiners,
  // Determiners that point at one known event: "the", "this", "its".
  definite_determiners,
  // Words that make an event noun a class of events: "such attacks", "any kind of".
  generic_determiners,
  // Determiners and counts that may open an actor phrase: "the", "their", "several".
  actor_determiners,
  // Determiners before the people a count is of: "its soldiers", "those killed".
  side_determiners,
  // Words between "none of" and whom it counts: "none of its troops".
  possessive_determiners,
  // Words before a wounded body part: "in his leg", "in both arms".
  body_part_owners,
  // "more", "fewer", "less": a comparison, not a count of one event.
  comparatives,
  // Auxiliaries between a name and its verb of saying: "Jones has said".
  tense_auxiliaries,
  // Words between a group and the act it claims: "had carried out", "was successfully".
  claim_auxiliaries,
  // Prepositions and conjunctions after an act that open no object: "killed in", "attacked while".
  adjunct_openers,
  // Words that tie a person to a group: "members of", "belonged to", "part of".
  membership_links,
  // Words that end an actor phrase: prepositions, auxiliaries, hedges, pronouns.
  actor_stop_words,
  // Counts, determiners and pronouns that are never an actor name on their own.
  actor_common_words,
  // Lower-case words inside a multi-word place name: "Bosnia and Herzegovina", "Isle of Man", "Port-au-Prince".
  name_connectors,
  // Lower-case words inside a proper name: "Santa Rosa de Lima", "Ahl al Sunna".
  person_name_particles,
  // Lower-case Arabic articles that open a name: "al-Busayrah", "ad-Dawr".
  arabic_articles,
  // Prepositions and verbs that announce a place: "in", "near", "outside", "visited".
  locative_cues,
  // Prepositions before a name that may put a person's name in a place: "in", "near", "at", "outside".
  place_prepositions,
  // Verbs whose object is ground when it is a name: "stormed Qabasin", "shelling Fuah" (not "captured",
  // whose object is as often a person: "captured Ocalan").
  territory_verbs,
  // Words that make a date a bound of a range, not the day of an event: "since May", "until Friday".
  date_range_words,
  // Words that may stand between a date's parts and its cue: "on the", "early", "last".
  date_skippable_words,

  // Time
  // The days of the week, Sunday first (the order is the day number).
  weekdays,
  // The months, January first (the order is the month number).
  months,
  // Weekdays and months: "a strike on Monday".
  day_and_month_names,
  // Month, weekday and holiday names and abbreviations: "May", "Sunday", "Christmas" are never places.
  calendar_words,
  // Month abbreviations as written before a day: "Jan. 5", "Sept 11".
  month_abbreviations,
  // Words a date expression may start at: weekdays, months and their
  // abbreviations, "yesterday", "last" (week), "this" (month).
  date_openers,
  // Units of time: "two weeks ago", "in recent years".
  time_units,
  // Words for a stretch of time after a preposition: "over the weekend", "during the past".
  time_periods,
  // Adverbs that make an event a habit, not one event: "daily", "routinely".
  habitual_adverbs,
  // Ordinals that rank an event in a series: "the third attack", "the latest".
  ordinals,
  // Words of a running tally: "in a row", "since", "so far".
  tally_words,

  // Saying and knowing
  // Verbs of saying: "Jones said", "the ministry announced", "the group boasted".
  speech_verbs,
  // Verbs of saying (it holds speech_verbs), believing and showing that make what follows reported speech.
  reporting_verbs,
  // "denied", "rejected": the speaker denies the event.
  denial_verbs,
  // Words before a demonstration that make it where an attack struck: "at a rally", "during a march".
  setting_prepositions,
  // Verbs of answering an event told as their object: "blamed the ELN for the bombing", "condemned the attack".
  response_verbs,
  // Verbs of deciding and acting that only a person or a body does, with those of saying and answering
  // (it holds speech_verbs and response_verbs): "Obama ordered", "Jones said", "Kyiv blamed".
  agent_verbs,
  // Threats, plans, fears and conditionals: what follows has not happened.
  hypothetical_cues,
  // Hedges before an actor: "suspected militants", "believed to be".
  suspicion_cues,
  // Verbs of counting events: "recorded", "documented", "tallied".
  recording_verbs,
  // Words of a trend across events: "rose", "a spate of".
  trend_words,

  // People and forces
  // Members of state forces a count may be of: "soldiers", "policemen", "peacekeepers". With fighter_nouns and
  // civilian_nouns they give a count its side, and counts of different sides add up (see CasualtySide);
  // people_nouns name no side.
  security_force_nouns,
  // State forces that act: the members of security_force_nouns, and "army", "security", "gendarmes".
  security_forces,
  // Members of armed groups a count may be of: "militants", "gunmen", "combatants".
  fighter_nouns,
  // Civilians a count may be of: "children", "villagers", "passengers".
  civilian_nouns,
  // People a count may be of who belong to no side: "people", "workers", "officials".
  people_nouns,
  // People named by where they come from: "militants from", "a man from Dayton".
  people_from_nouns,
  // Nouns that name a party to an incident: "militia", "forces", "gunmen", "protesters".
  actor_heads,
  // Heads that say someone did it without saying who: "gunmen", "attackers".
  generic_actor_heads,
  // A group's own people: "its fighters", "their men".
  own_men_nouns,
  // Ethnic, religious and political group names that gazetteers also hold as small places: "Arab" (Alabama),
  // "Sunni".
  group_names,
  // Titles and roles before a person's name: "President", "Sen.", "journalist".
  person_titles,
  // Roles of people who speak for others: "aides", "officials", "spokesman".
  speaker_roles,
  // Small counts and vague numbers before a noun: "three", "dozens".
  count_words,
  // Words that qualify a count: "at least", "more than", "nearly".
  count_qualifiers,
  // Words that may stand between a count and what happened to it: "five innocent people were reportedly killed",
  // "were shot dead", "were burned to death".
  casualty_fillers,
  // Body parts of a wound: "shot in the leg".
  body_parts,

  // Violence and events
  // Acts whose subject did the violence: "launched", "shelled", "stormed".
  perpetrator_verbs,
  // Acts whose object suffered the violence: "killed", "kidnapped", "ambushed".
  victim_verbs,
  // Participles of doing violence after a claim: "carried out", "perpetrated".
  perpetration_participles,
  // Participles of being attacked: "was shelled", "were ambushed".
  attack_outcome_participles,
  // "accused X of launching ...": what X is accused of is an attack.
  attack_gerunds,
  // Gerunds whose clause names what an operation hit: "launched an offensive in the countryside, targeting Kawkab".
  target_gerunds,
  // Nouns of an attack: "the assault", "airstrikes", "the offensive".
  attack_nouns,
  // Nouns of an assault whose "on", "for" or "against" names the ground it was for: "an attack on Kinsibba",
  // "the fight for Jaabar", "a new offensive on Al-Breij"; holds attack_nouns.
  assault_nouns,
  // What a group claims responsibility for: "the bombing", "the kidnapping".
  claimable_acts,
  // Weapons named for the army that fires them: "Russian artillery struck".
  weapons_of_forces,
  // Vehicles and craft a name before qualifies, naming no place: "a Chinook helicopter", "Black Hawk helicopters".
  craft_nouns,
  // Verbs that carry people somewhere after the event, whose "to" names no place of it: "was flown to
  // Guantanamo", "returned to Trinidad".
  conveyance_verbs,
  // Words that say people died: "killed", "dead", "bodies".
  fatality_words,
  // Words that say people were hurt: "wounded", "injuries".
  injury_words,
  // "casualties": the dead and wounded together.
  casualty_nouns,
  // The forms of "kill" before a count: "killing five".
  kill_forms,
  // The forms of "wound" and "injure" before a count: "wounding 12".
  wound_forms,
  // A court's sentence: "sentenced to death" is no death.
  sentence_verbs,
  // Arrest, charge and trial: words of someone held for an act.
  custody_words,
  // Words that never qualify the noun after a count.
  non_modifiers,
  // Words before a trigger that make it something other than violence: "heart attack", "legal battle".
  non_violent_modifiers,
  // Words that make an event another one than the last: "another", "a separate", "fresh".
  separate_event_cues,
  // Verbs of stopping: "an end to the strikes" is no strike.
  ending_verbs,
  // Words after "riot" that make it police equipment: "riot police", "riot gear".
  riot_gear_words,
  // Words that make a protest's policing lethal: "live fire", "shot dead".
  lethal_force_words,
  // Words that make a protest violent: "clashed", "threw stones", "looted".
  protest_violence_words,
  // Words of forces breaking up a crowd: "dispersed", "tear gas", "water cannon".
  crowd_control_words,
  // "threw", "hurled", "lobbed": thrown at someone.
  throw_verbs,
  // Passive participles of harm done to people: "was shot", "were kidnapped" (a town is shelled, not shot).
  harmed_person_participles,
  // Nouns of a government a name qualifies: "the Obama administration", "the Baghdad government".
  governing_nouns,
  // Accidents and disasters: "crash", "flood", "stampede" kill without an attacker.
  accident_words,
  // Words of sport: a striker's "shot" is no shooting.
  sport_words,
  // Abstract objects of attack verbs: "attacked the policy" is no attack.
  abstract_nouns,
  // Words for a war as a whole: "the war killed 10,000" is a toll, not an event.
  war_words,
  // Ceremonies that recall an event: "the anniversary of the bombing".
  remembrance_words,

  // Places
  // Generic place types after a name: "Diyala province", "Hamdaniya district".
  place_types,
  // The last word of a capitalised name that makes it a site or an area the gazetteer may lack: "T-4 Military
  // Airport", "Kungana Village".
  site_types,
  // Facilities a lower-case type word after an unknown name makes a place: "the Tiyas airbase", "Evin prison".
  facility_types,
  // Generic words that open a place's name in Arabic and Hebrew toponyms, as "Mount" or "Lake" do in English:
  // "Wadi Barada" (valley), "Jabal Al-Akrad" (mountain), "Kafr Nabuda" (village), "Deir Khabiyeh" (monastery).
  toponym_heads,
  // Words that open a street's or a square's name in Romance languages and Malay, as "Street" ends an English one:
  // "Avenida Brasil", "Rue Victor Hugo", "Plaza Altamira", "Jalan Ampang".
  road_heads,
  // The last word of a road's or a bridge's name: "Yala-Betong Road", "Pennsylvania Avenue", "Diyala Bridge".
  road_words,
  // "the edge of", "the outskirts of", "north of": a part of a place or a direction from it, followed by the place.
  place_parts,
  // The compass points: "north of Baghdad" is a bearing from a place, outside it.
  bearings,
  // Arabic words that open an armed group's name, as "Front" or "Army" end English ones: "Jabhat Al-Nusra" (front),
  // "Jaysh Al-Islam" (army), "Liwaa Al-Quds" (brigade), "Harakat Ahrar Al-Sham" (movement). The places in the name
  // name the group.
  armed_group_heads,
  // Nouns for a place's ground or people before "of": "the vicinity of X", "the southern farms of X", "residents of
  // X"; what follows "of" is a place.
  ground_nouns,
  // Capitalised modifiers that may stand before a place without making it part of another name: "Northern Iraq",
  // "Greater London".
  place_modifiers,
  // Words after a name that say it is a division: "the Mopti region", "Kandahar district".
  division_words,
  // The last word of a street, road or natural feature name that no populated place list holds: "Main Street", "Red
  // River".
  feature_types,
  // Words that, followed by a number, name a road: "Highway 19", "Route 7".
  road_prefixes,
  // Words for a settlement: "the town", "villages", "a stronghold".
  settlement_words,
  // Words for an area wider than a settlement: "the province", "the countryside".
  area_words,
  // Sites a town holds that the recognizer's lists do not name: "the market", "the embassy".
  sites_in_a_town,
  // Units of distance: "10 km from".
  distance_units,
  // Words that make a preceding place name part of an organisation's name: "Dublin City Council", "Ohio State
  // University".
  organisation_words,
  // Words that make a preceding place name a publication or broadcaster: "Washington Examiner", "Chicago Tribune".
  media_words,
  // Words after a place name that make it a disease's: "Lyme disease", "West Nile virus".
  disease_words,
  // Named climate patterns that gazetteers hold as towns (folded names): "El Niño", "La Niña".
  climate_patterns,
};

inline constexpr std::size_t kWordClassCount = static_cast<std::size_t>(WordClass::climate_patterns) + 1;

// The classes one word belongs to.
class WordClasses {
 public:
  constexpr bool has(WordClass c) const noexcept {
    const auto i = static_cast<std::size_t>(c);
    return ((bits_[i / 64] >> (i % 64)) & 1U) != 0;
  }
  constexpr void add(WordClass c) noexcept {
    const auto i = static_cast<std::size_t>(c);
    bits_[i / 64] |= std::uint64_t{1} << (i % 64);
  }
  constexpr bool has_any(std::initializer_list<WordClass> cs) const noexcept {
    for (WordClass c : cs) {
      if (has(c)) return true;
    }
    return false;
  }
  constexpr bool empty() const noexcept {
    for (std::uint64_t b : bits_) {
      if (b != 0) return false;
    }
    return true;
  }

 private:
  std::array<std::uint64_t, (kWordClassCount + 63) / 64> bits_{};
};

// The classes of a lower-cased word; `hash` is word_hash(word).
WordClasses word_classes(std::string_view word, std::uint64_t hash) noexcept;
inline WordClasses word_classes(std::string_view word) noexcept { return word_classes(word, word_hash(word)); }

// True when the lower-cased word is one of the class's (or of a class it holds).
inline bool in_class(std::string_view word, WordClass c) noexcept { return word_classes(word).has(c); }
inline bool in_any_class(std::string_view word, std::initializer_list<WordClass> cs) noexcept {
  return word_classes(word).has_any(cs);
}

// The class's own words in the order lexicon.cpp lists them (weekdays from
// Sunday, months from January), without those of the classes it holds.
std::span<const std::string_view> words_of(WordClass c) noexcept;

// The classes a class holds besides its own words.
std::span<const WordClass> classes_held_by(WordClass c) noexcept;

// The enumerator's name: "speech_verbs".
std::string_view class_name(WordClass c) noexcept;

}  // namespace incimap::geo
