#include "geo/incidents/event_detector.hpp"

#include "geo/incidents/casualty_counter.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "geo/incidents/accusation_clause.hpp"
#include "geo/incidents/background_clause.hpp"
#include "geo/incidents/event_verbs.hpp"

namespace incimap::geo {
namespace {

struct WordAlternative {
  std::string text;
  bool prefix = false;  // written "text*"

  bool matches(std::string_view word) const noexcept { return prefix ? word.starts_with(text) : word == text; }
};

// One word of a trigger: "jets", "rocket*" or "drone*|aircraft".
struct WordPattern {
  std::vector<WordAlternative> alternatives;

  bool matches(std::string_view word) const noexcept {
    return std::any_of(alternatives.begin(), alternatives.end(),
                       [word](const WordAlternative& a) { return a.matches(word); });
  }
};

WordPattern compile_pattern(std::string_view part) {
  WordPattern pattern;
  while (!part.empty()) {
    const std::size_t bar = part.find('|');
    std::string_view text = part.substr(0, bar);
    WordAlternative alternative;
    alternative.prefix = text.ends_with('*');
    if (alternative.prefix) text.remove_suffix(1);
    alternative.text = std::string(text);
    pattern.alternatives.push_back(std::move(alternative));
    part = bar == std::string_view::npos ? std::string_view{} : part.substr(bar + 1);
  }
  return pattern;
}

struct CompiledTrigger {
  std::vector<WordPattern> patterns;
  SubEventType sub_event;
  Specificity specificity;
  bool verb_base_form = false;  // "storm", "target": a noun after a determiner
  bool verb_form = false;       // any inflection of an event verb
};

// Triggers indexed by the first three letters of their first word, so each
// sentence word is compared with a handful of triggers, not all of them.
class TriggerIndex {
 public:
  TriggerIndex() {
    for (const Trigger& trigger : event_triggers()) add(trigger.phrase, {{}, trigger.sub_event, trigger.specificity});
    for (const VerbTrigger& verb : verb_triggers()) {
      add(verb.phrase, {{}, verb.sub_event, verb.specificity, verb.base_form, true});
    }
    // Longest phrases first, so the first match at a word is the longest.
    for (auto& [key, list] : by_key_) {
      std::stable_sort(list.begin(), list.end(), [](const CompiledTrigger& a, const CompiledTrigger& b) {
        return a.patterns.size() > b.patterns.size();
      });
    }
  }

  const std::vector<CompiledTrigger>* candidates(std::string_view word) const {
    if (word.size() < 3) return nullptr;
    const auto it = by_key_.find(key_of(word));
    return it == by_key_.end() ? nullptr : &it->second;
  }

 private:
  void add(std::string_view phrase, CompiledTrigger compiled) {
    while (!phrase.empty()) {
      const std::size_t space = phrase.find(' ');
      compiled.patterns.push_back(compile_pattern(phrase.substr(0, space)));
      phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
    }
    std::set<std::uint32_t> keys;
    for (const WordAlternative& first : compiled.patterns.front().alternatives) keys.insert(key_of(first.text));
    for (const std::uint32_t key : keys) by_key_[key].push_back(compiled);
  }

  // The first three bytes packed: every sentence word asks, and an integer
  // key hashes and compares without building a string.
  static std::uint32_t key_of(std::string_view word) {
    std::uint32_t key = 0;
    for (std::size_t i = 0; i < 3 && i < word.size(); ++i) key |= std::uint32_t{static_cast<unsigned char>(word[i])} << (8 * i);
    return key;
  }
  std::unordered_map<std::uint32_t, std::vector<CompiledTrigger>> by_key_;
};

const TriggerIndex& trigger_index() {
  static const TriggerIndex index;
  return index;
}

// Number of words the trigger matches at `at`, 0 when it does not.
std::size_t match_length(const CompiledTrigger& trigger, const Words& words, std::size_t at) {
  for (std::size_t k = 0; k < trigger.patterns.size(); ++k) {
    const std::size_t i = at + k;
    if (i >= words.size() || words[i].kind == TokenKind::punct) return 0;
    if (!trigger.patterns[k].matches(words[i].lower)) return 0;
  }
  return trigger.patterns.size();
}

bool is_protest(SubEventType sub_event) { return event_type_of(sub_event) == EventType::protests; }

// A verb's bare form after "to" is an intention rather than an event
// ("plans to attack", "vowed to storm"); "led to clashes" stays an event (a
// noun), and so does "marched to protest" (people protest by marching).
bool is_infinitive(const Words& words, const EventMention& mention, bool verb_base_form) {
  const std::size_t at = mention.first_word;
  return verb_base_form && at > 0 && words[at - 1].is("to") && !is_protest(mention.sub_event);
}

// "the storm", "a target", "their march": a verb's bare form after a
// determiner is a noun, an event only where the taxonomy lists that noun.
bool is_determiner(const Word& word) { return in_class(word, WordClass::event_determiners); }

bool is_plural_noun(const Word& word) { return word.lower.size() > 3 && word.lower.back() == 's'; }

// The look-back window: up to `max_words` words before `at`, stopping at a
// clause break (";", ":", "—").
std::size_t window_start(const Words& words, std::size_t at, std::size_t max_words) {
  std::size_t begin = at;
  while (begin > 0 && at - begin < max_words && !is_clause_break(words[begin - 1])) --begin;
  return begin;
}

// A tally or trend is about events in general: "the third night in a row",
// "attacks have risen sharply", "more than a dozen similar attacks". The
// ordinal counts the event only before its trigger: "a soldier was killed
// Tuesday, the first fatality since March" reports the killing, then
// ranks it.
bool is_tally(const Words& words, std::size_t at) {
  bool ordinal = false;
  bool tally = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    ordinal |= i < at && in_class(words[i], WordClass::ordinals);
    tally |= in_class(words[i], WordClass::tally_words);
  }
  return ordinal && tally;
}

bool is_trend(const Words& words) {
  return std::any_of(words.begin(), words.end(), [](const Word& w) { return in_class(w, WordClass::trend_words); });
}

// "has recorded more murders than any other state", "registered 40
// kidnappings this year": plural events counted or compared are a tally.
bool is_counted_or_compared(const Words& words, std::size_t at) {
  if (!is_plural_noun(words[at])) return false;
  for (std::size_t i = window_start(words, at, 4); i < at; ++i) {
    if (in_class(words[i], WordClass::recording_verbs)) return true;
    if (in_class(words[i], WordClass::comparatives)) {
      for (std::size_t k = at + 1; k < words.size() && k <= at + 4; ++k) {
        if (words[k].is("than")) return true;
      }
    }
  }
  return false;
}

// Whether a clause ends between words `a` and `b`: a semicolon, a colon or
// a dash; a relative word ("militants who frequently target", "where
// attacks have become daily"); or a comma before a conjunction (", while
// ...", ", but ...").
bool clause_ends_between(const Words& words, std::size_t a, std::size_t b) {
  static constexpr auto kRelatives = std::to_array<std::string_view>({"where", "which", "who", "whose"});
  static constexpr auto kConjunctions = std::to_array<std::string_view>({"while", "whereas", "although", "but"});
  auto among = [](const auto& list, const Word& w) {
    return std::find(list.begin(), list.end(), std::string_view(w.lower)) != list.end();
  };
  if (a > b) std::swap(a, b);
  for (std::size_t i = a; i < b; ++i) {
    const Word& w = words[i];
    if (w.is_punct(";") || w.is_punct(":") || w.is_punct("—") || w.is_punct("--")) return true;
    if (i > a && among(kRelatives, w)) return true;
    if (w.is_punct(",") && i + 1 < b && among(kConjunctions, words[i + 1])) return true;
  }
  return false;
}

// A habit word that says nothing of the event: an adjective ("his daily
// programme", "a weekly market", "the daily El Mundo") or the adverb of
// another verb's participle ("a road frequently used by troops").
bool qualifies_something_else(const Words& words, std::size_t i) {
  if (i > 0 && in_class(words[i - 1], WordClass::event_determiners)) return true;
  if (i + 1 >= words.size()) return false;
  const Word& next = words[i + 1];
  // "have repeatedly carried out attacks", "frequently launched": a verb of
  // doing the event is the event's.
  return next.kind == TokenKind::word && next.lower.ends_with("ed") && !is_event_verb_form(next.lower) &&
         !in_class(next, WordClass::perpetrator_verbs);
}

// "has been shelled almost daily", "usually at night": a habit, not an
// event. Only an adverb of the trigger's clause says so: "killed in
// Mogadishu, where attacks have become almost daily events" and "Children
// are often caught up in the violence: two were killed" tell one event.
bool is_habitual(const Words& words, std::size_t at) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (in_class(words[i], WordClass::habitual_adverbs) && !clause_ends_between(words, i, at) &&
        !qualifies_something_else(words, i))
      return true;
  }
  return false;
}

bool is_agreement(SubEventType sub_event) { return sub_event == SubEventType::agreement; }

bool is_reporting_verb(const Word& word) { return in_class(word, WordClass::reporting_verbs); }

// "gangs that kidnap, extort and kill", "a militia which attacks convoys": a
// present-tense verb in a relative clause says what someone habitually does.
// News reports events in the past tense ("the gang that kidnapped ...").
bool is_present_tense_in_relative_clause(const Words& words, std::size_t at) {
  // Words that are never the bare verbs of such a list.
  if (!is_present_tense_event_verb(words[at].lower)) return false;
  // Back over a list of verbs ("that kidnap, extort and kill") to the pronoun.
  std::size_t i = at;
  for (std::size_t listed = 0; i > 0 && listed < 6; --i, ++listed) {
    const Word& w = words[i - 1];
    if (in_class(w, WordClass::relative_pronouns)) break;
    const bool list_word = w.is_punct(",") || w.is("and") || w.is("or");
    const bool bare_verb = w.kind == TokenKind::word && !w.capitalized && !w.lower.ends_with("ed") &&
                           !w.lower.ends_with("ing") && !in_class(w, WordClass::clause_function_words);
    if (!list_word && !bare_verb) return false;
  }
  if (i < 2 || !in_class(words[i - 1], WordClass::relative_pronouns)) return false;
  // "said that attacks had risen": "that" after a verb of saying opens what
  // was said, not a relative clause about the word before it.
  const Word& antecedent = words[i - 2];
  return antecedent.is_punct(",") || (antecedent.kind == TokenKind::word && !is_reporting_verb(antecedent));
}

// "agree to end fighting", "a truce to halt the clashes": the fighting is
// what an agreement stops, not an event the sentence reports.
bool is_object_of_ending(const Words& words, const EventMention& mention) {
  if (event_type_of(mention.sub_event) != EventType::battles) return false;
  std::size_t i = mention.first_word;
  while (i > 0 && (words[i - 1].is("the") || words[i - 1].is("all"))) --i;
  return i > 0 && in_class(words[i - 1], WordClass::ending_verbs);
}

// "went on strike on Monday", "a strike on 3 May": a labour strike has a
// day where a military strike has a target.
bool is_labour_strike(const Words& words, std::size_t first, std::size_t last) {
  if (!words[first].lower.starts_with("strike")) return false;
  if (first > 0 && words[first - 1].is("on")) return true;
  return last < words.size() &&
         (words[last].kind == TokenKind::number || in_class(words[last], WordClass::day_and_month_names));
}

// "riot police", "riot gear": the police, not a riot. "March": the month.
// "arrest warrant", "house arrest": no arrest.
bool names_something_else(const Words& words, std::size_t first, std::size_t last) {
  if (words[first].raw == "March") return true;
  // "an arrest warrant", "under house arrest": no one was arrested here.
  if (words[first].is("arrest")) {
    const bool warrant = last < words.size() && words[last].lower.starts_with("warrant");
    const bool held = first > 0 && (words[first - 1].is("house") || words[first - 1].is("under") ||
                                    words[first - 1].is("resisting"));
    if (warrant || held) return true;
  }
  if (is_labour_strike(words, first, last)) return true;
  const bool riot = words[first].is("riot");
  return riot && last < words.size() && in_class(words[last], WordClass::riot_gear_words);
}

// "the Tigray People's Liberation Front", "the Battle of Mosul Museum",
// "Royal Dutch Shell": a trigger written with a capital inside a run of
// capitalised words is part of a name. Headlines capitalise every word, so
// the rule is off in a sentence that is mostly capitalised.
bool is_part_of_a_name(const Words& words, std::size_t first, std::size_t last) {
  if (first == 0 || !words[first].capitalized || words[first].initialism) return false;
  std::size_t capitalised = 0;
  std::size_t alphabetic = 0;
  for (const Word& w : words) {
    if (w.kind != TokenKind::word) continue;
    ++alphabetic;
    capitalised += w.capitalized ? 1 : 0;
  }
  if (capitalised * 5 > alphabetic * 3) return false;
  const bool before = words[first - 1].kind == TokenKind::word && words[first - 1].capitalized;
  const bool after = last < words.size() && words[last].kind == TokenKind::word && words[last].capitalized;
  return before || after;
}

// What a status check reads: the sentence, the mention, and the clauses
// found once per sentence.
struct StatusContext {
  const Words& words;
  const EventMention& mention;
  const std::optional<WordRange>& background;
  const std::optional<WordRange>& accusation;

  std::size_t at() const { return mention.first_word; }
  const Word& trigger() const { return words[mention.first_word]; }
  bool generic_words() const { return mention.specificity != Specificity::specific; }
};

using Verdict = std::optional<MentionStatus>;
constexpr Verdict kNoVerdict = std::nullopt;

Verdict in_background_clause(const StatusContext& c) {
  return c.background && c.background->contains(c.at()) ? Verdict(MentionStatus::generic) : kNoVerdict;
}

Verdict habit_or_what_ends(const StatusContext& c) {
  return is_present_tense_in_relative_clause(c.words, c.at()) || is_object_of_ending(c.words, c.mention)
             ? Verdict(MentionStatus::generic)
             : kNoVerdict;
}

Verdict what_suspects_are_held_for(const StatusContext& c) {
  return c.accusation && c.accusation->contains(c.at()) ? Verdict(MentionStatus::generic) : kNoVerdict;
}

// "since the peace deal", "since the TTP ended a ceasefire": background.
Verdict after_since(const StatusContext& c) {
  for (std::size_t i = window_start(c.words, c.at(), 8); i < c.at(); ++i) {
    if (c.words[i].is("since")) return MentionStatus::generic;
  }
  return kNoVerdict;
}

// "the truce agreed in Stockholm": a known agreement, not a new one.
Verdict a_known_agreement(const StatusContext& c) {
  const bool known = is_agreement(c.mention.sub_event) && c.at() > 0 && c.words[c.at() - 1].is("the");
  return known ? Verdict(MentionStatus::generic) : kNoVerdict;
}

Verdict a_tally_habit_or_trend(const StatusContext& c) {
  const bool general = is_tally(c.words, c.at()) || is_habitual(c.words, c.at()) ||
                       (is_plural_noun(c.trigger()) && is_trend(c.words)) || is_counted_or_compared(c.words, c.at());
  return general ? Verdict(MentionStatus::generic) : kNoVerdict;
}

// "A bus crash killed 12 people", "died in a fire": a death or injury an
// accident or disaster caused is no political violence. Only the generic
// words ("killed", "injured") yield; "a bomb" in the same sentence stays.
Verdict an_accident(const StatusContext& c) {
  if (c.mention.specificity != Specificity::generic) return kNoVerdict;
  const bool accident =
      std::any_of(c.words.begin(), c.words.end(), [](const Word& w) { return in_class(w, WordClass::accident_words); });
  return accident ? Verdict(MentionStatus::generic) : kNoVerdict;
}

// "The striker shot the ball past the keeper": sport borrows the words of
// violence.
Verdict sport(const StatusContext& c) {
  if (!c.generic_words()) return kNoVerdict;
  const bool sporting =
      std::any_of(c.words.begin(), c.words.end(), [](const Word& w) { return in_class(w, WordClass::sport_words); });
  return sporting ? Verdict(MentionStatus::generic) : kNoVerdict;
}

// "Critics attacked the budget plan", "an assault on democracy": words
// attacked, not people or places.
Verdict an_abstract_target(const StatusContext& c) {
  if (c.mention.sub_event != SubEventType::attack || c.mention.specificity != Specificity::generic) {
    return kNoVerdict;
  }
  for (std::size_t i = c.mention.last_word; i < c.words.size() && i <= c.mention.last_word + 4; ++i) {
    if (is_clause_break(c.words[i]) || c.words[i].is_punct(",")) break;
    if (in_class(c.words[i], WordClass::abstract_nouns)) return MentionStatus::generic;
  }
  if (c.at() > 0 && in_class(c.words[c.at() - 1], WordClass::abstract_nouns)) return MentionStatus::generic;
  return kNoVerdict;
}

// "The war has killed more than 10,000 people", "the conflict has
// displaced ...": a war's running toll, not an event.
Verdict a_war_toll(const StatusContext& c) {
  if (!c.generic_words()) return kNoVerdict;
  for (std::size_t i = window_start(c.words, c.at(), 5); i < c.at(); ++i) {
    if (!in_class(c.words[i], WordClass::war_words)) continue;
    for (std::size_t k = i + 1; k < c.at(); ++k) {
      if (c.words[k].is("has") || c.words[k].is("have")) return MentionStatus::generic;
    }
  }
  return kNoVerdict;
}

// "the 2017 bombing", "a memorial for the victims of the attack", "on the
// anniversary of the massacre": a past event named or remembered.
Verdict a_past_event_remembered(const StatusContext& c) {
  const std::size_t at = c.at();
  // People demonstrate to mark an anniversary: the protest is the event.
  // "The 2016 peace agreement" is judged as agreements are.
  if (is_protest(c.mention.sub_event) || is_agreement(c.mention.sub_event)) return kNoVerdict;
  const auto is_year = [](const Word& w) {
    return w.kind == TokenKind::number && w.lower.size() == 4 && (w.lower.starts_with("19") || w.lower.starts_with("20"));
  };
  if (at > 0 && is_year(c.words[at - 1])) return MentionStatus::generic;
  // The remembering word comes first: "the anniversary of the massacre".
  for (std::size_t i = window_start(c.words, at, 12); i < at; ++i) {
    if (in_class(c.words[i], WordClass::remembrance_words)) return MentionStatus::generic;
  }
  return kNoVerdict;
}

// "did not attack", "no bombing"; "these attacks", "such killings" (but
// "among those killed" are this event's victims).
Verdict negated_or_generic_just_before(const StatusContext& c) {
  for (std::size_t i = window_start(c.words, c.at(), 3); i < c.at(); ++i) {
    if (is_negation(c.words[i])) return MentionStatus::denied;
    const bool the_victims = c.words[i].is("those") && i + 1 == c.at() && c.trigger().lower.ends_with("ed");
    if (in_class(c.words[i], WordClass::generic_determiners) && !the_victims) return MentionStatus::generic;
  }
  return kNoVerdict;
}

// "has threatened to attack", "could strike", "denied any attack",
// "condemned the attacks", in the clause before the trigger.
Verdict threat_plan_or_denial_before(const StatusContext& c) {
  for (std::size_t i = window_start(c.words, c.at(), 12); i < c.at(); ++i) {
    const Word& w = c.words[i];
    // "the site of a planned oil refinery, killing nine": after a
    // determiner the cue is an adjective, and it qualifies the trigger only
    // when the trigger follows within two words ("a planned attack").
    const bool qualifies_another_noun = i > 0 && is_determiner(c.words[i - 1]) && c.at() > i + 2;
    // Lower-case "may" is the modal; "May" is the month.
    if ((in_class(w, WordClass::hypothetical_cues) && !qualifies_another_noun) || w.raw == "may")
      return MentionStatus::hypothetical;
    if (in_class(w, WordClass::denial_verbs)) return MentionStatus::denied;
    if (w.lower.starts_with("condemn") && is_plural_noun(c.trigger())) return MentionStatus::generic;
  }
  return kNoVerdict;
}

struct StatusCheck {
  std::string_view name;
  Verdict (*judge)(const StatusContext&);
};

// The checks in the order they are asked; the first verdict stands, and a
// mention none of them judges is asserted. A new rule is one row here and
// one test in event_detector_test.cpp.
constexpr auto kStatusChecks = std::to_array<StatusCheck>({
    {"in a background clause", in_background_clause},
    {"a habit in a relative clause, or what an agreement ends", habit_or_what_ends},
    {"what suspects are held for", what_suspects_are_held_for},
    {"after 'since'", after_since},
    {"a known agreement", a_known_agreement},
    {"a tally, habit, trend or count", a_tally_habit_or_trend},
    {"an accident or disaster", an_accident},
    {"sport", sport},
    {"an abstract target", an_abstract_target},
    {"a war's running toll", a_war_toll},
    {"a past event named or remembered", a_past_event_remembered},
    {"negated or generic just before", negated_or_generic_just_before},
    {"a threat, plan or denial before it", threat_plan_or_denial_before},
});

MentionStatus judge_status(const Words& words, const EventMention& mention,
                           const std::optional<WordRange>& background, const std::optional<WordRange>& accusation) {
  const StatusContext context{words, mention, background, accusation};
  for (const StatusCheck& check : kStatusChecks) {
    if (const Verdict verdict = check.judge(context)) return *verdict;
  }
  return MentionStatus::asserted;
}

NewEventCue judge_cue(const Words& words, const EventMention& mention) {
  const std::size_t at = mention.first_word;
  for (std::size_t i = window_start(words, at, 2); i < at; ++i) {
    // "the New York bomber": a capitalised word inside the sentence is a name's.
    const bool in_a_name = i > 0 && words[i].capitalized;
    if (!in_a_name && in_class(words[i], WordClass::separate_event_cues)) return NewEventCue::separate;
  }
  if (at > 0 && words[at - 1].is("one") && mention.specificity == Specificity::generic) return NewEventCue::separate;
  if (at > 0 && in_class(words[at - 1], WordClass::definite_determiners)) return NewEventCue::refers_back;
  return NewEventCue::none;
}

// What the rest of a protest sentence says about how it went. ACLED codes
// a demonstration by its outcome: met with force, turned violent, or broken
// up. An earlier event the sentence recalls ("three years after the blast
// killed 220") says nothing about how this one went.
std::optional<SubEventType> protest_outcome(const Words& words, const std::optional<WordRange>& background) {
  bool violence = false;
  bool intervention = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (background && background->contains(i)) continue;
    const Word& w = words[i];
    // "rubber bullets" is intervention, not lethal force; "to protest the
    // killing of five youths" is what the protest was about.
    const bool after_rubber = i > 0 && words[i - 1].is("rubber");
    const bool named_as_cause = i > 0 && (in_class(words[i - 1], WordClass::definite_determiners) ||
                                          words[i - 1].is("against") || words[i - 1].is("over"));
    if (in_class(w, WordClass::lethal_force_words) && !after_rubber && !named_as_cause)
      return SubEventType::excessive_force_against_protesters;
    violence |= in_class(w, WordClass::protest_violence_words);
    intervention |= in_class(w, WordClass::crowd_control_words);
  }
  if (violence) return SubEventType::violent_demonstration;
  if (intervention) return SubEventType::protest_with_intervention;
  return std::nullopt;
}

// "A suicide bomber blew himself up at a rally", "a bomb exploded during a
// march", "gunmen opened fire on a demonstration": an attack on a
// demonstration is the attack (ACLED's excessive force is the state's, used
// against protesters). The demonstration is where it struck when a word of
// setting heads its noun phrase ("at a rally", "targeting a peace rally";
// not "on Saturday to protest"), and the sentence tells explosives, or armed
// men and no security forces ("shot at a demonstration" with no one named
// is the police's, as ACLED codes it); "marched against the bombing" stays a
// protest.
bool is_setting_of_attack(const Words& words, const EventMention& protest) {
  for (std::size_t i = protest.first_word, between = 0; i-- > 0 && between <= 2; ++between) {
    const Word& w = words[i];
    const bool at_least = w.is("at") && i + 1 < words.size() && words[i + 1].is("least");
    if (in_class(w, WordClass::setting_prepositions) && !at_least) return true;
    if (w.kind != TokenKind::word || w.is("to") || in_class(w, WordClass::calendar_words)) return false;
  }
  return false;
}

bool attacks_a_demonstration(const Words& words, const std::vector<EventMention>& mentions) {
  auto asserted_of = [&](auto pick) {
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const EventMention& m) { return m.status == MentionStatus::asserted && pick(m); });
  };
  auto named = [&](std::initializer_list<WordClass> classes) {
    return std::any_of(words.begin(), words.end(), [&](const Word& w) { return in_any_class(w, classes); });
  };
  const bool set_at_protest =
      asserted_of([&](const EventMention& m) { return is_protest(m.sub_event) && is_setting_of_attack(words, m); });
  if (!set_at_protest) return false;
  const bool explosives =
      asserted_of([](const EventMention& m) { return event_type_of(m.sub_event) == EventType::explosions_remote_violence; });
  const bool armed_men =
      named({WordClass::fighter_nouns}) && !named({WordClass::security_force_nouns, WordClass::security_forces});
  return explosives || armed_men;
}

// Rewrites a protest sentence's mentions to the outcome its other words
// report, so "police arrested protesters" is one protest, not two events.
void apply_protest_outcome(const Words& words, const std::optional<WordRange>& background,
                           std::vector<EventMention>& mentions) {
  const bool protest = std::any_of(mentions.begin(), mentions.end(), [](const EventMention& m) {
    return m.status == MentionStatus::asserted && is_protest(m.sub_event);
  });
  if (!protest) return;
  if (attacks_a_demonstration(words, mentions)) {
    // The demonstration is where the attack struck, not an event of its
    // own; told with it, the attack is as specific as the protest was.
    for (EventMention& m : mentions) {
      if (is_protest(m.sub_event)) {
        m.status = MentionStatus::generic;
      } else if (m.status == MentionStatus::asserted) {
        m.specificity = Specificity::specific;
      }
    }
    return;
  }
  const bool riot = std::any_of(mentions.begin(), mentions.end(), [](const EventMention& m) {
    return m.status == MentionStatus::asserted && event_type_of(m.sub_event) == EventType::riots;
  });
  const auto outcome =
      riot ? std::optional(SubEventType::violent_demonstration) : protest_outcome(words, background);
  if (!outcome) return;
  for (EventMention& m : mentions) {
    if (m.status != MentionStatus::asserted) continue;
    m.sub_event = *outcome;
    m.specificity = Specificity::specific;
  }
}

// "the protesters marched through the city": the people and the act
// together, each weaker alone ("protesters" might only be named, "marched"
// might be a band), name a protest as surely as "protest" does.
void name_a_protest_told_twice(std::vector<EventMention>& mentions) {
  const auto protest_words = std::count_if(mentions.begin(), mentions.end(), [](const EventMention& m) {
    return m.status == MentionStatus::asserted && m.sub_event == SubEventType::peaceful_protest;
  });
  if (protest_words < 2) return;
  for (EventMention& m : mentions) {
    if (m.status == MentionStatus::asserted && m.sub_event == SubEventType::peaceful_protest) {
      m.specificity = Specificity::specific;
    }
  }
}

// "troops captured two soldiers", "he was captured in Pakistan": what was
// captured or seized is people, not ground; that is an arrest or an
// abduction, not territory changing hands. Only the words next to the verb
// count: its object within four words, or its passive subject.
bool captures_people(const Words& words, const EventMention& m) {
  const std::string_view verb = words[m.first_word].lower;
  if (!(verb.starts_with("captur") || verb.starts_with("seiz"))) return false;
  std::size_t k = m.first_word;
  if (k > 0 && words[k - 1].lower.ends_with("ly")) --k;  // "was reportedly captured"
  const bool passive = k > 0 && (words[k - 1].is("was") || words[k - 1].is("were") || words[k - 1].is("been") ||
                                 words[k - 1].is("be"));
  // "captured two soldiers", "seized hundreds of hostages"; not "captured by rebels".
  for (std::size_t j = m.last_word; !passive && j < words.size() && j < m.last_word + 4; ++j) {
    if (words[j].kind != TokenKind::word || words[j].is("by") || words[j].is("from")) break;
    if (is_person_word(words[j]) || in_class(words[j], WordClass::object_pronouns) || words[j].is("alive")) return true;
  }
  if (!passive || k < 2) return false;
  std::size_t subject = k - 2;
  if (words[k - 1].is("been") && subject > 0 && (words[subject].is("has") || words[subject].is("have"))) --subject;
  return is_person_word(words[subject]) || in_class(words[subject], WordClass::subject_pronouns);
}

// "these sorts of attacks ... are a direct assault on ...": a generic word
// after a mention of such events in general is general too. Only after:
// "25 people were killed in these airstrikes" told the killing first. A
// threat or a plan frames nothing ("killed 107 people after al-Qaida warned
// it would mount new attacks"), nor does a purpose ("used a bomb to blow up
// the convoy, killing 13 soldiers").
void frame_generic_words(std::vector<EventMention>& mentions) {
  bool framed = false;
  for (EventMention& m : mentions) {
    if (framed && m.specificity == Specificity::generic && m.status == MentionStatus::asserted) {
      m.status = MentionStatus::generic;
    }
    framed |= m.status == MentionStatus::generic;
  }
}

}  // namespace

std::vector<EventMention> detect_events(const Words& words) {
  std::vector<EventMention> mentions;
  const TriggerIndex& index = trigger_index();
  const auto background = background_clause(words);
  const auto accusation = accusation_clause(words);
  for (std::size_t i = 0; i < words.size();) {
    const Word& word = words[i];
    const auto* candidates = word.kind == TokenKind::word ? index.candidates(word.lower) : nullptr;
    std::size_t length = 0;
    if (candidates != nullptr) {
      for (const CompiledTrigger& trigger : *candidates) {
        length = match_length(trigger, words, i);
        if (length == 0) continue;
        if (i > 0 && in_class(words[i - 1], WordClass::non_violent_modifiers)) break;
        if (names_something_else(words, i, i + length) || is_part_of_a_name(words, i, i + length)) break;
        // "a cartel which has been fighting a rival for control": an
        // ongoing state that describes someone, no event and no frame.
        if (i > 0 && words[i - 1].is("been") && words[i].lower.ends_with("ing")) break;
        // After a determiner a bare verb is a noun ("the storm") and a
        // participle an adjective ("the destroyed houses", "the captured
        // town"); a listed noun trigger of the same words may follow.
        if (trigger.verb_form && i > 0 && is_determiner(words[i - 1]) &&
            (trigger.verb_base_form || words[i].lower.ends_with("ed") || words[i].lower.ends_with("en"))) {
          length = 0;
          continue;
        }
        EventMention mention;
        mention.sub_event = trigger.sub_event;
        mention.specificity = trigger.specificity;
        mention.first_word = i;
        mention.last_word = i + length;
        mention.start = words[i].start;
        mention.end = words[i + length - 1].end;
        mention.status = is_infinitive(words, mention, trigger.verb_base_form)
                             ? MentionStatus::hypothetical
                             : judge_status(words, mention, background, accusation);
        mention.cue = judge_cue(words, mention);
        if (captures_people(words, mention)) mention.sub_event = SubEventType::arrests;
        mentions.push_back(mention);
        break;
      }
    }
    i += std::max<std::size_t>(length, 1);
  }
  frame_generic_words(mentions);
  apply_protest_outcome(words, background, mentions);
  name_a_protest_told_twice(mentions);
  return mentions;
}

bool throws_at_security_forces(const Words& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!in_class(words[i], WordClass::throw_verbs)) continue;
    for (std::size_t at = i + 1; at < words.size() && at <= i + 5 && !is_clause_break(words[at]); ++at) {
      if (!words[at].is("at")) continue;
      for (std::size_t k = at + 1; k < words.size() && k <= at + 3; ++k) {
        if (in_class(words[k], WordClass::security_forces)) return true;
      }
    }
  }
  return false;
}

std::optional<EventMention> strongest_event(const std::vector<EventMention>& mentions) {
  std::optional<EventMention> best;
  auto rank = [](const EventMention& m) {
    const bool violent = event_type_of(m.sub_event) != EventType::strategic_developments;
    return static_cast<int>(m.specificity) * 2 + (violent ? 1 : 0);
  };
  for (const EventMention& m : mentions) {
    if (m.status != MentionStatus::asserted) continue;
    if (!best || rank(m) > rank(*best)) best = m;
  }
  return best;
}

}  // namespace incimap::geo
