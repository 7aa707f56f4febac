#include "geo/incidents/event_detector.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

namespace incimap::geo {
namespace {

struct WordPattern {
  std::string text;
  bool prefix = false;  // pattern was written "text*"

  bool matches(std::string_view word) const noexcept { return prefix ? word.starts_with(text) : word == text; }
};

struct CompiledTrigger {
  std::vector<WordPattern> patterns;
  SubEventType sub_event;
  Specificity specificity;
};

// Triggers indexed by the first three letters of their first word, so each
// sentence word is compared with a handful of triggers, not all of them.
class TriggerIndex {
 public:
  TriggerIndex() {
    for (const Trigger& trigger : event_triggers()) {
      CompiledTrigger compiled{{}, trigger.sub_event, trigger.specificity};
      std::string_view rest = trigger.phrase;
      while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        std::string_view part = rest.substr(0, space);
        WordPattern pattern;
        pattern.prefix = part.ends_with('*');
        if (pattern.prefix) part.remove_suffix(1);
        pattern.text = std::string(part);
        compiled.patterns.push_back(std::move(pattern));
        rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
      }
      by_key_[key_of(compiled.patterns.front().text)].push_back(std::move(compiled));
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
  static std::string key_of(std::string_view word) { return std::string(word.substr(0, 3)); }
  std::unordered_map<std::string, std::vector<CompiledTrigger>> by_key_;
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

// Words before a trigger that make it something other than violence:
// "heart attack", "panic attack", "legal battle".
constexpr auto kNonViolentModifiers =
    std::to_array<std::string_view>({"heart", "panic", "asthma", "cyber", "anxiety", "legal", "political", "court",
                                     "custody", "uphill", "election", "budget", "bidding", "ratings", "media"});

constexpr auto kHypotheticalCues = std::to_array<std::string_view>(
    {"threatened", "threatens", "threaten",  "threatening", "threat",  "threats",    "warned", "warns",  "warning",
     "vowed",      "vows",      "would",     "could",       "might",   "if",         "unless", "plan",   "plans",
     "planned",    "planning",  "plot",      "plotting",    "prevent", "preventing", "avoid",  "intend", "intends",
     "intended",   "possible",  "potential", "fear",        "fears",   "feared",     "risk"});

constexpr auto kDenialVerbs = std::to_array<std::string_view>({"denied", "denies", "deny", "denying", "rejected"});
constexpr auto kGenericDeterminers = std::to_array<std::string_view>(
    {"these", "those", "such", "any", "every", "sorts", "sort", "kinds", "kind", "types", "type"});

constexpr auto kOrdinals = std::to_array<std::string_view>(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"});

constexpr auto kSeparateCues = std::to_array<std::string_view>(
    {"another", "separate", "second", "third", "fresh", "new", "previous", "earlier", "similar"});

// Base verbs that, after "to", are an intention rather than an event
// ("plans to attack"); "led to clashes" stays an event, and so does
// "marched to protest" (people protest by marching).
constexpr auto kInfinitiveTriggers =
    std::to_array<std::string_view>({"attack", "assault", "bomb", "shell", "kidnap", "abduct"});

bool is_plural_noun(const Word& word) { return word.lower.size() > 3 && word.lower.back() == 's'; }

// The look-back window: up to `max_words` words before `at`, stopping at a
// clause break (";", ":", "—").
std::size_t window_start(const Words& words, std::size_t at, std::size_t max_words) {
  std::size_t begin = at;
  while (begin > 0 && at - begin < max_words && !is_clause_break(words[begin - 1])) --begin;
  return begin;
}

// A tally or trend is about events in general: "the third night in a row",
// "attacks have risen sharply", "more than a dozen similar attacks".
bool is_tally(const Words& words) {
  static constexpr auto kTally = std::to_array<std::string_view>({"row", "since", "far"});
  bool ordinal = false;
  bool tally = false;
  for (const Word& w : words) {
    ordinal |= in_list(w.lower, kOrdinals);
    tally |= in_list(w.lower, kTally);
  }
  return ordinal && tally;
}

bool is_trend(const Words& words) {
  static constexpr auto kTrend = std::to_array<std::string_view>(
      {"risen", "rose", "increased", "decreased", "dropped", "fallen", "surge", "surged", "spate", "trend", "similar"});
  return std::any_of(words.begin(), words.end(), [](const Word& w) { return in_list(w.lower, kTrend); });
}

// "has been shelled almost daily", "usually at night": a habit, not an event.
bool is_habitual(const Words& words) {
  static constexpr auto kHabitual = std::to_array<std::string_view>(
      {"daily", "nightly", "weekly", "regularly", "frequently", "repeatedly", "routinely", "often", "usually"});
  return std::any_of(words.begin(), words.end(), [](const Word& w) { return in_list(w.lower, kHabitual); });
}

bool is_agreement(SubEventType sub_event) { return sub_event == SubEventType::agreement; }

// "riot police", "riot gear": the police, not a riot. "March": the month.
bool names_something_else(const Words& words, std::size_t first, std::size_t last) {
  static constexpr auto kRiotGear = std::to_array<std::string_view>(
      {"police", "gear", "squad", "squads", "control", "shields", "officers", "units", "act"});
  if (words[first].raw == "March") return true;
  const bool riot = words[first].is("riot");
  return riot && last < words.size() && in_list(words[last].lower, kRiotGear);
}

MentionStatus judge_status(const Words& words, const EventMention& mention) {
  const std::size_t at = mention.first_word;
  const Word& trigger = words[at];
  // "since the peace deal", "since the TTP ended a ceasefire": background.
  for (std::size_t i = window_start(words, at, 8); i < at; ++i) {
    if (words[i].is("since")) return MentionStatus::generic;
  }
  // "the truce agreed in Stockholm": a known agreement, not a new one.
  if (is_agreement(mention.sub_event) && at > 0 && words[at - 1].is("the")) return MentionStatus::generic;
  if (is_tally(words) || is_habitual(words) || (is_plural_noun(trigger) && is_trend(words))) {
    return MentionStatus::generic;
  }
  if (at > 0 && words[at - 1].is("to") && in_list(trigger.lower, kInfinitiveTriggers)) {
    return MentionStatus::hypothetical;
  }
  for (std::size_t i = window_start(words, at, 3); i < at; ++i) {
    if (is_negation(words[i])) return MentionStatus::denied;
    if (in_list(words[i].lower, kGenericDeterminers)) return MentionStatus::generic;
  }
  for (std::size_t i = window_start(words, at, 12); i < at; ++i) {
    const Word& w = words[i];
    // Lower-case "may" is the modal; "May" is the month.
    if (in_list(w.lower, kHypotheticalCues) || w.raw == "may") return MentionStatus::hypothetical;
    if (in_list(w.lower, kDenialVerbs)) return MentionStatus::denied;
    if (w.lower.starts_with("condemn") && is_plural_noun(trigger)) return MentionStatus::generic;
  }
  return MentionStatus::asserted;
}

NewEventCue judge_cue(const Words& words, const EventMention& mention) {
  static constexpr auto kDefinite = std::to_array<std::string_view>({"the", "this", "that", "its", "their"});
  const std::size_t at = mention.first_word;
  for (std::size_t i = window_start(words, at, 2); i < at; ++i) {
    if (in_list(words[i].lower, kSeparateCues)) return NewEventCue::separate;
  }
  if (at > 0 && words[at - 1].is("one") && mention.specificity == Specificity::generic) return NewEventCue::separate;
  if (at > 0 && in_list(words[at - 1].lower, kDefinite)) return NewEventCue::refers_back;
  return NewEventCue::none;
}

bool is_protest(SubEventType sub_event) { return event_type_of(sub_event) == EventType::protests; }

// What the rest of a protest sentence says about how it went. ACLED codes
// a demonstration by its outcome: met with force, turned violent, or broken up.
std::optional<SubEventType> protest_outcome(const Words& words) {
  static constexpr auto kLethalForce =
      std::to_array<std::string_view>({"killed", "killing", "shot", "live", "gunfire", "bullets", "dead"});
  static constexpr auto kViolence =
      std::to_array<std::string_view>({"clashed", "clashes", "threw", "hurled", "stones", "rocks", "molotov", "torched",
                                       "burned", "smashed", "vandalized", "looted"});
  static constexpr auto kIntervention = std::to_array<std::string_view>(
      {"dispersed", "tear", "teargas", "cannon", "cannons", "rubber", "arrested", "detained", "batons"});
  bool violence = false;
  bool intervention = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    // "rubber bullets" is intervention, not lethal force.
    const bool after_rubber = i > 0 && words[i - 1].is("rubber");
    if (in_list(w.lower, kLethalForce) && !after_rubber) return SubEventType::excessive_force_against_protesters;
    violence |= in_list(w.lower, kViolence);
    intervention |= in_list(w.lower, kIntervention);
  }
  if (violence) return SubEventType::violent_demonstration;
  if (intervention) return SubEventType::protest_with_intervention;
  return std::nullopt;
}

// Rewrites a protest sentence's mentions to the outcome its other words
// report, so "police arrested protesters" is one protest, not two events.
void apply_protest_outcome(const Words& words, std::vector<EventMention>& mentions) {
  const bool protest = std::any_of(mentions.begin(), mentions.end(), [](const EventMention& m) {
    return m.status == MentionStatus::asserted && is_protest(m.sub_event);
  });
  if (!protest) return;
  const bool riot = std::any_of(mentions.begin(), mentions.end(), [](const EventMention& m) {
    return m.status == MentionStatus::asserted && event_type_of(m.sub_event) == EventType::riots;
  });
  const auto outcome = riot ? std::optional(SubEventType::violent_demonstration) : protest_outcome(words);
  if (!outcome) return;
  for (EventMention& m : mentions) {
    if (m.status != MentionStatus::asserted) continue;
    m.sub_event = *outcome;
    m.specificity = Specificity::specific;
  }
}

}  // namespace

std::vector<EventMention> detect_events(const Words& words) {
  std::vector<EventMention> mentions;
  const TriggerIndex& index = trigger_index();
  for (std::size_t i = 0; i < words.size();) {
    const Word& word = words[i];
    const auto* candidates = word.kind == TokenKind::word ? index.candidates(word.lower) : nullptr;
    std::size_t length = 0;
    if (candidates != nullptr) {
      for (const CompiledTrigger& trigger : *candidates) {
        length = match_length(trigger, words, i);
        if (length == 0) continue;
        if (i > 0 && in_list(words[i - 1].lower, kNonViolentModifiers)) break;
        if (names_something_else(words, i, i + length)) break;
        EventMention mention;
        mention.sub_event = trigger.sub_event;
        mention.specificity = trigger.specificity;
        mention.first_word = i;
        mention.last_word = i + length;
        mention.start = words[i].start;
        mention.end = words[i + length - 1].end;
        mention.status = judge_status(words, mention);
        mention.cue = judge_cue(words, mention);
        mentions.push_back(mention);
        break;
      }
    }
    i += std::max<std::size_t>(length, 1);
  }
  // "these sorts of attacks ... are a direct assault on ...": a generic word
  // in a sentence about such events in general shares their status.
  const auto framing = std::find_if(mentions.begin(), mentions.end(),
                                    [](const EventMention& m) { return m.status != MentionStatus::asserted; });
  if (framing != mentions.end()) {
    for (EventMention& m : mentions) {
      if (m.specificity == Specificity::generic && m.status == MentionStatus::asserted) m.status = framing->status;
    }
  }
  apply_protest_outcome(words, mentions);
  return mentions;
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
