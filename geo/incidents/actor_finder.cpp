#include "geo/incidents/actor_finder.hpp"

#include <algorithm>
#include <array>

#include "geo/incidents/event_verbs.hpp"

namespace incimap::geo {
namespace {

bool is_actor_head(const Word& w) { return w.kind == TokenKind::word && in_class(w, WordClass::actor_heads); }
bool is_stop(const Word& w) { return in_class(w, WordClass::actor_stop_words); }
bool is_determiner(const Word& w) { return in_class(w, WordClass::actor_determiners); }
// Capitalised words that are not names: numbers ("Five killed as ..."), the
// function words a sentence starts with, and weekdays ("on Monday killed").
// Not months: "May" is a surname, "March 14" an alliance.
bool is_capitalised_common_word(const Word& w) {
  return in_any_class(w, {WordClass::actor_common_words, WordClass::weekdays});
}

bool is_name_word(const Word& w) {
  return w.kind == TokenKind::word && (w.capitalized || w.initialism) && !is_capitalised_common_word(w);
}
bool is_open_quote(const Word& w) {
  return w.kind == TokenKind::punct && (w.raw == "“" || w.raw == "\"" || w.raw == "‘" || w.raw == "'");
}
bool is_possessive(const Word& w) { return w.lower == "’s" || w.lower == "'s"; }

struct Phrase {
  std::size_t first = 0;  // [first, last) into the sentence's Words
  std::size_t last = 0;
};

// The phrase whose head is words[head]: modifiers to the left ("an
// Iran-backed", "the U.S.-led") up to a determiner, a stop word or punctuation.
Phrase phrase_ending_at(const Words& words, std::size_t head) {
  std::size_t first = head;
  const bool proper = is_name_word(words[head]) && !is_actor_head(words[head]);
  while (first > 0 && head - first < 5) {
    const Word& w = words[first - 1];
    const bool compound = words[first].joined_to_previous;  // "Iran" in "Iran-backed"
    if (w.kind == TokenKind::punct) break;
    if (is_determiner(w)) {
      --first;
      break;
    }
    if (!compound && (is_stop(w) || (proper && !is_name_word(w)))) break;
    --first;
  }
  return {first, head + 1};
}

// The phrase that starts at `at` (after a cue): an actor-noun phrase
// ("an outlawed group") or a proper name ("the United States", "Qassem
// Soleimani"), optionally followed by an actor noun ("Iraqi troops").
std::optional<Phrase> phrase_starting_at(const Words& words, std::size_t at) {
  std::size_t i = at;
  while (i < words.size() && is_open_quote(words[i])) ++i;
  if (i >= words.size()) return std::nullopt;
  const std::size_t first = i;
  if (is_determiner(words[i])) ++i;
  if (i < words.size() && is_name_word(words[i])) {
    std::size_t last = i;
    auto continues_name = [&](std::size_t k) {
      if (is_name_word(words[k]) || (k > i && words[k].joined_to_previous)) return true;
      return in_class(words[k].raw, WordClass::person_name_particles) && k + 1 < words.size() &&
             is_name_word(words[k + 1]);
    };
    while (last < words.size() && continues_name(last)) ++last;
    if (last < words.size() && is_possessive(words[last])) return std::nullopt;  // "Iraq’s Green Zone"
    if (last < words.size() && is_actor_head(words[last])) ++last;
    return Phrase{first, last};
  }
  for (std::size_t j = i; j < words.size() && j - i < 5; ++j) {
    if (is_actor_head(words[j])) {
      std::size_t last = j + 1;
      while (last < words.size() && is_actor_head(words[last])) ++last;  // "government forces"
      return Phrase{first, last};
    }
    if (words[j].kind == TokenKind::punct || (is_stop(words[j]) && !words[j].joined_to_previous)) break;
  }
  return std::nullopt;
}

// A proper name is an actor on its own; a common-noun phrase needs an actor head.
bool names_an_actor(const Words& words, const Phrase& p) {
  const Word& head = words[p.last - 1];
  return is_actor_head(head) || is_name_word(head);
}

class Finder {
 public:
  Finder(std::string_view text, const Words& words) : text_(text), words_(words) {}

  std::vector<ActorMention> run() {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      perpetrator_cues(i);
      target_cues(i);
    }
    passive_subject();
    return std::move(found_);
  }

 private:
  void add(ActorRole role, const Phrase& p, std::optional<Attribution> attribution) {
    if (p.last <= p.first || !names_an_actor(words_, p)) return;
    // "No group claimed responsibility": nobody is named.
    if (is_negation(words_[p.first]) || (p.first > 0 && is_negation(words_[p.first - 1]))) return;
    const std::uint32_t start = words_[p.first].start;
    const std::uint32_t end = words_[p.last - 1].end;
    found_.push_back(ActorMention{role, Actor{std::string(text_.substr(start, end - start)), attribution}, start, end});
  }

  void add_after(ActorRole role, std::size_t at, std::optional<Attribution> attribution) {
    if (const auto p = phrase_starting_at(words_, at)) add(role, *p, attribution);
  }

  // The phrase just before words[at], over adverbs such as "reportedly".
  void add_before(ActorRole role, std::size_t at, std::optional<Attribution> attribution) {
    std::size_t head = at;
    while (head > 0 && (words_[head - 1].is("reportedly") || words_[head - 1].is("allegedly") ||
                        words_[head - 1].is("apparently") || words_[head - 1].is("also"))) {
      if (!words_[head - 1].is("reportedly") && !words_[head - 1].is("also")) attribution = Attribution::suspected;
      --head;
    }
    if (head == 0) return;
    const Word& w = words_[head - 1];
    if (in_class(w, WordClass::weapons_of_forces)) {
      add_forces_of(role, head - 1, attribution);
      return;
    }
    if (!is_actor_head(w) && !is_name_word(w)) return;
    add(role, phrase_ending_at(words_, head - 1), attribution);
  }

  // "Russian artillery", "Israeli jets": the forces of the nation named.
  // Only a nationality ("Russian", "U.S.") names them; "Heavy artillery" does not.
  void add_forces_of(ActorRole role, std::size_t weapon, std::optional<Attribution> attribution) {
    if (weapon == 0) return;
    const Word& nation = words_[weapon - 1];
    if (!is_nationality(nation, weapon - 1)) return;
    const std::uint32_t start = nation.start;
    const std::uint32_t end = words_[weapon].end;
    found_.push_back(ActorMention{role, Actor{std::string(nation.raw) + " forces", attribution}, start, end});
  }

  // A capitalised word inside the sentence, or at its start with a
  // demonym's ending ("Russian", "Israeli", "Sudanese", "Turkish").
  bool is_nationality(const Word& w, std::size_t at) const {
    if (w.initialism) return true;
    if (!is_name_word(w)) return false;
    if (at > 0 && !is_open_quote(words_[at - 1])) return true;
    static constexpr auto kDemonymEndings = std::to_array<std::string_view>({"an", "ese", "ish", "i"});
    return std::any_of(kDemonymEndings.begin(), kDemonymEndings.end(),
                       [&](std::string_view ending) { return w.lower.ends_with(ending); });
  }

  // "blamed the attack on X": X did it, it was not attacked.
  bool blame_before(std::size_t at) const {
    for (std::size_t i = at; i > 0 && at - i < 5; --i) {
      if (words_[i - 1].lower.starts_with("blam")) return true;
    }
    return false;
  }

  bool negated_before(std::size_t at) const {
    return std::any_of(words_.begin(), words_.begin() + static_cast<std::ptrdiff_t>(at), is_negation);
  }

  void perpetrator_cues(std::size_t i) {
    const Word& w = words_[i];
    if (w.lower.starts_with("blam")) {
      for (std::size_t j = i + 1; j < words_.size() && j <= i + 5; ++j) {
        if (words_[j].is("on")) {
          add_after(ActorRole::perpetrator, j + 1, Attribution::suspected);
          break;
        }
      }
      return;
    }
    if (in_class(w, WordClass::suspicion_cues) && !counts_what_follows(i)) {
      std::size_t j = i + 1;
      while (j < words_.size() && in_class(words_[j], WordClass::membership_links)) ++j;
      add_after(ActorRole::perpetrator, j, Attribution::suspected);
      return;
    }
    if (w.is("claimed") && claims_an_event(i)) {
      add_claimant(i);
      return;
    }
    if (w.is("confirmed") && !negated_before(i) && confirms_responsibility(i)) {
      add_before(ActorRole::perpetrator, i, Attribution::confirmed);
      return;
    }
    if (is_speech_verb(w) && !negated_before(i) && speaks_for_the_attackers(i)) {
      add_before(ActorRole::perpetrator, i, Attribution::claimed);
      return;
    }
    if (w.lower.starts_with("accus")) {
      accused_of_attack(i);
      return;
    }
    if (w.is("by") && i > 0 &&
        (is_violent_participle(words_[i - 1]) || in_class(words_[i - 1], WordClass::attack_nouns))) {
      std::optional<Attribution> attribution;
      if (words_[i - 1].is("claimed")) {
        attribution = Attribution::claimed;
      } else if (suspicion_before(i)) {
        attribution = Attribution::suspected;  // "Investigators believe the attack was carried out by X"
      }
      add_after(ActorRole::perpetrator, i + 1, attribution);
      return;
    }
    if (in_class(w, WordClass::perpetrator_verbs) &&
        !(i > 0 && (words_[i - 1].is("was") || words_[i - 1].is("were"))) && !is_headline_passive(i)) {
      add_before(ActorRole::perpetrator, i, std::nullopt);
    }
  }

  // "13 suspected gang members", "two suspected militants", "Crowd kills
  // suspected gang members": the cue describes people counted as victims
  // or detainees, or the object of the event verb, not the perpetrator.
  bool counts_what_follows(std::size_t cue) const {
    if (cue == 0) return false;
    const Word& before = words_[cue - 1];
    return before.kind == TokenKind::number || in_class(before, WordClass::count_words) ||
           is_event_verb_form(before.lower);
  }

  // A suspicion cue earlier in the clause: "Investigators believe the
  // attack was carried out by ...".
  bool suspicion_before(std::size_t at) const {
    for (std::size_t i = at; i > 0 && !is_clause_break(words_[i - 1]); --i) {
      if (in_class(words_[i - 1], WordClass::suspicion_cues) && !counts_what_follows(i - 1)) return true;
    }
    return false;
  }

  static bool is_speech_verb(const Word& w) { return in_class(w, WordClass::speech_verbs); }

  // "X said in a statement that its fighters had carried out the attack":
  // X speaks for the attackers ("its", "their"), which is a claim.
  bool speaks_for_the_attackers(std::size_t speech) const {
    for (std::size_t j = speech + 1; j + 2 < words_.size() && j <= speech + 20; ++j) {
      if (is_clause_break(words_[j])) return false;
      if (!words_[j].is("its") && !words_[j].is("their")) continue;
      std::size_t k = j + 1;
      if (!in_class(words_[k], WordClass::own_men_nouns)) ++k;  // one modifier: "its own fighters"
      if (k >= words_.size() || !in_class(words_[k], WordClass::own_men_nouns)) continue;
      ++k;
      while (k < words_.size() && in_class(words_[k], WordClass::claim_auxiliaries)) ++k;
      if (k < words_.size() && is_responsibility_word(words_[k])) return true;
    }
    return false;
  }

  static bool is_responsibility_word(const Word& w) {
    return w.is("responsible") || w.is("responsibility") || w.is("carried") || w.is("behind") ||
           w.is("conducted") || w.is("launched") || w.is("staged");
  }

  // "The army accused the Rapid Support Forces of launching the drone".
  void accused_of_attack(std::size_t accused) {
    const auto p = phrase_starting_at(words_, accused + 1);
    if (!p || p->last + 1 >= words_.size() || !words_[p->last].is("of")) return;
    const Word& what = words_[p->last + 1];
    if (in_any_class(what, {WordClass::attack_gerunds, WordClass::attack_nouns}) || what.is("the")) {
      add(ActorRole::perpetrator, *p, Attribution::suspected);
    }
  }

  // "Two soldiers killed in clash", "Five killed as shelling hits": a
  // headline's "killed" with no object is passive, its subject the victims.
  bool is_headline_passive(std::size_t verb) const {
    if (!in_class(words_[verb], WordClass::victim_verbs)) return false;
    const bool object_follows = verb + 1 < words_.size() && words_[verb + 1].kind != TokenKind::punct &&
                                !in_class(words_[verb + 1], WordClass::adjunct_openers);
    if (!object_follows) return true;
    // "Two soldiers killed three militants" is rare; "Two soldiers killed" is how headlines put it.
    std::size_t subject = verb;
    while (subject > 0 && words_[subject - 1].kind == TokenKind::word && !is_stop(words_[subject - 1])) --subject;
    return subject < verb && (words_[subject].kind == TokenKind::number || is_capitalised_common_word(words_[subject]));
  }

  // "claimed responsibility", "claimed the Diwaniyah bombing".
  bool claims_an_event(std::size_t claimed) const {
    for (std::size_t j = claimed + 1; j < words_.size() && j <= claimed + 4; ++j) {
      if (in_any_class(words_[j], {WordClass::claimable_acts, WordClass::attack_nouns})) return true;
      if (words_[j].kind == TokenKind::punct) return false;
    }
    return false;
  }

  // The subject of "claimed": the phrase just before it, or, when a
  // relative clause intervenes ("A little-known group that analysts link to
  // militias claimed ..."), the phrase that opens the sentence.
  void add_claimant(std::size_t claimed) {
    for (std::size_t k = 0; k < claimed; ++k) {
      if (!words_[k].is("that") && !words_[k].is("which") && !words_[k].is("who")) continue;
      if (k > 0 && is_actor_head(words_[k - 1])) {
        add(ActorRole::perpetrator, phrase_ending_at(words_, k - 1), Attribution::claimed);
        return;
      }
      break;
    }
    add_before(ActorRole::perpetrator, claimed, Attribution::claimed);
  }

  // "confirmed in a statement that its fighters were behind the offensive":
  // anywhere in the clause, which can run long.
  bool confirms_responsibility(std::size_t i) const {
    for (std::size_t j = i + 1; j < words_.size() && j <= i + 15 && !is_clause_break(words_[j]); ++j) {
      if (is_responsibility_word(words_[j])) return true;
    }
    return false;
  }

  // "attacked by X", "carried out by X"; not "posted by X" or "published by X".
  static bool is_violent_participle(const Word& w) { return in_class(w, WordClass::perpetration_participles); }

  void target_cues(std::size_t i) {
    const Word& w = words_[i];
    const bool passive = i > 0 && (words_[i - 1].is("was") || words_[i - 1].is("were"));
    if ((w.is("targeting") || (w.is("targeted") && !passive))) {
      add_after(ActorRole::target, i + 1, std::nullopt);
      return;
    }
    if (i == 0) return;
    const Word& prev = words_[i - 1];
    if ((w.is("on") || w.is("against")) && in_class(prev, WordClass::attack_nouns) && !blame_before(i)) {
      add_after(ActorRole::target, i + 1, std::nullopt);
      return;
    }
    if (w.is("into") && (prev.is("slammed") || prev.is("crashed") || prev.is("smashed") || prev.is("rammed"))) {
      add_after(ActorRole::target, i + 1, std::nullopt);
      return;
    }
    if (w.is("killed") || w.is("assassinated") || w.is("killing")) killed_name(i);
  }

  // "killed terrorist Qassem Soleimani", "killed militia commander Karim
  // Haddad": up to two role words, then a name of two or more words.
  void killed_name(std::size_t verb) {
    std::size_t i = verb + 1;
    while (i < words_.size() && i - verb <= 2 && words_[i].kind == TokenKind::word && !words_[i].capitalized &&
           !is_stop(words_[i]) && !is_determiner(words_[i]))
      ++i;
    std::size_t last = i;
    while (last < words_.size() && words_[last].kind == TokenKind::word && words_[last].capitalized &&
           !words_[last].initialism)
      ++last;
    if (last - i >= 2) add(ActorRole::target, Phrase{i, last}, std::nullopt);
  }

  // "The U.S. Embassy in Baghdad, Iraq, was attacked": the first actor
  // phrase before the passive verb is the target.
  void passive_subject() {
    for (std::size_t i = 1; i + 1 < words_.size(); ++i) {
      if (!words_[i].is("was") && !words_[i].is("were")) continue;
      std::size_t verb = i + 1;
      if (words_[verb].is("reportedly") || words_[verb].is("also")) ++verb;
      if (verb >= words_.size() || !in_class(words_[verb], WordClass::attack_outcome_participles)) continue;
      for (std::size_t head = 0; head < i; ++head) {
        if (!is_actor_head(words_[head])) continue;
        add(ActorRole::target, phrase_ending_at(words_, head), std::nullopt);
        return;
      }
      return;
    }
  }

  std::string_view text_;
  const Words& words_;
  std::vector<ActorMention> found_;
};

int attribution_rank(const std::optional<Attribution>& a) {
  if (!a) return 0;
  switch (*a) {
    case Attribution::suspected:
      return 1;
    case Attribution::claimed:
      return 2;
    case Attribution::confirmed:
      return 3;
  }
  return 0;
}

bool has_specific_head(const ActorMention& m) {
  const std::string_view name = m.actor.name;
  const std::size_t space = name.find_last_of(" -");
  const std::string head = lower_ascii(space == std::string_view::npos ? name : name.substr(space + 1));
  return !in_class(head, WordClass::generic_actor_heads);
}

}  // namespace

std::vector<ActorMention> find_actors(std::string_view text, const Words& words) { return Finder(text, words).run(); }

std::optional<Actor> choose_actor(const std::vector<ActorMention>& mentions, ActorRole role) {
  const ActorMention* best = nullptr;
  auto better = [role](const ActorMention& a, const ActorMention& b) {  // a better than b?
    const int ra = attribution_rank(a.actor.attribution);
    const int rb = attribution_rank(b.actor.attribution);
    if (ra != rb) return ra > rb;
    const bool sa = has_specific_head(a);
    const bool sb = has_specific_head(b);
    if (sa != sb) return sa;
    return role == ActorRole::perpetrator ? a.start > b.start : a.start < b.start;
  };
  for (const ActorMention& m : mentions) {
    if (m.role != role) continue;
    if (best == nullptr || better(m, *best)) best = &m;
  }
  if (best == nullptr) return std::nullopt;
  return best->actor;
}

}  // namespace incimap::geo
