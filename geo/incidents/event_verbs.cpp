#include "geo/incidents/event_verbs.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

#include "geo/text/word_list.hpp"

namespace incimap::geo {
namespace {

using enum SubEventType;
constexpr Specificity G = Specificity::generic;
constexpr Specificity F = Specificity::family;
constexpr Specificity S = Specificity::specific;

// Generic verbs ("kill", "wound", "target") say only that something violent
// happened; an incident needs more (a place, a date, a toll) before they
// open one. Territory changing hands is a battle: an armed group captured,
// seized, overran or occupied a town or base; retaking it is the
// government's side of the same coin. Words that are mostly something else
// in the news stay out: "rally" (markets), "strike" alone (labour),
// "hit" (sport, markets), "fire" alone (a blaze), "pound" (the currency)
// and "burn" (the injury) outside their past forms, which taxonomy.cpp lists.
constexpr auto kVerbs = std::to_array<EventVerb>({
    // Battles
    {"fight", "fought", "", "", armed_clash, F},
    {"clash", "", "", "", armed_clash, S},
    {"battle", "", "", "", armed_clash, F},
    {"skirmish", "", "", "", armed_clash, S},
    {"ambush", "", "", "", armed_clash, S},
    {"besiege", "", "", "", armed_clash, F},
    {"storm", "", "", "", armed_clash, F},
    {"raid", "", "", "", armed_clash, F},
    {"repel", "", "", "", armed_clash, F},
    {"repulse", "", "", "", armed_clash, F},
    {"capture", "", "", "", non_state_actor_overtakes_territory, F},
    {"seize", "", "", "", non_state_actor_overtakes_territory, F},
    {"overrun", "overran", "overrun", "", non_state_actor_overtakes_territory, S},
    {"occupy", "", "", "", non_state_actor_overtakes_territory, F},
    {"invade", "", "", "", non_state_actor_overtakes_territory, F},
    {"take", "took", "taken", "control", non_state_actor_overtakes_territory, S},
    {"take", "took", "taken", "over", non_state_actor_overtakes_territory, F},
    {"recapture", "", "", "", government_regains_territory, S},
    {"retake", "retook", "retaken", "", government_regains_territory, S},
    {"regain", "", "", "control", government_regains_territory, S},
    {"liberate", "", "", "", government_regains_territory, S},
    // Explosions/Remote violence
    {"explode", "", "", "", remote_explosive_landmine_ied, F},
    {"detonate", "", "", "", remote_explosive_landmine_ied, F},
    {"blow", "blew", "blown", "up", remote_explosive_landmine_ied, F},
    {"bomb", "", "", "", remote_explosive_landmine_ied, F},
    {"rip", "", "", "through", remote_explosive_landmine_ied, F},
    {"tear", "tore", "torn", "through", remote_explosive_landmine_ied, F},
    {"shell", "", "", "", shelling_artillery_missile_attack, S},
    {"bombard", "", "", "", shelling_artillery_missile_attack, S},
    // Violence against civilians
    {"kill", "", "", "", attack, G},
    {"wound", "", "", "", attack, G},
    {"injure", "", "", "", attack, G},
    {"target", "", "", "", attack, G},
    {"attack", "", "", "", attack, G},
    {"assault", "", "", "", attack, G},
    {"murder", "", "", "", attack, S},
    {"shoot", "shot", "shot", "", attack, F},
    {"gun", "", "", "down", attack, S},
    {"stab", "", "", "", attack, S},
    {"hack", "", "", "to death", attack, S},
    {"beat", "beat", "beaten", "to death", attack, S},
    {"burn", "", "", "to death", attack, S},
    {"behead", "", "", "", attack, S},
    {"decapitate", "", "", "", attack, S},
    {"execute", "", "", "", attack, F},
    {"massacre", "", "", "", attack, S},
    {"slaughter", "", "", "", attack, S},
    {"slay", "slew", "slain", "", attack, S},
    {"torture", "", "", "", attack, S},
    {"assassinate", "", "", "", attack, S},
    {"lynch", "", "", "", mob_violence, S},
    {"open", "", "", "fire", attack, F},
    {"kidnap", "", "", "", abduction_forced_disappearance, S},
    {"abduct", "", "", "", abduction_forced_disappearance, S},
    {"rape", "", "", "", sexual_violence, S},
    // Protests
    {"protest", "", "", "", peaceful_protest, S},
    {"demonstrate", "", "", "", peaceful_protest, S},
    {"march", "", "", "", peaceful_protest, F},
    {"picket", "", "", "", peaceful_protest, S},
    // Riots
    {"riot", "", "", "", violent_demonstration, S},
    {"loot", "", "", "", looting_property_destruction, S},
    {"ransack", "", "", "", looting_property_destruction, S},
    {"torch", "", "", "", looting_property_destruction, F},
    {"vandalize", "", "", "", looting_property_destruction, F},
    {"vandalise", "", "", "", looting_property_destruction, F},
    {"destroy", "", "", "", looting_property_destruction, G},
    {"raze", "", "", "", looting_property_destruction, F},
    // Strategic developments
    {"arrest", "", "", "", arrests, S},
    {"detain", "", "", "", arrests, S},
    {"apprehend", "", "", "", arrests, S},
    {"round", "", "", "up", arrests, F},
    {"defuse", "", "", "", disrupted_weapons_use, S},
});

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "stab", "rip", "gun", "ambush" (no): one short vowel before one final
// consonant doubles it; two-syllable verbs stressed on the first syllable
// ("target", "picket", "open") do not, so only one-syllable stems double.
bool doubles_final_consonant(std::string_view lemma) {
  // Stressed last syllables of longer verbs double too: "overrunning", "repelled".
  static constexpr auto kStressedEndings = std::to_array<std::string_view>({"run", "pel"});
  if (std::any_of(kStressedEndings.begin(), kStressedEndings.end(),
                  [&](std::string_view e) { return lemma.ends_with(e); })) {
    return true;
  }
  if (lemma.size() < 3) return false;
  const char last = lemma.back();
  if (is_vowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!is_vowel(lemma[lemma.size() - 2]) || is_vowel(lemma[lemma.size() - 3])) return false;
  const auto vowels = std::count_if(lemma.begin(), lemma.end(), is_vowel);
  return vowels == 1;
}

std::string third_person(std::string_view lemma) {
  std::string s(lemma);
  if (s.ends_with("y") && s.size() > 1 && !is_vowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "ies";
  if (s.ends_with("s") || s.ends_with("sh") || s.ends_with("ch") || s.ends_with("x") || s.ends_with("z")) {
    return s + "es";
  }
  return s + "s";
}

std::string regular_past(std::string_view lemma) {
  std::string s(lemma);
  if (s.ends_with("e")) return s + "d";
  if (s.ends_with("y") && s.size() > 1 && !is_vowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "ied";
  if (doubles_final_consonant(s)) return s + s.back() + "ed";
  return s + "ed";
}

std::string present_participle(std::string_view lemma) {
  std::string s(lemma);
  if (s.ends_with("ie")) return s.substr(0, s.size() - 2) + "ying";
  if (s.ends_with("e") && !s.ends_with("ee")) return s.substr(0, s.size() - 1) + "ing";
  if (doubles_final_consonant(s)) return s + s.back() + "ing";
  return s + "ing";
}

}  // namespace

std::vector<std::string> inflections(const EventVerb& verb) {
  const std::string past = verb.past.empty() ? regular_past(verb.lemma) : std::string(verb.past);
  const std::string participle = verb.participle.empty() ? past : std::string(verb.participle);
  std::vector<std::string> forms{std::string(verb.lemma), third_person(verb.lemma), past, participle,
                                 present_participle(verb.lemma)};
  std::vector<std::string> unique;
  for (std::string& f : forms) {
    if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(std::move(f));
  }
  return unique;
}

const std::vector<VerbTrigger>& verb_triggers() {
  static const std::vector<VerbTrigger> triggers = [] {
    std::vector<VerbTrigger> all;
    for (const EventVerb& verb : kVerbs) {
      for (const std::string& form : inflections(verb)) {
        std::string phrase = form;
        if (!verb.particle.empty()) phrase += " " + std::string(verb.particle);
        all.push_back({std::move(phrase), verb.sub_event, verb.specificity, form == verb.lemma});
      }
    }
    return all;
  }();
  return triggers;
}

namespace {

// Every inflected form once, each marked when it is a present tense (the
// base or third person). The picker and the actor rules ask of many words:
// one hash probe each.
class VerbForms {
 public:
  VerbForms() : VerbForms(collect()) {}

  bool contains(std::string_view lowered) const { return list_.contains(lowered); }
  bool is_present_tense(std::string_view lowered) const {
    const std::size_t at = list_.find(lowered, word_hash(lowered));
    return at != WordList::npos && present_tense_[at];
  }

 private:
  using Forms = std::map<std::string, bool>;

  static Forms collect() {
    Forms all;
    for (const EventVerb& verb : kVerbs) {
      for (std::string& form : inflections(verb)) all.emplace(std::move(form), false);
      all[std::string(verb.lemma)] = true;
      all[third_person(verb.lemma)] = true;
    }
    return all;
  }
  template <typename Pick>
  static auto each(const Forms& all, Pick pick) {
    std::vector<decltype(pick(*all.begin()))> out;
    for (const auto& entry : all) out.push_back(pick(entry));
    return out;
  }
  explicit VerbForms(const Forms& all)
      : forms_(each(all, [](const auto& e) { return e.first; })),
        present_tense_(each(all, [](const auto& e) { return e.second; })),
        views_(forms_.begin(), forms_.end()),
        list_(views_) {}

  std::vector<std::string> forms_;  // what views_ and list_ point into
  std::vector<bool> present_tense_;
  std::vector<std::string_view> views_;
  WordList list_;
};

const VerbForms& verb_forms() {
  static const VerbForms forms;
  return forms;
}

}  // namespace

bool is_present_tense_event_verb(std::string_view lowered) { return verb_forms().is_present_tense(lowered); }

bool is_event_verb_form(std::string_view lowered) { return verb_forms().contains(lowered); }

std::span<const EventVerb> event_verbs() noexcept { return kVerbs; }

}  // namespace incimap::geo
