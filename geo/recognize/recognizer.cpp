#include "geo/recognize/recognizer.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string>

#include "geo/gazetteer/fold.hpp"
#include "geo/text/lexicon.hpp"

namespace incimap::geo {
namespace {

using index_format::NameEntry;

constexpr std::uint32_t kMaxNameTokens = 9;  // "Embassy of the United States in Baghdad" and punctuation

bool is_word(const Token& t) noexcept { return t.kind == TokenKind::word; }
bool is_proper(const Token& t) noexcept { return is_word(t) && (t.capitalized || t.initialism); }
bool attached(const Token& a, const Token& b) noexcept { return a.end == b.start; }

NameKind kind_of(const NameEntry& e) noexcept { return static_cast<NameKind>(e.kind); }

// Folded tokens, folded on first use: most tokens are lower-case words that
// no rule ever looks up.
class FoldedTokens {
 public:
  FoldedTokens(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens), folded_(tokens.size()) {}

  const std::string& at(std::uint32_t i) const {
    Folded& f = folded_[i];
    if (!f.text_done) {
      f.text = fold_name(tokens_[i].in(text_));
      f.text_done = true;
    }
    return f.text;
  }

  // The folded word's lexicon classes: the rules ask several times per
  // token, and one probe answers them all.
  const WordClasses& classes(std::uint32_t i) const {
    Folded& f = folded_[i];
    if (!f.classes_done) {
      f.classes = word_classes(at(i));
      f.classes_done = true;
    }
    return f.classes;
  }

 private:
  struct Folded {
    std::string text;
    WordClasses classes;
    bool text_done = false;
    bool classes_done = false;
  };
  std::string_view text_;
  const std::vector<Token>& tokens_;
  mutable std::vector<Folded> folded_;
};

// One sentence's worth of state shared by the rules below.
class SentenceScan {
 public:
  SentenceScan(const GazetteerIndex& index, std::string_view text, const std::vector<Token>& tokens,
               const FoldedTokens& folded_tokens, const Sentence& sentence, std::uint32_t sentence_index)
      : index_(index), text_(text), tokens_(tokens), folded_tokens_(folded_tokens), s_(sentence),
        sentence_index_(sentence_index) {}

  void run(std::vector<RecognizedMention>& out) {
    for (std::uint32_t i = s_.first_token; i < s_.last_token;) {
      if (const std::uint32_t end = match_road_number(i, out); end > i) {
        i = end;
        continue;
      }
      if (!is_proper(tokens_[i]) && !starts_with_arabic_article(i)) {
        ++i;
        continue;
      }
      if (const std::uint32_t end = match_at(i, out); end > i) {
        i = end;
        continue;
      }
      ++i;
    }
  }

  // Surnames of the people the sentence names ("Joyce Karam" → "karam"), so
  // that "Karam" alone elsewhere in the article is not read as a place, and
  // the full names a title introduces ("President-elect Donald Trump" →
  // "donald trump"), so that a first name that is also a place's reads as
  // the person wherever the article repeats the name.
  void collect_surnames(std::vector<std::string>& surnames, std::vector<std::string>& people) const {
    for (std::uint32_t i = s_.first_token; i + 1 < s_.last_token; ++i) {
      const Token& a = tokens_[i];
      // "Ms. Jones": the surname comes after the title's period; "George W.
      // Bush": after a given name's middle initial.
      const bool initial_between = is_middle_initial(i + 1);
      const std::uint32_t j = initial_between                                              ? i + 3
                              : tokens_[i + 1].in(text_) == "." && i + 2 < s_.last_token ? i + 2
                                                                                         : i + 1;
      const Token& b = tokens_[j];
      if (!is_proper(a) || !is_proper(b) || a.initialism || b.initialism || a.all_caps || b.all_caps) continue;
      if (j + 1 < s_.last_token && is_proper(tokens_[j + 1])) continue;
      const std::string first = folded(i);
      const std::string second = folded(j);
      const bool title = in_class(first, WordClass::person_titles);
      // "West" and "Central" are in the given-name lists too; before a name
      // they say where ("North West Bicester"), not who.
      const bool given = index_.is_given_name(name_key_hash(first)) && !in_class(first, WordClass::place_modifiers);
      if (j != i + 1 && !title && !(initial_between && given)) continue;
      // "President-elect Donald Trump": after a title, a place's name
      // ("Donald" is a town) is the person's first name.
      if (!title && !given && !title_before(i) &&
          (in_any_class(first, {WordClass::function_words, WordClass::place_modifiers}) || names_a_place(i) ||
           is_common_word(i)))
        continue;
      if (!title && !index_.lookup_folded(folded(i, j + 1)).empty()) continue;  // "Fort Worth"
      // "killed in Tuz Khurmato": a pair right after "in", "near", "at" or
      // "outside" that no given name opens is where, not who.
      if (!title && !given && after_place_preposition(i)) continue;
      if (in_any_class(second, {WordClass::place_types, WordClass::organisation_words, WordClass::feature_types}))
        continue;
      surnames.push_back(second);
      // Only a pair a title proves a person: a given name that is also a
      // state ("Virginia Freedom of Information Act") proves none, nor a
      // word before a weekday ("the Vatican Sunday").
      if (j == i + 1 && title_before(i)) people.push_back(first + " " + second);
    }
  }

  // "W." in "George W. Bush": one capital letter, its period, then a name.
  bool is_middle_initial(std::uint32_t k) const {
    if (k + 2 >= s_.last_token || tokens_[k].end - tokens_[k].start != 1) return false;
    const Token& t = tokens_[k];
    return is_word(t) && std::isupper(static_cast<unsigned char>(text_[t.start])) &&
           tokens_[k + 1].in(text_) == "." && attached(t, tokens_[k + 1]) && is_proper(tokens_[k + 2]);
  }

  void set_people(const std::vector<std::string>* surnames, const std::vector<std::string>* people) {
    surnames_ = surnames;
    people_ = people;
  }

 private:
  // The folded key of tokens [first, last): the folded tokens joined by one
  // space, which is fold_name() of the span's text (punctuation that fold
  // drops folds to an empty token), without folding any token twice.
  std::string folded(std::uint32_t first, std::uint32_t last) const {
    if (last == first + 1) return folded_tokens_.at(first);
    std::string key;
    key.reserve(64);
    for (std::uint32_t k = first; k < last; ++k) {
      const std::string& part = folded_tokens_.at(k);
      if (part.empty()) continue;
      // "People" and "'s" fold to "peoples", as "People's" does.
      const bool joined = k > first && is_possessive(tokens_[k]) && attached(tokens_[k - 1], tokens_[k]);
      if (!key.empty() && !joined) key.push_back(' ');
      key.append(part);
    }
    return key;
  }
  const std::string& folded(std::uint32_t i) const { return folded_tokens_.at(i); }
  bool in_class_at(std::uint32_t i, WordClass c) const { return folded_tokens_.classes(i).has(c); }
  bool in_any_class_at(std::uint32_t i, std::initializer_list<WordClass> cs) const {
    return folded_tokens_.classes(i).has_any(cs);
  }

  // Ends (exclusive) of the spans from `first` that could be one name, longest
  // last: capitalised words joined by connectors, hyphens and periods.
  std::vector<std::uint32_t> span_ends(std::uint32_t first) const {
    std::vector<std::uint32_t> ends{first + 1};
    for (std::uint32_t j = first + 1; j < s_.last_token && j - first < kMaxNameTokens; ++j) {
      const Token& t = tokens_[j];
      const Token& prev = tokens_[j - 1];
      if (t.kind == TokenKind::punct) {
        const std::string_view p = t.in(text_);
        const bool joiner = (p == "-" || p == "." || p == "'" || p == "’") && attached(prev, t) &&
                            j + 1 < s_.last_token && attached(t, tokens_[j + 1]);
        const bool abbreviation_period = p == "." && attached(prev, t);  // "St. Louis"
        // "Martyrs' Square": a plural's apostrophe inside the name.
        const std::string_view prev_text = prev.in(text_);
        const bool plural_possessive = (p == "'" || p == "’") && attached(prev, t) &&
                                       (prev_text.ends_with('s') || prev_text.ends_with('S'));
        if (!joiner && !abbreviation_period && !plural_possessive) break;
        continue;
      }
      if (!is_word(t)) break;
      if (is_proper(t) || is_elided_article_before_name(t)) {
        ends.push_back(j + 1);
        continue;
      }
      // "People's Republic of China": a possessive inside a longer name.
      if (is_possessive(t) && attached(prev, t) && is_proper(prev)) continue;
      if (!in_class_at(j, WordClass::name_connectors)) break;
    }
    return ends;
  }

  bool is_possessive(const Token& t) const {
    const std::string_view w = t.in(text_);
    return w == "'s" || w == "’s" || w == "'S" || w == "’S";
  }

  // "d'Ivoire", "l'Aquila": an elided French or Italian article joined to
  // a capitalised name, inside "Côte d'Ivoire".
  bool is_elided_article_before_name(const Token& t) const {
    const std::string_view w = t.in(text_);
    for (std::string_view apostrophe : {"'", "’"}) {
      const auto at = w.find(apostrophe);
      if (at == std::string_view::npos || at == 0 || at > 4) continue;
      const std::string_view article = w.substr(0, at);
      const std::string_view rest = w.substr(at + apostrophe.size());
      if ((article == "d" || article == "l" || article == "dell") && !rest.empty() && rest[0] >= 'A' &&
          rest[0] <= 'Z')
        return true;
    }
    return false;
  }

  bool is_sentence_initial(std::uint32_t i) const {
    for (std::uint32_t k = s_.first_token; k < i; ++k) {
      const std::string_view p = tokens_[k].in(text_);
      if (tokens_[k].kind == TokenKind::word || tokens_[k].kind == TokenKind::number) return false;
      if (p != "\"" && p != "“" && p != "'" && p != "‘" && p != "(" && p != "-" && p != "—") return false;
    }
    return true;
  }

  // The word before `i`, skipping a period ("Sen. Smith").
  std::optional<std::uint32_t> previous_word(std::uint32_t i) const {
    std::uint32_t k = i;
    while (k > s_.first_token) {
      --k;
      if (is_word(tokens_[k])) return k;
      if (tokens_[k].in(text_) != ".") return std::nullopt;
    }
    return std::nullopt;
  }

  // Whether a person's title stands before `i`: "Sen. Smith", and an elected
  // one not yet in office, "President-elect Trump".
  bool title_before(std::uint32_t i) const {
    auto prev = previous_word(i);
    if (!prev) return false;
    if (folded(*prev) == "elect" && *prev >= s_.first_token + 2 && tokens_[*prev - 1].in(text_) == "-" &&
        attached(tokens_[*prev - 1], tokens_[*prev]))
      prev = *prev - 2;
    return in_class_at(*prev, WordClass::person_titles);
  }

  // "the 25-year-old Jimenez was captured", "killed 35-year-old Abu
  // Bakar.": an age right before a name that ends its noun phrase (a
  // punctuation mark, "and", an auxiliary, "who", "said" after it) makes it
  // a person's. Before a noun it is a home town ("a 27-year-old Columbus
  // woman", "the 28-year-old Manchester Marine").
  bool age_before(std::uint32_t first, std::uint32_t last) const {
    const std::size_t from = tokens_[first].start > 16 ? tokens_[first].start - 16 : 0;
    const std::string_view before = text_.substr(from, tokens_[first].start - from);
    if (!before.ends_with("-year-old ") && !before.ends_with("-years-old ")) return false;
    // "A 25-year-old Paris, Missouri, man": a comma may lead on to the state.
    if (last >= s_.last_token) return true;
    if (!is_word(tokens_[last])) return tokens_[last].in(text_) != ",";
    const std::string next = folded(last);
    return next == "and" || next == "or" ||
           in_any_class(next, {WordClass::tense_auxiliaries, WordClass::relative_pronouns, WordClass::speech_verbs});
  }

  // Multi-word hits are specific, but not against a person's title or age
  // before them: "dissident Wang Dan" is a person (Wangdain is a town in
  // Tibet), unless the place is major.
  bool reads_as_person(std::uint32_t first, std::uint32_t last, const std::vector<NameEntry>& entries) const {
    if (major_place(entries) || run_names_a_place_type(first)) return false;  // "Miss Butler County"
    return title_before(first) || age_before(first, last);
  }

  bool names_a_place(std::uint32_t i) const {
    for (const NameEntry& e : index_.lookup_folded(folded(i))) {
      if (kind_of(e) != NameKind::alternate) return true;
    }
    return false;
  }

  // Entries usable for how the span is written: abbreviations only when the
  // text is an initialism or in capitals, demonyms kept apart.
  std::vector<NameEntry> usable_entries(std::uint32_t first, std::uint32_t last, bool abbreviated) const {
    std::vector<NameEntry> out;
    for (const NameEntry& e : index_.lookup_folded(folded(first, last))) {
      if (kind_of(e) == NameKind::abbreviation && !abbreviated) continue;
      out.push_back(e);
    }
    // "US" written in capitals is the country, not the French village "Us".
    if (abbreviated && std::any_of(out.begin(), out.end(), [](const NameEntry& e) {
          return kind_of(e) == NameKind::abbreviation;
        })) {
      std::erase_if(out, [](const NameEntry& e) { return kind_of(e) != NameKind::abbreviation; });
    }
    return out;
  }

  bool is_common_word(std::uint32_t i) const { return index_.is_common_word(name_key_hash(folded(i))); }

  bool has_population(const std::vector<NameEntry>& entries, std::uint32_t at_least) const {
    return std::any_of(entries.begin(), entries.end(), [&](const NameEntry& e) {
      return kind_of(e) != NameKind::alternate && index_.record(e.place).population >= at_least;
    });
  }

  // A country or a city of millions is known by its other names too
  // ("Bosnia", "Burma", "Kiev", "Bombay"). A city's other spellings also
  // hold codes and word-like forms ("TVs", "MiG", "Agro" for Agra), so only
  // a word of four letters or more, written as a name ("Kiev", not "TVs")
  // and not the head of a compound ("Agro-defense"), reads as the city.
  bool known_by_other_names(std::uint32_t i, const std::vector<NameEntry>& entries) const {
    const Token& t = tokens_[i];
    const std::string_view w = t.in(text_);
    const bool written_as_name = w.size() >= 4 && std::none_of(w.begin() + 1, w.end(), [](char c) {
      return c >= 'A' && c <= 'Z';
    });
    const bool compound_head = i + 1 < s_.last_token && tokens_[i + 1].in(text_) == "-" && attached(t, tokens_[i + 1]);
    const bool city_reads = written_as_name && !compound_head;
    return std::any_of(entries.begin(), entries.end(), [&](const NameEntry& e) {
      const auto& place = index_.record(e.place);
      return static_cast<GeoType>(place.geo_type) == GeoType::country || (city_reads && place.population >= 1000000);
    });
  }

  bool major_place(const std::vector<NameEntry>& entries) const {
    return division_or_larger(entries) || has_population(entries, 100000);
  }

  static bool has_kind(const std::vector<NameEntry>& entries, NameKind kind) {
    return std::any_of(entries.begin(), entries.end(), [kind](const NameEntry& e) { return kind_of(e) == kind; });
  }

  bool has_contraction(const Token& t) const {
    const std::string_view w = t.in(text_);
    for (std::string_view apostrophe : {"'", "’"}) {
      const auto at = w.find(apostrophe);
      if (at != std::string_view::npos && at + apostrophe.size() < w.size()) {
        const char next = w[at + apostrophe.size()];
        if (next >= 'a' && next <= 'z') return true;
      }
    }
    return false;
  }

  bool division_or_larger(const std::vector<NameEntry>& entries) const {
    return std::any_of(entries.begin(), entries.end(), [this](const NameEntry& e) {
      const auto type = static_cast<GeoType>(index_.record(e.place).geo_type);
      return kind_of(e) != NameKind::alternate &&
             (type == GeoType::country || type == GeoType::admin1 || type == GeoType::region);
    });
  }

  // "Paris Hilton", "Wal-Mart", "Fox News": the next capitalised word
  // continues a name that is not a place. A publication named after a place
  // is not a mention of it; other organisations are ("the Ohio Coalition",
  // "Dublin City Council" name Ohio and Dublin). An unknown proper word after
  // the name (not a dictionary word, not a place) makes it a person's or a
  // brand's name.
  // `surname_follows_given_name`: whether a given name before a capitalised
  // word reads as a person (not for states and countries: "Florida State",
  // "Georgia Tech", "Jordan Valley" name them; nor for large cities).
  bool part_of_longer_name(std::uint32_t i, bool surname_follows_given_name) const {
    const Token& next = tokens_[i + 1];
    if (next.kind == TokenKind::punct && next.in(text_) == "-" && attached(tokens_[i], next) &&
        i + 2 < s_.last_token && attached(next, tokens_[i + 2]) && is_proper(tokens_[i + 2])) {
      // "Wal-Mart" is a brand; "Paris-Henry County" and "Watertown-ML" join
      // two places (a hyphenated place name is matched whole before this).
      const Token& after = tokens_[i + 2];
      return !(after.all_caps || (names_a_place(i + 2) && !is_common_word(i + 2)));
    }
    if (!is_proper(next) || next.initialism || next.all_caps) return false;
    const std::string w = folded(i + 1);
    if (in_class(w, WordClass::media_words)) return true;
    if (in_any_class(w, {WordClass::organisation_words, WordClass::calendar_words, WordClass::place_types,
                         WordClass::feature_types, WordClass::function_words, WordClass::person_titles}))
      return false;
    // "George Bush", "Mary Wheeler", "George Washington": after a given name
    // a capitalised word is a surname, even a dictionary word or a place.
    if (surname_follows_given_name && index_.is_given_name(name_key_hash(folded(i)))) return true;
    return !(is_common_word(i + 1) || names_a_place(i + 1));
  }

  // Whether the capitalised run from `i` holds a place, site or feature
  // type word or a day or month ("Maternity Hospital", "Road", "Monday").
  bool run_names_a_place_type(std::uint32_t i) const {
    for (; i < s_.last_token && is_proper(tokens_[i]); ++i) {
      if (in_any_class_at(i, {WordClass::place_types, WordClass::site_types, WordClass::feature_types,
                                   WordClass::calendar_words}))
        return true;
    }
    return false;
  }

  // The rules that turn a gazetteer hit for a one-word span into "not a
  // place here". Multi-word hits are specific enough to keep.
  bool rejected_single_word(std::uint32_t i, const std::vector<NameEntry>& entries, bool abbreviated) const {
    const Token& t = tokens_[i];
    const std::string word = folded(i);
    if (in_any_class(word, {WordClass::calendar_words, WordClass::place_modifiers, WordClass::person_titles,
                            WordClass::organisation_words}))
      return true;
    if (!abbreviated && t.end - t.start < 3) return true;
    // Capitals without an abbreviation entry: "CNN", "KBR"; a headline in
    // capitals ("BAGHDAD") still reads.
    if ((t.all_caps || t.initialism) && !has_kind(entries, NameKind::abbreviation) && t.end - t.start <= 4)
      return true;
    if (has_contraction(t)) return true;  // "I've", "We'll"
    const bool initial = is_sentence_initial(i);
    const bool major = major_place(entries);
    // "Elizabeth Fairfield ... against Fairfield": the surname of a person
    // the article names, even when a large town has that name; a state or
    // country, or a locative cue ("in Fairfield"), still reads as the place.
    if (surnames_ && std::binary_search(surnames_->begin(), surnames_->end(), word) &&
        (!major || !(division_or_larger(entries) || after_locative_cue(i))))
      return true;
    if (title_before(i) || age_before(i, i + 1)) return true;
    // "Georgia Stevens", "Donald Trump": a person the article names with a
    // title or a given name keeps that reading where the name comes back.
    if (people_ && i + 1 < s_.last_token && is_proper(tokens_[i + 1]) && !tokens_[i + 1].all_caps &&
        !tokens_[i + 1].initialism && !(i + 2 < s_.last_token && is_proper(tokens_[i + 2])) &&
        std::binary_search(people_->begin(), people_->end(), word + " " + folded(i + 1)))
      return true;
    if (const auto prev = previous_word(i)) {
      const std::string p = folded(*prev);
      // "Joyce Karam": a capitalised word that is neither a sentence-opening
      // function word, a modifier ("Northern") nor a place itself makes this
      // word part of a longer name.
      if (is_proper(tokens_[*prev]) && !tokens_[*prev].initialism && !tokens_[*prev].all_caps &&
          !in_any_class(p, {WordClass::function_words, WordClass::place_modifiers}) && !names_a_place(*prev) &&
          !(is_sentence_initial(*prev) && is_common_word(*prev)))
        return true;
    }
    // A city of a quarter million or more ("Austin", "Orlando", "Sydney")
    // is the city before a word far more often than a person's first name.
    const bool given_name_reads_as_person = !division_or_larger(entries) && !has_population(entries, 250000);
    if (!abbreviated && i + 1 < s_.last_token && part_of_longer_name(i, given_name_reads_as_person)) return true;
    // "Jones said", "Obama ordered": a minor place name that speaks or
    // decides is a person.
    if (!major && i + 1 < s_.last_token && in_class_at(i + 1, WordClass::agent_verbs) && !after_locative_cue(i))
      return true;
    // "David", "Mary": given names are people unless the place is major
    // ("Georgia", "Dallas") or follows a locative cue ("in Elizabeth").
    if (index_.is_given_name(name_key_hash(word)) && !major && !after_locative_cue(i)) return true;
    if (in_class(word, WordClass::group_names)) return true;  // "Arab", "Christian", "Sunni"
    // Known only as another place's alternate spelling ("Hamas" for Hama):
    // without a locative cue, a one-word alternate is too weak.
    if (!has_kind(entries, NameKind::primary) && !has_kind(entries, NameKind::abbreviation) &&
        !after_locative_cue(i) && !known_by_other_names(i, entries))
      return true;
    // "Center", "Mobile", "Fox": a dictionary word needs a major place
    // behind it, or a locative cue and a place of its own name ("in Mobile").
    // At the start of a sentence its capital proves nothing: only a
    // country, an admin1 or a region passes ("Turkey", "Georgia").
    if (is_common_word(i)) {
      if (initial) return !division_or_larger(entries);
      if (major) return false;
      // "outside City Hall", "the Reading Festival": a dictionary word before
      // another capitalised one names something of its own, unless a place,
      // site or feature type in that run says it is one ("Limerick Maternity
      // Hospital", "Bath Road").
      if (i + 1 < s_.last_token && is_proper(tokens_[i + 1]) && !tokens_[i + 1].all_caps && is_common_word(i + 1) &&
          !run_names_a_place_type(i + 1))
        return true;
      return !(after_locative_cue(i) || before_place_apposition(i)) || !has_kind(entries, NameKind::primary);
    }
    return false;
  }

  // "al-Busayrah", "ad-Dawr", "Al-Rawad": an Arabic article hyphened to a
  // capitalised word.
  bool starts_with_arabic_article(std::uint32_t i) const {
    // The cheap shape checks first: the scan asks this of every lower-case
    // token, and folding each one to look it up cost more than the rest of
    // the scan of it.
    return i + 2 < s_.last_token && tokens_[i + 1].in(text_) == "-" && attached(tokens_[i], tokens_[i + 1]) &&
           attached(tokens_[i + 1], tokens_[i + 2]) && is_proper(tokens_[i + 2]) &&
           in_class_at(i, WordClass::arabic_articles);
  }

  // "in Baghdad", "near the Mosul dam", "the town of Sake", "on the edge of
  // Sake", "between Sake and Minova".
  bool after_locative_cue(std::uint32_t i) const {
    const auto prev = previous_word(i);
    if (!prev) return false;
    std::uint32_t k = *prev;
    // "in western Bosnia", "in central Kiev": a lower-case modifier between
    // the cue and the name.
    if (!is_proper(tokens_[k]) && in_class_at(k, WordClass::place_modifiers) && k > s_.first_token) {
      const auto before = previous_word(k);
      if (!before) return false;
      k = *before;
    }
    if (folded(k) == "of" && k > s_.first_token) {
      const auto before = previous_word(k);
      return before && (in_any_class_at(*before, {WordClass::place_types, WordClass::place_parts}));
    }
    if (folded(k) == "the" && k > s_.first_token) {
      const auto before = previous_word(k);
      if (!before) return false;
      k = *before;
    }
    return in_class_at(k, WordClass::locative_cues);
  }

  // "Sake, a lakeside town about 25 km west of Goma": the text says what the
  // name is. Up to four words between the article and the place word.
  bool before_place_apposition(std::uint32_t i) const {
    std::uint32_t k = i + 1;
    if (k + 2 >= s_.last_token || tokens_[k].in(text_) != ",") return false;
    if (before_distance_apposition(k + 1)) return true;
    const std::string_view article = folded(++k);
    if (article != "a" && article != "an") return false;
    for (std::uint32_t end = std::min(k + 6, s_.last_token); ++k < end;) {
      if (!is_word(tokens_[k])) return false;
      const std::string_view w = folded(k);
      // "Hussain, an Islamic State member": a capitalised type word is part of another name.
      // "Al-Anad, a top secret base built by ...": a site is a place too;
      // "Smith, a prison guard": not when it qualifies a person after it.
      if (in_any_class(w, {WordClass::place_types, WordClass::site_types}))
        return !is_proper(tokens_[k]) && !(k + 1 < s_.last_token && names_people(k + 1));
      // "Smith, a resident of the town": the head noun was another word.
      if (in_class(w, WordClass::function_words)) return false;
    }
    return false;
  }

  bool names_people(std::uint32_t k) const {
    return in_any_class_at(k, {WordClass::security_force_nouns, WordClass::fighter_nouns, WordClass::civilian_nouns,
                               WordClass::people_nouns, WordClass::person_titles, WordClass::speaker_roles});
  }

  // "Belet Huen, about 200 miles (322 kilometers) northwest of Mogadishu":
  // a distance and a bearing from a place after the comma at `k`.
  bool before_distance_apposition(std::uint32_t k) const {
    // "about", "some", "at least".
    for (int words = 0; words < 2 && k < s_.last_token && in_class_at(k, WordClass::count_qualifiers); ++words) ++k;
    if (k + 3 >= s_.last_token || tokens_[k].kind != TokenKind::number) return false;
    if (!in_class_at(k + 1, WordClass::distance_units)) return false;
    for (std::uint32_t j = k + 2, end = std::min(k + 9, s_.last_token - 1); j < end; ++j) {
      if (tokens_[j].in(text_) == ",") return false;
      if (in_class_at(j, WordClass::bearings) && folded(j + 1) == "of") return true;
    }
    return false;
  }

  bool reads_as_demonym(const std::vector<NameEntry>& entries) const {
    std::vector<NameEntry> places = entries;
    std::erase_if(places, [](const NameEntry& e) { return kind_of(e) == NameKind::demonym; });
    return places.size() < entries.size() && (places.empty() || !major_place(places));
  }

  // "the Somali town of Kismayo", "Thai troops", "near the Thai border": a
  // name that is also a people's demonym, before a lower-case noun, is the
  // adjective, not a namesake place ("Somali region" stays the region).
  bool demonym_before_noun(const std::vector<NameEntry>& entries, std::uint32_t last) const {
    if (!has_kind(entries, NameKind::demonym) || last >= s_.last_token) return false;
    const Token& next = tokens_[last];
    if (!is_word(next) || is_proper(next)) return false;
    const std::string w = folded(last);
    return !in_any_class(w, {WordClass::division_words, WordClass::function_words, WordClass::locative_cues}) &&
           w != "and" && w != "or";
  }

  RecognizedMention make(std::uint32_t first, std::uint32_t last, std::vector<NameEntry> entries,
                         bool abbreviated) const {
    RecognizedMention m;
    m.first_token = first;
    m.last_token = last;
    m.start = tokens_[first].start;
    m.end = tokens_[last - 1].end;
    m.sentence = sentence_index_;
    // "Malian" is Mali's demonym before it is a village in China, and
    // "Canadian" Canada's before it is a town in Texas: a demonym gives way
    // only to a major place of the same name.
    const bool demonym = reads_as_demonym(entries) || demonym_before_noun(entries, last);
    m.kind = demonym ? MentionKind::demonym : MentionKind::place;
    std::erase_if(entries, [demonym](const NameEntry& e) { return (kind_of(e) == NameKind::demonym) != demonym; });
    m.entries = std::move(entries);
    m.after_locative_cue = after_locative_cue(first);
    m.division_word_after =
        last < s_.last_token && !is_proper(tokens_[last]) && in_class_at(last, WordClass::division_words);
    m.written_as_abbreviation = abbreviated;
    return m;
  }

  // "Main Street", "Red River", "Lake Lanier": names of streets and natural
  // features that the gazetteer lacks become unresolved mentions, so that
  // their words are not read as the towns they contain ("Clinton Street").
  // The longest a named feature runs: a longer capitalised run ("Springfield
  // City Area Transit Villa Road") starts with other names.
  static constexpr std::size_t kMaxFeatureWords = 5;

  // "Lake Chad", "Mount Sinjar", "Mount Pleasant City Hall": the longest
  // run the gazetteer knows ("Mount Pleasant", a town; what follows is its
  // city hall), else the whole run as the lake or mountain ("Mount St.
  // Helens", "Mount Qandil Ridge"), unresolved.
  std::uint32_t match_lake_or_mount(std::uint32_t first, const std::vector<std::uint32_t>& ends,
                                    std::vector<RecognizedMention>& out) const {
    for (std::size_t k = std::min(ends.size(), kMaxFeatureWords); k-- > 1;) {
      auto entries = usable_entries(first, ends[k], false);
      if (entries.empty()) continue;
      out.push_back(make(first, ends[k], std::move(entries), false));
      return ends[k];
    }
    const std::uint32_t last = ends[std::min(ends.size(), kMaxFeatureWords) - 1];
    out.push_back(make(first, last, {}, false));
    return last;
  }

  std::uint32_t match_feature(std::uint32_t first, const std::vector<std::uint32_t>& ends,
                              std::vector<RecognizedMention>& out) const {
    if (ends.size() < 2) return first;
    if (folded(first) == "lake" || folded(first) == "mount" || folded(first) == "mt") {
      return match_lake_or_mount(first, ends, out);
    }
    // The longest span that ends in a feature type: "Main Street in
    // Springfield" holds "Main Street".
    for (std::size_t k = std::min(ends.size(), kMaxFeatureWords); k-- > 1;) {
      const std::uint32_t last = ends[k];
      if (!in_class_at(last - 1, WordClass::feature_types)) continue;
      // "Crowds on Main Street", "Rock Hill's Main Street", "the Gulf of
      // Oman and the Arabian Sea", "Berry Lane and Lombardy Drive": a
      // feature name starts after a connector or a possessive; what comes
      // before it is matched first (a shorter feature, a place), and this
      // feature when the scan reaches it.
      std::uint32_t start = first;
      for (std::uint32_t j = first; j + 1 < last; ++j) {
        if (is_word(tokens_[j]) && !is_proper(tokens_[j])) start = j + 1;
      }
      if (start > first) continue;
      if (last - start < 2) return first;
      auto entries = usable_entries(start, last, false);
      out.push_back(make(start, last, std::move(entries), false));
      return last;
    }
    return first;
  }

  // "Highway 19", "Route 7", "Interstate 95".
  std::uint32_t match_road_number(std::uint32_t first, std::vector<RecognizedMention>& out) const {
    if (first + 1 >= s_.last_token || !tokens_[first].capitalized || tokens_[first + 1].kind != TokenKind::number)
      return first;
    if (!in_class_at(first, WordClass::road_prefixes)) return first;
    out.push_back(make(first, first + 2, {}, false));
    return first + 2;
  }

  // "Green or International Zone": the first conjunct borrows the last word.
  std::uint32_t match_coordinated(std::uint32_t i, std::vector<RecognizedMention>& out) const {
    if (i + 2 >= s_.last_token) return i;
    const std::string conj = folded(i + 1);
    if (conj != "or" && conj != "and") return i;
    const auto ends = span_ends(i + 2);
    if (ends.size() < 2) return i;
    const std::uint32_t last_word = ends.back() - 1;
    const std::string name = folded(i) + " " + folded(last_word);
    auto entries = index_.lookup_folded(name);
    if (entries.empty()) return i;
    out.push_back(make(i, i + 1, {entries.begin(), entries.end()}, false));
    return i + 1;
  }

  // Names a seat of government among the landmarks (GeoNames codes ADMF,
  // PAL): the White House (also a town in Tennessee), the Kremlin, Downing
  // Street, the Élysée.
  bool is_seat_of_government(const std::vector<NameEntry>& entries) const {
    return std::any_of(entries.begin(), entries.end(), [this](const NameEntry& e) {
      const char* code = index_.record(e.place).feature_code;
      const std::string_view feature(code, strnlen(code, sizeof index_.record(e.place).feature_code));
      return feature == "ADMF" || feature == "PAL";
    });
  }

  // "the White House said", "a Kremlin spokesman", "rebuffed by the White
  // House", "Downing Street's decision": the seat stands for the government,
  // which neither annotated corpus counts as a place, and which is no
  // incident's location. "Protesters outside the White House" still reads.
  bool stands_for_its_government(std::uint32_t first, std::uint32_t last, const std::vector<NameEntry>& entries) const {
    if (!is_seat_of_government(entries) || after_locative_cue(first)) return false;
    if (auto prev = previous_word(first)) {
      if (folded(*prev) == "the") prev = previous_word(*prev);
      if (prev && (folded(*prev) == "by" || folded(*prev) == "this" || folded(*prev) == "that")) return true;
    }
    const std::string_view rest = text_.substr(tokens_[last - 1].end);
    if (rest.starts_with("'s") || rest.starts_with("’s")) return true;
    if (last >= s_.last_token || !is_word(tokens_[last])) return false;
    const std::string next = folded(last);
    const WordClasses classes = word_classes(next);
    if (classes.has(WordClass::speech_verbs) || classes.has(WordClass::speaker_roles)) return true;
    return classes.has(WordClass::tense_auxiliaries) && last + 1 < s_.last_token &&
           in_class_at(last + 1, WordClass::speech_verbs);
  }

  // The end of the capitalised run from `first` (hyphened Arabic articles
  // inside: "Ahrar Al-Sham"), at most `max_words` words.
  std::uint32_t proper_run_end(std::uint32_t first, std::uint32_t max_words) const {
    std::uint32_t j = first, words = 0;
    while (j < s_.last_token && words < max_words) {
      if (is_proper(tokens_[j]) || starts_with_arabic_article(j)) {
        ++words;
        ++j;
      } else if (j > first && tokens_[j].in(text_) == "-" && attached(tokens_[j - 1], tokens_[j]) &&
                 j + 1 < s_.last_token && attached(tokens_[j], tokens_[j + 1])) {
        ++j;
      } else {
        break;
      }
    }
    return j;
  }

  // An armed group named after places: "Jabhat Al-Nusra", "Liwaa Al-Quds",
  // "Harakat Ahrar Al-Sham" (opened by an Arabic word for a front, army or
  // brigade, with a name after it), "the Islamic State of Iraq and Al-Sham"
  // ("... and the Levant"). Returns the end of the name, or `first`.
  std::uint32_t armed_group_name_end(std::uint32_t first) const {
    constexpr std::uint32_t kMaxGroupWords = 5;
    if (in_class_at(first, WordClass::armed_group_heads)) {
      const std::uint32_t end = proper_run_end(first, kMaxGroupWords);
      return end > first + 1 ? end : first;
    }
    const bool after_islamic_state_of = first >= s_.first_token + 3 && folded(first - 1) == "of" &&
                                        folded(first - 2) == "state" && folded(first - 3) == "islamic" &&
                                        is_proper(tokens_[first - 2]);
    if (!after_islamic_state_of) return first;
    std::uint32_t end = proper_run_end(first, 2);
    if (end + 1 < s_.last_token && folded(end) == "and") {
      const std::uint32_t second = folded(end + 1) == "the" ? end + 2 : end + 1;
      if (second < s_.last_token && (is_proper(tokens_[second]) || starts_with_arabic_article(second)))
        end = proper_run_end(second, 2);
    }
    return end;
  }

  // Names made of place names that name no place: "Lyme disease", "West
  // Nile virus" (a disease named after a place), "El Niño" (a weather
  // pattern), "US$", "HK$" (currency marks). Returns the end of what to skip,
  // or `first`.
  std::uint32_t skip_named_non_place(std::uint32_t first, const std::vector<std::uint32_t>& ends) const {
    if (const std::uint32_t end = armed_group_name_end(first); end > first) return end;
    const std::uint32_t last = ends.back();
    if (last < s_.last_token) {
      const Token& next = tokens_[last];
      if (next.kind == TokenKind::punct && next.in(text_) == "$" && attached(tokens_[last - 1], next)) return last + 1;
      if (is_word(next) && !next.all_caps && in_class_at(last, WordClass::disease_words)) return last + 1;
    }
    for (const std::uint32_t end : ends) {
      if (end > first + 1 && in_class(folded(first, end), WordClass::climate_patterns)) return end;
    }
    return first;
  }

  // Returns the end of the recognised span, or `first` when none starts here.
  std::uint32_t match_at(std::uint32_t first, std::vector<RecognizedMention>& out) const {
    const auto ends = span_ends(first);
    if (const std::uint32_t end = skip_named_non_place(first, ends); end > first) return end;
    if (const std::uint32_t end = match_feature(first, ends, out); end > first) return end;
    for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
      std::uint32_t last = *it;
      const bool single = last == first + 1;
      // "Springfield City Council": "City" belongs to the council's name.
      if (!single && folded(last - 1) == "city" && last < s_.last_token && is_proper(tokens_[last])) continue;
      // "Ind.", "Calif.": a word with its period, in the abbreviation list.
      const bool with_period =
          single && last < s_.last_token && tokens_[last].in(text_) == "." && attached(tokens_[first], tokens_[last]) &&
          !in_any_class_at(first, {WordClass::person_titles, WordClass::organisation_words, WordClass::calendar_words});
      const bool abbreviated = single && (tokens_[first].initialism || tokens_[first].all_caps);
      auto entries = usable_entries(first, last, abbreviated || with_period);
      if (with_period && !abbreviated && has_kind(entries, NameKind::abbreviation)) {
        out.push_back(make(first, last + 1, std::move(entries), true));
        return last + 1;
      }
      if (with_period && !abbreviated) std::erase_if(entries, [](const NameEntry& e) {
          return kind_of(e) == NameKind::abbreviation;
        });
      if (entries.empty()) continue;
      if (!single && reads_as_person(first, last, entries)) continue;
      if (single) {
        // "Green or International Zone" before "Green" alone.
        if (const std::uint32_t end = match_coordinated(first, out); end > first) return end;
        // A rejected word may still start a name the text calls a place:
        // "the village of Al-Zara" after the two-letter "Al" was refused.
        if (!reads_as_demonym(entries) && rejected_single_word(first, entries, abbreviated)) break;
        // "Tal Al-Rawad", "Abu Al-Dhuhour": a known word before a hyphened
        // Arabic article starts a longer name the gazetteer lacks. Only the
        // article: "U.S. Vice-President" keeps its place.
        if (starts_with_arabic_article(last) && is_proper(tokens_[last])) break;
        // Postal codes ("ME", "GA") only right after "Town, ".
        if (abbreviated && !tokens_[first].initialism && tokens_[first].end - tokens_[first].start == 2) {
          const bool after_comma = first > s_.first_token && tokens_[first - 1].in(text_) == ",";
          const bool state_code = std::any_of(entries.begin(), entries.end(), [this](const NameEntry& e) {
            return static_cast<GeoType>(index_.record(e.place).geo_type) == GeoType::admin1;
          });
          if (state_code && !after_comma) return first;
        }
      } else if (last < s_.last_token && is_proper(tokens_[last]) && in_class_at(last, WordClass::media_words)) {
        return first;  // "New York Times"
      }
      // "W. Va.": an abbreviation keeps its closing period.
      if (!single && has_kind(entries, NameKind::abbreviation) && last < s_.last_token &&
          tokens_[last].in(text_) == "." && attached(tokens_[last - 1], tokens_[last]))
        ++last;
      if (stands_for_its_government(first, last, entries)) return last;
      out.push_back(make(first, last, std::move(entries), abbreviated));
      return last;
    }
    if (const std::uint32_t end = match_coordinated(first, out); end > first) return end;
    return match_named_by_place_type(first, ends, out);
  }

  // "the village of Amerli", "in Zarmat district", "the Fadhiliyah
  // neighborhood": a name the gazetteer lacks that the text itself calls a
  // town, village, district... is a place all the same, listed unresolved
  // (an incident there is placed by the places around it). Only a type
  // word in lower case counts ("Zarmat district", not "Islamic State"), and
  // never for names that read as people, months or organisations.
  std::uint32_t match_named_by_place_type(std::uint32_t first, const std::vector<std::uint32_t>& ends,
                                          std::vector<RecognizedMention>& out) const {
    // At most three capitalised words, joined by nothing but hyphens:
    // "Amerli and in Zarmat" is two names.
    constexpr std::uint32_t kMaxUnknownWords = 3;
    std::uint32_t last = first + 1;
    for (const std::uint32_t end : ends) {
      bool joined = true;
      for (std::uint32_t j = first; j < end; ++j) joined = joined && (!counts_as_word(j) || is_proper(tokens_[j]));
      if (!joined || name_words(first, end) > kMaxUnknownWords) break;
      last = end;
    }
    // "Canapé-Vert": never the second half of a hyphenated name.
    if (first > s_.first_token && tokens_[first - 1].in(text_) == "-" && attached(tokens_[first - 1], tokens_[first]))
      return first;
    // "In Pattani province": a sentence's opening word is no part of the name.
    if (in_any_class_at(first, {WordClass::function_words, WordClass::locative_cues})) return first;
    // "the town of Huddur Tuesday": a day or a month ends the name.
    for (std::uint32_t i = first + 1; i < last; ++i) {
      if (in_class_at(i, WordClass::calendar_words)) {
        last = i;
        break;
      }
    }
    auto type_word = [&](std::uint32_t i) {
      return is_word(tokens_[i]) && !is_proper(tokens_[i]) &&
             (in_class_at(i, WordClass::place_types) || folded(i) == "countryside");
    };
    const bool type_before = first >= s_.first_token + 2 && folded(first - 1) == "of" && type_word(first - 2);
    // "Ngabe, a village in the Plateaux region": the apposition says it is a
    // place; "the Tiyas airbase": so does a facility after it.
    const bool facility_after = last < s_.last_token && is_word(tokens_[last]) && !is_proper(tokens_[last]) &&
                                in_class_at(last, WordClass::facility_types);
    // "the Al-Dahr hill", "the Litani river": a natural feature's word.
    const bool feature_after = last < s_.last_token && is_word(tokens_[last]) && !is_proper(tokens_[last]) &&
                               in_class_at(last, WordClass::feature_types) &&
                               !in_class_at(last, WordClass::road_words);
    // "the Minyan and Al-Assad suburbs": the type word after the last
    // conjunct, in the plural, says what each is. After one name a plural
    // says whose they are ("KNU bases", "two Malik camps").
    const bool after_conjunct = first >= s_.first_token + 2 && folded(first - 1) == "and" &&
                                is_proper(tokens_[first - 2]);
    const bool plural_type_after =
        last < s_.last_token && ((after_conjunct && plural_site_word(last)) || shares_plural_type(last));
    const bool type_after =
        last < s_.last_token && !settlement_word_names_what_follows(first, last) &&
        (type_word(last) || facility_after || feature_after || plural_type_after || before_place_apposition(last - 1));
    // "Handarat Refugee Camp", "Sewry District": the type word ends the name.
    // "Al-Farouk Hospital": a hyphen joins two capitalised words into one.
    auto hyphen_joins = [&](std::uint32_t j) {
      return j > first && j + 1 < s_.last_token && tokens_[j].in(text_) == "-" && attached(tokens_[j - 1], tokens_[j]) &&
             attached(tokens_[j], tokens_[j + 1]) && is_proper(tokens_[j + 1]);
    };
    const bool hyphenated_first = hyphen_joins(first + 1);
    std::uint32_t run_end = first;
    while (run_end < s_.last_token && run_end - first < 7) {
      if (is_proper(tokens_[run_end])) {
        ++run_end;
      } else if (hyphen_joins(run_end)) {
        run_end += 2;
      } else {
        break;
      }
    }
    // A run that ends in a site word or "City" ("Handarat Refugee Camp",
    // "Sadr City"; other place types there read "Islamic State"). Only a run
    // that starts here ("Vancouver International Airport" is Vancouver's),
    // whose first word is no common word or given name ("Community
    // Hospital", "Sarah Bush Lincoln Hospital"); a title may open it
    // ("Sheikh Saeed District", "King Fahd Hospital").
    const bool starts_run = first == s_.first_token || !is_proper(tokens_[first - 1]);
    const std::uint32_t run_words = name_words(first, run_end);
    const bool opens_with_title = in_class_at(first, WordClass::person_titles);
    const bool named_site = !type_before && !type_after && starts_run && run_end > first + 1 && run_words <= 4 &&
                            (in_class_at(run_end - 1, WordClass::site_types) || folded(run_end - 1) == "city") &&
                            (run_end >= s_.last_token || !is_proper(tokens_[run_end])) &&
                            (opens_with_title || !is_common_word(first)) &&
                            (hyphenated_first || !index_.is_given_name(name_key_hash(folded(first)))) &&
                            !in_class_at(first, WordClass::organisation_words);
    // "Wadi Barada", "Jabal Al-Qal'at", "Kafr Nabuda", "Avenida Brasil",
    // "Rue Victor Hugo": a toponym's or a street's generic head and a name
    // after it.
    const bool headed_toponym = !type_before && starts_run && run_end > first + 1 && run_words <= 4 &&
                                !hyphenated_first &&
                                in_any_class_at(first, {WordClass::toponym_heads, WordClass::road_heads}) &&
                                (run_end >= s_.last_token || !is_proper(tokens_[run_end]));
    if (named_site || headed_toponym) {
      out.push_back(make(first, run_end, {}, false));
      return run_end;
    }
    if (!type_before && !type_after) return unknown_after_preposition(first, last, out);
    // "New Gainesville prison": a facility is no type word strong enough
    // to make common words ("New") part of a name.
    const bool only_facility = facility_after && !type_before && !type_word(last) && !before_place_apposition(last - 1);
    for (std::uint32_t i = first; i < last; ++i) {
      // "the district of Sheikh Maksud", "the town of Imam Sahib", "the
      // Sheikh Maqsoud district": with a type word a title heads a place's name.
      const bool title_heads_name = in_class_at(i, WordClass::person_titles);
      if (is_proper(tokens_[i]) && !title_heads_name && (names_no_place(folded(i)) || is_demonym_word(i))) {
        return first;
      }
      if (only_facility && is_word(tokens_[i]) && is_common_word(i)) return first;
    }
    // "the Main district", "the Old City area": common words need the
    // stronger "town of" form.
    const bool one_word = last == first + 1;
    if (!type_before && one_word && (is_common_word(first) || index_.is_given_name(name_key_hash(folded(first))))) {
      return first;
    }
    out.push_back(make(first, last, {}, false));
    return last;
  }

  // "Al-Dahr Al-Aswad" is two words, "Marj Al-Sultan Military Airport"
  // four: a hyphened Arabic article is no word of its own.
  bool counts_as_word(std::uint32_t j) const { return is_word(tokens_[j]) && !starts_with_arabic_article(j); }
  std::uint32_t name_words(std::uint32_t first, std::uint32_t end) const {
    std::uint32_t words = 0;
    for (std::uint32_t j = first; j < end; ++j) words += counts_as_word(j) ? 1 : 0;
    return words;
  }

  // "suburbs", "checkpoints", "quarters": a lower-case plural of a site or
  // place type word.
  bool plural_site_word(std::uint32_t i) const {
    if (!is_word(tokens_[i]) || is_proper(tokens_[i])) return false;
    const std::string w = folded(i);
    if (w.size() < 4 || w.back() != 's') return false;
    if (in_class(w, WordClass::place_types)) return true;  // "districts", "villages"
    const std::string singular = w.substr(0, w.size() - 1);
    return in_any_class(singular, {WordClass::site_types, WordClass::place_types, WordClass::facility_types});
  }

  // At `i`: "and", then a capitalised name (hyphens and Arabic articles
  // inside), then a plural type word: "and Al-Tal Al-Abyad checkpoints".
  bool shares_plural_type(std::uint32_t i) const {
    if (folded(i) != "and") return false;
    std::uint32_t j = i + 1, words = 0;
    while (j < s_.last_token && words <= 4) {
      if (is_proper(tokens_[j])) {
        ++words;
        ++j;
      } else if (tokens_[j].in(text_) == "-" && j > i + 1 && attached(tokens_[j - 1], tokens_[j])) {
        ++j;
      } else {
        break;
      }
    }
    return words > 0 && words <= 4 && j < s_.last_token && plural_site_word(j);
  }

  // "the Northern Irish town of Omagh": a people's adjective names no place.
  bool is_demonym_word(std::uint32_t i) const {
    const auto entries = index_.lookup_folded(folded(i));
    return std::any_of(entries.begin(), entries.end(),
                       [](const NameEntry& e) { return kind_of(e) == NameKind::demonym; });
  }

  // Words that make a capitalised run something other than a place the
  // gazetteer lacks: months, titles, organisations, groups, media.
  static bool names_no_place(std::string_view w) {
    return in_any_class(w, {WordClass::calendar_words, WordClass::person_titles, WordClass::organisation_words,
                            WordClass::group_names, WordClass::media_words});
  }

  // "were killed in Mangalhat", "near Nadda,", "rebels stormed Qabasin":
  // a name no list knows, right after "in", "near", "at" or "outside" or a
  // verb that takes ground ("stormed", "shelled", "overran") and ending the
  // phrase, reads as a place. Not a word the dictionary, the given names or
  // the article's surnames know, nor a name followed by "'s" or a
  // capitalised word.
  std::uint32_t unknown_after_preposition(std::uint32_t first, std::uint32_t last,
                                          std::vector<RecognizedMention>& out) const {
    auto prev = previous_word(first);
    if (!prev || *prev + 1 != first) return first;
    const bool after_assault = after_assault_noun(*prev);
    // "in eastern Khattab", "of eastern Ghouta": a lower-case direction
    // between the cue and the name.
    if (!after_assault && !is_proper(tokens_[*prev]) && in_class_at(*prev, WordClass::place_modifiers)) {
      const auto cue = previous_word(*prev);
      if (!cue || *cue + 1 != *prev) return first;
      prev = cue;
    }
    const std::string before = folded(*prev);
    if (!in_any_class(before, {WordClass::place_prepositions, WordClass::territory_verbs}) && !after_assault &&
        !after_ground_of(*prev)) {
      return first;
    }
    // "air strikes on Houthi positions": after an assault noun a lower-case
    // noun makes the name its qualifier; only a small word may follow.
    if (after_assault && last < s_.last_token && is_word(tokens_[last]) && !is_proper(tokens_[last]) &&
        !in_any_class_at(last, {WordClass::function_words, WordClass::locative_cues}) && folded(last) != "and") {
      return first;
    }
    if (last < s_.last_token) {
      const std::string_view next = tokens_[last].in(text_);
      const bool ends_phrase = next == "," || next == "." || next == ";" ||
                               (is_word(tokens_[last]) && !is_proper(tokens_[last]) && next != "'s");
      if (!ends_phrase) return first;
    }
    for (std::uint32_t i = first; i < last; ++i) {
      // "at Al-Reyhan": the hyphen and the Arabic article ("Al" is also a
      // given name) join the name.
      if (i > first && tokens_[i].in(text_) == "-" && attached(tokens_[i - 1], tokens_[i])) continue;
      if (starts_with_arabic_article(i)) continue;
      if (!is_proper(tokens_[i]) || tokens_[i].all_caps) return first;
      const std::string w = folded(i);
      // "in Sheikh Miskeen.": a title may head the name; the words after it
      // must still be no given name ("in Sheikh Mohammed" is the man).
      if (i == first && i + 1 < last && in_class(w, WordClass::person_titles)) continue;
      if (names_no_place(w) || is_common_word(i) || index_.is_given_name(name_key_hash(w)) ||
          (surnames_ && std::binary_search(surnames_->begin(), surnames_->end(), w))) {
        return first;
      }
    }
    out.push_back(make(first, last, {}, false));
    return last;
  }

  // "the Serb towns of Glamoc", "the Basque city of San Sebastian", "the
  // Togolose capital Lome", "the Saudi capital": a settlement word after a
  // name the gazetteer lacks names the town that follows (a capital is
  // always another place's), so the name before it only qualifies.
  bool settlement_word_names_what_follows(std::uint32_t first_of_name, std::uint32_t type_at) const {
    if (!is_word(tokens_[type_at]) || is_proper(tokens_[type_at])) return false;
    const std::string w = folded(type_at);
    if (!in_class(w, WordClass::settlement_words)) return false;
    if (w == "capital") return true;
    // "Garubula village of Biu": without an article the name is the village.
    if (!after_definite_article(first_of_name)) return false;
    std::uint32_t next = type_at + 1;
    if (next < s_.last_token && folded(next) == "of") ++next;
    return next < s_.last_token && is_proper(tokens_[next]);
  }

  bool after_place_preposition(std::uint32_t first) const {
    const auto prev = previous_word(first);
    return prev && *prev + 1 == first && in_class_at(*prev, WordClass::place_prepositions);
  }

  // "the Serb towns", "the mainly Serb towns": "the", perhaps with one
  // lower-case word after it, right before the name at `first`.
  bool after_definite_article(std::uint32_t first) const {
    auto prev = previous_word(first);
    if (prev && *prev + 1 == first && !is_proper(tokens_[*prev]) && folded(*prev) != "the") {
      prev = previous_word(*prev);
    }
    return prev && folded(*prev) == "the";
  }

  // "the outskirts of Ma'an", "the vicinity of Ash Shaddadi", "residents of
  // Khashaba", "north of Kuttum": `at` is "of" after a word for a place's
  // ground, its people or a part of it.
  bool after_ground_of(std::uint32_t at) const {
    if (folded(at) != "of") return false;
    const auto noun = previous_word(at);
    return noun && *noun + 1 == at && !is_proper(tokens_[*noun]) &&
           in_any_class_at(*noun, {WordClass::ground_nouns, WordClass::place_parts});
  }

  // "an attack on Kinsibba", "the fight for Jaabar": `at` is "on", "for"
  // or "against" right after a noun of assault.
  bool after_assault_noun(std::uint32_t at) const {
    const std::string w = folded(at);
    if (w != "on" && w != "for" && w != "against") return false;
    const auto noun = previous_word(at);
    return noun && *noun + 1 == at && in_class_at(*noun, WordClass::assault_nouns);
  }

  const GazetteerIndex& index_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  const FoldedTokens& folded_tokens_;
  const Sentence& s_;
  std::uint32_t sentence_index_;
  const std::vector<std::string>* surnames_ = nullptr;  // folded, sorted
  const std::vector<std::string>* people_ = nullptr;  // "first surname", folded, sorted
};

}  // namespace

std::vector<RecognizedMention> Recognizer::recognize(std::string_view text, const std::vector<Token>& tokens,
                                                     const std::vector<Sentence>& sentences) const {
  std::vector<RecognizedMention> mentions;
  const FoldedTokens folded_tokens(text, tokens);
  std::vector<std::string> surnames;
  std::vector<std::string> people;
  for (std::uint32_t s = 0; s < sentences.size(); ++s)
    SentenceScan(*index_, text, tokens, folded_tokens, sentences[s], s).collect_surnames(surnames, people);
  std::sort(surnames.begin(), surnames.end());
  std::sort(people.begin(), people.end());
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    SentenceScan scan(*index_, text, tokens, folded_tokens, sentences[s], s);
    scan.set_people(&surnames, &people);
    scan.run(mentions);
  }
  return mentions;
}

}  // namespace incimap::geo
