#include "geo/incidents/casualty_counter.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>

#include "geo/incidents/accusation_clause.hpp"
#include "geo/incidents/background_clause.hpp"

namespace incimap::geo {
namespace {

struct NumberWord {
  std::string_view word;
  std::uint32_t value;
};

constexpr std::array<NumberWord, 28> kNumberWords = {{
    {"zero", 0},      {"one", 1},       {"two", 2},       {"three", 3},    {"four", 4},     {"five", 5},
    {"six", 6},       {"seven", 7},     {"eight", 8},     {"nine", 9},     {"ten", 10},     {"eleven", 11},
    {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},  {"forty", 40},   {"fifty", 50},
    {"sixty", 60},    {"seventy", 70},  {"eighty", 80},   {"ninety", 90},
}};

// The least each vague quantity can mean.
constexpr std::array<NumberWord, 7> kVagueWords = {{
    {"several", 3},
    {"dozens", 24},
    {"scores", 40},
    {"hundreds", 200},
    {"thousands", 2000},
    {"numerous", 3},
    {"multiple", 2},
}};

std::optional<CasualtyKind> casualty_kind(const Word& word) {
  if (in_class(word, WordClass::fatality_words)) return CasualtyKind::fatalities;
  if (in_class(word, WordClass::injury_words)) return CasualtyKind::injuries;
  if (in_class(word, WordClass::casualty_nouns)) return CasualtyKind::casualties;
  return std::nullopt;
}

// Verbs whose object is the count: "killing 12", "wounded dozens", "shot
// dead an official", "burned to death at least 13" (`at` is the last word
// of the verb: "dead", "death").
std::optional<CasualtyKind> verb_kind(const Words& words, std::size_t at) {
  const Word& word = words[at];
  if (in_class(word, WordClass::kill_forms)) return CasualtyKind::fatalities;
  if (in_class(word, WordClass::wound_forms)) return CasualtyKind::injuries;
  if (word.is("dead") && at > 0 && words[at - 1].is("shot")) return CasualtyKind::fatalities;
  // "sentenced to death three men" is a court, not a killing.
  const bool to_death = word.is("death") && at > 0 && words[at - 1].is("to");
  if (to_death && !(at > 1 && in_class(words[at - 2], WordClass::sentence_verbs))) return CasualtyKind::fatalities;
  return std::nullopt;
}

bool is_quote_mark(const Word& word) {
  return word.is_punct("\"") || word.is_punct("“") || word.is_punct("'") || word.is_punct("‘");
}

}  // namespace

bool is_person_word(const Word& word) {
  return word.kind == TokenKind::word && in_any_class(word, {WordClass::people_nouns, WordClass::security_force_nouns,
                                                             WordClass::fighter_nouns, WordClass::civilian_nouns});
}

namespace {

// "Iraqi", "American": a capitalised word standing as an adjective.
bool is_demonym_like(const Word& word) { return word.kind == TokenKind::word && word.capitalized && !word.initialism; }

// The person noun that `at` starts or that up to three modifiers lead to
// ("woman", "young man", "local council official"); size() when none.
std::size_t person_noun_after_modifiers(const Words& words, std::size_t at) {
  for (std::size_t k = at; k < words.size() && k < at + 4; ++k) {
    if (is_person_word(words[k])) return k;
    if (words[k].kind != TokenKind::word || in_class(words[k], WordClass::non_modifiers)) break;
  }
  return words.size();
}

struct Count {
  std::uint32_t value = 0;
  std::size_t length = 0;  // words consumed
  Vagueness vagueness = Vagueness::exact;
};

// The words of kNumberWords, for a one-probe "is it a number word at all?"
// before the walk that finds its value (read_count asks of every word).
const WordList& number_words() {
  static const WordList words = [] {
    static std::array<std::string_view, kNumberWords.size()> names;
    for (std::size_t i = 0; i < kNumberWords.size(); ++i) names[i] = kNumberWords[i].word;
    return WordList(std::span<const std::string_view>(names));
  }();
  return words;
}

std::optional<std::uint32_t> number_word_value(const Word& word) {
  if (!in_list(word, number_words())) return std::nullopt;
  for (const NumberWord& n : kNumberWords) {
    if (n.word == word.lower) return n.value;
  }
  return std::nullopt;
}

std::optional<std::uint32_t> digits_value(std::string_view raw) {
  std::string digits;
  for (const char c : raw) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return std::nullopt;
    digits.push_back(c);
  }
  if (digits.empty() || digits.size() > 7) return std::nullopt;
  std::uint32_t value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// A count at `i`: "12", "1,200", "twenty-five", "two hundred", "a dozen",
// "dozens"; "a"/"an" only before a person ("a woman was killed").
std::optional<Count> read_count(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.kind == TokenKind::number) {
    const auto value = digits_value(w.raw);
    if (!value) return std::nullopt;
    return Count{*value, 1, Vagueness::exact};
  }
  if (w.kind != TokenKind::word) return std::nullopt;
  for (const NumberWord& v : kVagueWords) {
    if (w.lower == v.word) return Count{v.value, 1, Vagueness::vague};
  }
  if ((w.is("a") || w.is("an")) && i + 1 < words.size()) {
    if (words[i + 1].is("dozen")) return Count{12, 2, Vagueness::exact};
    const std::size_t noun = person_noun_after_modifiers(words, i + 1);
    if (noun < words.size() && words[noun].lower.back() != 's') return Count{1, 1, Vagueness::exact};
    return std::nullopt;
  }
  auto value = number_word_value(w);
  if (!value) return std::nullopt;
  std::size_t length = 1;
  if (*value >= 20 && i + 1 < words.size() && words[i + 1].joined_to_previous) {
    if (const auto unit = number_word_value(words[i + 1]); unit && *unit < 10) {
      *value += *unit;  // "twenty-five"
      ++length;
    }
  }
  static constexpr std::array<NumberWord, 3> kMultipliers = {{{"hundred", 100}, {"thousand", 1000}, {"dozen", 12}}};
  if (i + length < words.size()) {
    for (const NumberWord& m : kMultipliers) {
      if (!words[i + length].is(m.word)) continue;
      *value *= m.value;  // "two hundred", "two dozen"
      ++length;
      break;
    }
  }
  return Count{*value, length, Vagueness::exact};
}

// Steps back over "at least", "more than", "nearly" so the quoted phrase
// holds them.
std::size_t qualifier_start(const Words& words, std::size_t i) {
  std::size_t start = i;
  while (start > 0 && i - start < 3 && in_class(words[start - 1], WordClass::count_qualifiers)) --start;
  return start;
}

CasualtySide side_of(const Word& word) {
  if (in_class(word, WordClass::security_force_nouns)) return CasualtySide::forces;
  if (in_class(word, WordClass::fighter_nouns)) return CasualtySide::fighters;
  if (in_class(word, WordClass::civilian_nouns)) return CasualtySide::civilians;
  return CasualtySide::unnamed;
}

CasualtyReport make_report(const Words& words, CasualtyKind kind, const Count& count, std::size_t first,
                           std::size_t last) {
  CasualtyReport report{kind, count.value, count.vagueness, words[first].start, words[last - 1].end};
  // The first person word says whose ("five people, including two
  // soldiers": people); a phrase that counts two sides ("two soldiers and
  // three civilians") is a total, like "people".
  bool first_person = true;
  for (std::size_t k = first; k < last; ++k) {
    if (!is_person_word(words[k])) continue;
    const CasualtySide side = side_of(words[k]);
    if (first_person) {
      report.side = side;
      first_person = false;
    } else if (side != CasualtySide::unnamed && side != report.side) {
      report.side = CasualtySide::unnamed;
      break;
    }
  }
  return report;
}

// "from both sides", "on each side": which side a count belongs to.
bool is_both_sides(const Words& words, std::size_t at) {
  return at + 2 < words.size() && (words[at].is("from") || words[at].is("on")) &&
         (words[at + 1].is("both") || words[at + 1].is("each") || words[at + 1].is("either")) &&
         (words[at + 2].is("sides") || words[at + 2].is("side"));
}

// "and died", "and was killed", "and later died": what follows a wound
// says it killed. Returns the index after the word that says so.
std::optional<std::size_t> death_after(const Words& words, std::size_t at) {
  for (std::size_t i = at; i < words.size() && i < at + 4; ++i) {
    if (words[i].is("died") || words[i].is("killed") || words[i].is("dead") || words[i].is("succumbed")) return i + 1;
    if (words[i].kind == TokenKind::punct && !words[i].is_punct(",")) return std::nullopt;
  }
  return std::nullopt;
}

// A wound phrase ending at `end` ("shot in the chest"), or the death that
// follows it ("... and died in hospital").
CasualtyReport wound_or_death(const Words& words, const Count& count, std::size_t first, std::size_t end) {
  if (const auto died = death_after(words, end)) return make_report(words, CasualtyKind::fatalities, count, first, *died);
  return make_report(words, CasualtyKind::injuries, count, first, end);
}

// "shot in the leg", "shot in his arm": a wound, where "shot" alone may
// mean killed. The head is left out: often fatal, so it says neither.
// Returns the words it covers, 0 when it is not such a phrase.
std::size_t shot_in_a_limb(const Words& words, std::size_t at) {
  if (at + 3 >= words.size() || !words[at].is("shot") || !words[at + 1].is("in")) return 0;
  if (!in_class(words[at + 2], WordClass::body_part_owners) || !in_class(words[at + 3], WordClass::body_parts))
    return 0;
  return 4;
}

// "The driver was shot in the leg", "a guard was shot in the arm": one wounded.
std::optional<CasualtyReport> one_shot_in_a_limb(const Words& words, std::size_t i) {
  if (!words[i].is("the") && !words[i].is("a") && !words[i].is("an")) return std::nullopt;
  const std::size_t noun = person_noun_after_modifiers(words, i + 1);
  if (noun + 2 >= words.size() || !words[noun + 1].is("was")) return std::nullopt;
  const std::size_t length = shot_in_a_limb(words, noun + 2);
  if (length == 0) return std::nullopt;
  return wound_or_death(words, Count{1, 1, Vagueness::exact}, i, noun + 2 + length);
}

// "of the", "of its", "of their": a count out of a group ("one of the fighters").
bool is_partitive(const Words& words, std::size_t at) {
  return at + 1 < words.size() && words[at].is("of") && in_class(words[at + 1], WordClass::side_determiners);
}

// ", among them nine children," / ", including two women,": a clause that
// details the count; returns the index after its closing comma, 0 if none.
std::size_t end_of_inserted_clause(const Words& words, std::size_t at) {
  if (!words[at].is_punct(",") || at + 2 >= words.size()) return 0;
  const bool detail = (words[at + 1].is("among") && words[at + 2].is("them")) || words[at + 1].is("including") ||
                      (words[at + 1].is("most") && words[at + 2].is("of"));
  if (!detail) return 0;
  for (std::size_t k = at + 2; k < words.size() && k < at + 10; ++k) {
    if (words[k].is_punct(",")) return k + 1;
    if (words[k].kind == TokenKind::punct) return 0;
  }
  return 0;
}

// "five people were killed", "one woman dead", "one Iraqi civilian
// casualty", "27 officers and 14 civilians were injured" (41).
std::optional<CasualtyReport> count_then_outcome(const Words& words, std::size_t i, Count count) {
  std::size_t j = i + count.length;
  for (std::size_t skipped = 0; j < words.size() && skipped < 5; ++j, ++skipped) {
    if (const auto kind = casualty_kind(words[j])) {
      return make_report(words, *kind, count, qualifier_start(words, i), j + 1);
    }
    if (const std::size_t length = shot_in_a_limb(words, j)) {  // "two guards were shot in the legs"
      return wound_or_death(words, count, qualifier_start(words, i), j + length);
    }
    const Word& w = words[j];
    if (is_partitive(words, j)) {  // "one of the fighters was killed"
      ++j;
      continue;
    }
    if (const std::size_t after = end_of_inserted_clause(words, j)) {  // "26 Palestinians, among them nine children, had"
      j = after - 1;
      continue;
    }
    if (is_both_sides(words, j)) {
      j += 2;  // the loop's ++j steps over the third word
      continue;
    }
    if (w.is("and") && j + 1 < words.size()) {
      if (const auto more = read_count(words, j + 1)) {
        count.value += more->value;
        if (more->vagueness == Vagueness::vague) count.vagueness = Vagueness::vague;
        j += more->length;
        skipped = 0;
        continue;
      }
    }
    if (!(is_person_word(w) || is_demonym_like(w) || in_class(w, WordClass::casualty_fillers))) return std::nullopt;
  }
  return std::nullopt;
}

// The end of the people a count at `i` names: "12 civilians", "two
// Pakistani soldiers", "a local council official".
std::size_t end_of_counted(const Words& words, std::size_t i, const Count& count) {
  std::size_t last = i + count.length;
  if (count.length == 1 && (words[i].is("a") || words[i].is("an"))) {
    last = std::min(person_noun_after_modifiers(words, i + 1), words.size() - 1) + 1;
    while (last < words.size() && words[last].joined_to_previous) ++last;
    return last;
  }
  // "dozens of terrorists": the people after "of".
  if (last + 1 < words.size() && words[last].is("of") && is_person_word(words[last + 1])) last += 2;
  while (last < words.size() && last - i < 4 && (is_person_word(words[last]) || is_demonym_like(words[last]))) ++last;
  while (last < words.size() && words[last].joined_to_previous) ++last;  // "passer-by"
  return last;
}

// "killing 12 civilians", "killed at least three", "wounded dozens",
// "wounding two guards and a woman" (3).
std::optional<CasualtyReport> verb_then_count(const Words& words, std::size_t verb) {
  const auto kind = verb_kind(words, verb);
  if (!kind) return std::nullopt;
  std::size_t i = verb + 1;
  if (i < words.size() && is_quote_mark(words[i])) ++i;  // killed "dozens of terrorists"
  while (i < words.size() && i - verb <= 3 && in_class(words[i], WordClass::count_qualifiers)) ++i;
  if (i >= words.size()) return std::nullopt;
  auto count = read_count(words, i);
  if (!count) return std::nullopt;
  std::size_t last = end_of_counted(words, i, *count);
  // Only people join the count: "two guards and a woman", not "two guards and three cars".
  while (last + 1 < words.size() && words[last].is("and") && is_person_word(words[last - 1])) {
    const auto more = read_count(words, last + 1);
    if (!more) break;
    const std::size_t more_last = end_of_counted(words, last + 1, *more);
    const auto first_counted = words.begin() + static_cast<std::ptrdiff_t>(last + 1);
    if (std::none_of(first_counted, words.begin() + static_cast<std::ptrdiff_t>(more_last), is_person_word)) break;
    count->value += more->value;
    if (more->vagueness == Vagueness::vague) count->vagueness = Vagueness::vague;
    last = more_last;
  }
  return make_report(words, *kind, *count, verb, last);
}

// "killed terrorist Qassem Soleimani": a named person is one.
std::optional<CasualtyReport> verb_then_name(const Words& words, std::size_t verb) {
  if (!words[verb].is("killed") && !words[verb].is("killing") && !words[verb].is("assassinated")) {
    return std::nullopt;
  }
  std::size_t i = verb + 1;
  while (i < words.size() && i - verb <= 2 && words[i].kind == TokenKind::word && !words[i].capitalized &&
         !words[i].is("in") && !words[i].is("at") && !words[i].is("on") && !words[i].is("by"))
    ++i;
  std::size_t names = 0;
  while (i + names < words.size() && words[i + names].kind == TokenKind::word && words[i + names].capitalized &&
         !words[i + names].initialism)
    ++names;
  if (names < 2) return std::nullopt;
  return make_report(words, CasualtyKind::fatalities, Count{1, 1, Vagueness::exact}, verb, i + names);
}

// "Ahmed Ali was killed", "Journalist Ahmed Ali was shot dead on Monday",
// "Shekho Haj Hamid, a resident of Tel Abyad, was reportedly killed": a
// person named by two or more capitalised words, then "was" and a verb of
// killing or wounding, is one. `i` is the name's first word.
std::optional<CasualtyReport> name_then_passive(const Words& words, std::size_t i) {
  constexpr std::size_t kMaxNameWords = 5, kMaxAppositionWords = 14;
  auto name_word = [&](std::size_t k) {
    return k < words.size() && words[k].kind == TokenKind::word && words[k].capitalized && !words[k].initialism;
  };
  if (!name_word(i) || (i > 0 && name_word(i - 1))) return std::nullopt;
  std::size_t k = i;
  while (name_word(k) && k - i < kMaxNameWords) ++k;
  if (k - i < 2 || name_word(k)) return std::nullopt;
  // An apposition between: ", a Turkmen resident of Tel Abyad,".
  if (k + 1 < words.size() && words[k].is_punct(",") &&
      (words[k + 1].is("a") || words[k + 1].is("an") || words[k + 1].is("the"))) {
    std::size_t close = k + 2;
    while (close < words.size() && close - k < kMaxAppositionWords && !words[close].is_punct(",")) ++close;
    if (close >= words.size() || !words[close].is_punct(",")) return std::nullopt;
    k = close + 1;
  }
  if (k + 1 >= words.size() || !words[k].is("was")) return std::nullopt;
  ++k;
  const bool fatally = words[k].is("fatally");
  if (words[k].lower.ends_with("ly") && k + 1 < words.size()) ++k;  // "reportedly", "fatally"
  std::optional<CasualtyKind> kind;
  std::size_t last = k;
  if (words[k].is("shot") && (fatally || (k + 1 < words.size() && words[k + 1].is("dead")))) {
    kind = CasualtyKind::fatalities;
    if (!fatally) last = k + 1;
  } else if (in_class(words[k], WordClass::kill_forms) || words[k].is("murdered") || words[k].is("assassinated")) {
    kind = CasualtyKind::fatalities;
  } else if (in_class(words[k], WordClass::wound_forms)) {
    kind = CasualtyKind::injuries;
  }
  if (!kind) return std::nullopt;
  return make_report(words, *kind, Count{1, 1, Vagueness::exact}, i, last + 1);
}

// "no injuries or casualties", "no one was killed", "nobody was hurt",
// "no reports of casualties", "without casualties".
std::vector<CasualtyReport> zero_reports(const Words& words, std::size_t i) {
  std::vector<CasualtyReport> out;
  const Word& w = words[i];
  const bool no = w.is("no") || w.is("without");
  const bool nobody = w.is("nobody") || w.is("none") || (w.is("no") && i + 1 < words.size() && words[i + 1].is("one"));
  if (!no && !nobody) return out;
  const Count zero{0, 1, Vagueness::exact};
  std::size_t j = i + 1;
  if (nobody && w.is("no")) ++j;
  if (nobody) {
    // "none of its troops had been hurt": who "none" counts, then the outcome.
    for (std::size_t skipped = 0; j < words.size() && skipped < 6; ++j, ++skipped) {
      if (const auto kind = casualty_kind(words[j])) {
        out.push_back(make_report(words, *kind, zero, i, j + 1));
        return out;
      }
      const bool whose = in_class(words[j], WordClass::possessive_determiners) || is_person_word(words[j]);
      if (!in_class(words[j], WordClass::casualty_fillers) && !(w.is("none") && whose)) break;
    }
    return out;
  }
  if (j + 1 < words.size() && words[j].is("reports") && words[j + 1].is("of")) j += 2;
  if (j + 1 < words.size() && w.is("without") && words[j].is("causing")) j += words[j + 1].is("any") ? 2 : 1;
  // A list of outcome nouns: "no injuries or casualties", "no deaths or injuries".
  while (j < words.size()) {
    const auto kind = casualty_kind(words[j]);
    if (!kind) break;
    out.push_back(make_report(words, *kind, zero, i, j + 1));
    ++j;
    if (j < words.size() && (words[j].is("or") || words[j].is("and") || words[j].is_punct(","))) ++j;
  }
  return out;
}

bool is_date_number(const Words& words, std::size_t i) {
  if (words[i].kind != TokenKind::number) return false;
  const bool after_month = i > 0 && words[i - 1].capitalized && words[i - 1].raw.size() >= 3;
  return after_month || words[i].raw.size() == 4;
}

// "death toll" or "number of dead", "number of wounded": what the toll
// counts and how many words name it.
struct TollPhrase {
  CasualtyKind kind = CasualtyKind::fatalities;
  std::size_t length = 0;
};

std::optional<TollPhrase> toll_phrase(const Words& words, std::size_t i) {
  if (i + 1 >= words.size()) return std::nullopt;
  if (words[i].is("death") && words[i + 1].is("toll")) return TollPhrase{CasualtyKind::fatalities, 2};
  if (!words[i].is("number") || !words[i + 1].is("of") || i + 2 >= words.size()) return std::nullopt;
  const auto kind = casualty_kind(words[i + 2]);
  if (!kind) return std::nullopt;
  return TollPhrase{*kind, 3};
}

// "the death toll rose to 30", "the death toll from Tuesday's bombing in
// Mosul stood at 12", "put the number of dead at nine": the first count
// within the clause.
std::optional<CasualtyReport> death_toll(const Words& words, std::size_t i) {
  const auto toll = toll_phrase(words, i);
  if (!toll) return std::nullopt;
  for (std::size_t j = i + toll->length; j < words.size() && j < i + 14 && !is_clause_break(words[j]); ++j) {
    if (is_date_number(words, j)) continue;
    if (const auto count = read_count(words, j)) {
      return make_report(words, toll->kind, *count, i, j + count->length);
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<CasualtyReport> count_casualties(const Words& words) {
  std::vector<CasualtyReport> reports;
  std::vector<bool> used(words.size(), false);  // words already inside a report
  // "three years after the blast killed more than 220 people": the toll of an earlier event.
  // "arrested two men suspected of the bombing that killed 12": the bombing's toll.
  for (const auto& clause : {background_clause(words), accusation_clause(words)}) {
    if (!clause) continue;
    for (std::size_t k = clause->first; k < clause->last; ++k) used[k] = true;
  }
  auto take = [&](const CasualtyReport& report) {
    reports.push_back(report);
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (words[k].start >= report.start && words[k].end <= report.end) used[k] = true;
    }
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (used[i] || words[i].kind == TokenKind::punct) continue;
    if (auto zeros = zero_reports(words, i); !zeros.empty()) {
      for (const CasualtyReport& zero : zeros) take(zero);
    } else if (auto toll = death_toll(words, i)) {
      take(*toll);
    } else if (auto counted = verb_then_count(words, i)) {
      take(*counted);
    } else if (auto named = verb_then_name(words, i)) {
      take(*named);
    } else if (auto passive = name_then_passive(words, i)) {
      take(*passive);
    } else if (auto wounded = one_shot_in_a_limb(words, i)) {
      take(*wounded);
    } else if (!is_date_number(words, i)) {
      if (const auto count = read_count(words, i)) {
        if (auto report = count_then_outcome(words, i, *count)) take(*report);
      }
    }
  }
  return reports;
}

std::string_view casualty_kind_name(CasualtyKind kind) noexcept {
  switch (kind) {
    case CasualtyKind::fatalities:
      return "fatalities";
    case CasualtyKind::injuries:
      return "injuries";
    case CasualtyKind::casualties:
      return "casualties";
  }
  return "casualties";
}

namespace {

class TallyNote {
 public:
  explicit TallyNote(std::string_view text) : text_(text) {}

  std::string quote(const CasualtyReport& r) const {
    return "“" + std::string(text_.substr(r.start, r.end - r.start)) + "”";
  }
  void add(const std::string& part) { note_ += (note_.empty() ? "" : "; ") + part; }

  // "reports differ, 9 (“...”) vs 11 (“...”)" when `reports` disagree.
  void add_differences(std::string_view kind, const std::vector<const CasualtyReport*>& reports) {
    std::map<std::uint32_t, const CasualtyReport*> by_count;  // first report of each distinct count
    for (const CasualtyReport* r : reports) by_count.emplace(r->count, r);
    if (by_count.size() < 2) return;
    std::string versions;
    for (const auto& [count, report] : by_count) {
      if (!versions.empty()) versions += " vs ";
      versions += std::to_string(count) + " (" + quote(*report) + ")";
    }
    add(std::string(kind) + ": reports differ, " + versions + "; the higher count is kept");
  }
  void add_vagueness(std::string_view kind, const CasualtyReport& r) {
    if (r.vagueness != Vagueness::vague) return;
    add(std::string(kind) + ": " + quote(r) + " counted as " + std::to_string(r.count) + ", the least it can mean");
  }
  std::string take() { return std::move(note_); }

 private:
  std::string_view text_;
  std::string note_;
};

const CasualtyReport* highest_of(const std::vector<const CasualtyReport*>& reports) {
  const CasualtyReport* best = nullptr;
  for (const CasualtyReport* r : reports) {
    if (best == nullptr || r->count > best->count) best = r;
  }
  return best;
}

// One kind's count: the highest version of each side; named sides add up
// unless a report of unnamed "people" counts more than their sum (it then
// is the total that includes them).
std::uint32_t tally_kind(CasualtyKind kind, const std::vector<CasualtyReport>& reports, TallyNote& note) {
  const std::string_view name = casualty_kind_name(kind);
  std::map<CasualtySide, std::vector<const CasualtyReport*>> by_side;
  std::vector<const CasualtyReport*> all;
  for (const CasualtyReport& r : reports) {
    if (r.kind != kind) continue;
    by_side[r.side].push_back(&r);
    all.push_back(&r);
  }
  std::uint32_t sides_total = 0;
  std::vector<const CasualtyReport*> side_highs;
  for (const auto& [side, side_reports] : by_side) {
    if (side == CasualtySide::unnamed) continue;
    side_highs.push_back(highest_of(side_reports));
    sides_total += side_highs.back()->count;
  }
  const auto unnamed = by_side.find(CasualtySide::unnamed);
  const std::uint32_t unnamed_high = unnamed == by_side.end() ? 0 : highest_of(unnamed->second)->count;
  if (side_highs.size() < 2 || unnamed_high >= sides_total) {
    note.add_differences(name, all);
    const CasualtyReport* highest = highest_of(all);
    note.add_vagueness(name, *highest);
    return highest->count;
  }
  std::string parts;
  for (const CasualtyReport* r : side_highs) {
    parts += (parts.empty() ? "" : " + ") + std::to_string(r->count) + " (" + note.quote(*r) + ")";
  }
  note.add(std::string(name) + ": " + parts + ", different sides, added up");
  for (const auto& [side, side_reports] : by_side) {
    if (side != CasualtySide::unnamed) note.add_differences(name, side_reports);
  }
  for (const CasualtyReport* r : side_highs) note.add_vagueness(name, *r);
  return sides_total;
}

}  // namespace

CasualtyTally tally_casualties(const std::vector<CasualtyReport>& reports, std::string_view text) {
  CasualtyTally tally;
  TallyNote note(text);
  for (const CasualtyKind kind : {CasualtyKind::fatalities, CasualtyKind::injuries, CasualtyKind::casualties}) {
    const bool any = std::any_of(reports.begin(), reports.end(), [&](const CasualtyReport& r) { return r.kind == kind; });
    if (!any) continue;
    std::optional<std::uint32_t>& field = kind == CasualtyKind::fatalities ? tally.fatalities
                                          : kind == CasualtyKind::injuries ? tally.injuries
                                                                           : tally.casualties;
    field = tally_kind(kind, reports, note);
  }
  tally.note = note.take();
  return tally;
}

}  // namespace incimap::geo
