#include "geo/incidents/location_picker.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>

#include "geo/incidents/event_verbs.hpp"
#include "geo/incidents/location_ranker.hpp"
#include "geo/incidents/sentence_words.hpp"
#include "geo/text/lexicon.hpp"
#include "geo/text/word_list.hpp"

namespace incimap::geo {
namespace {

int specificity(GeoType type) noexcept {
  switch (type) {
    case GeoType::landmark:
      return 5;
    case GeoType::city:
      return 4;
    case GeoType::admin2:
      return 3;
    case GeoType::admin1:
      return 2;
    case GeoType::country:
      return 1;
    case GeoType::region:
      return 1;  // "Darfur" is narrower than a country, "Middle East" wider
  }
  return 0;
}

bool is_resolved(const PlaceMention& m) { return m.place.has_value() && m.place->position.valid(); }

// Whether a hyphen ends a word or joins a compound ("pro-government",
// "Al-Farouk").
enum class Hyphens { end_word, join_word };

// The length of the word `rest` starts with. The scans below read the words
// around a mention one at a time with it.
std::size_t leading_word_length(std::string_view rest, Hyphens hyphens) {
  std::size_t n = 0;
  while (n < rest.size() &&
         (std::isalpha(static_cast<unsigned char>(rest[n])) || (hyphens == Hyphens::join_word && rest[n] == '-'))) {
    ++n;
  }
  return n;
}

bool names_a_site(std::string_view rest);
bool possesses_people(std::string_view rest);
bool after_locative_word(std::string_view before);
std::string lower_case_word_after(std::string_view text, const PlaceMention& m);

// "Iran’s Islamic Revolutionary Guard Corps": the place qualifies a name
// that follows; "Grozny's Minutka square" is a site in the place. "Kabul’s main market" still places the event in Kabul.
bool is_possessive_before_name(std::string_view text, const PlaceMention& m) {
  std::string_view rest = text.substr(std::min<std::size_t>(m.end, text.size()));
  if (rest.starts_with("’s ")) {
    rest.remove_prefix(std::string_view("’s ").size());
  } else if (rest.starts_with("'s ")) {
    rest.remove_prefix(3);
  } else {
    return false;
  }
  if (rest.empty()) return false;
  if (rest.front() < 'A' || rest.front() > 'Z') return possesses_people(rest);
  return !names_a_site(rest);
}

// "Washington's new ambassador", "Israel's army", "Iran's foreign
// minister": the lower-case words after the possessive name the people
// or the body the place owns, not a site in it ("Kabul's main market").
bool possesses_people(std::string_view rest) {
  for (int words = 0; words < 3 && !rest.empty(); ++words) {
    const std::size_t n = leading_word_length(rest, Hyphens::join_word);
    if (n == 0 || !std::islower(static_cast<unsigned char>(rest.front()))) return false;
    const std::string word = lower_ascii(rest.substr(0, n));
    rest.remove_prefix(n);
    if (in_any_class(word, {WordClass::person_titles, WordClass::speaker_roles, WordClass::security_forces,
                            WordClass::organisation_words})) {
      // "Kabul's police headquarters" is a site in the town all the same.
      return !names_a_site(rest.starts_with(' ') ? rest.substr(1) : rest);
    }
    if (!rest.starts_with(' ')) return false;
    rest.remove_prefix(1);
  }
  return false;
}

// "two Black Hawk helicopters", "a U.S. Chinook helicopter", "U.S. army
// Black Hawk helicopters": a name before a craft, or before the craft's
// own name, names the machine, not a place.
bool names_a_craft(std::string_view text, const PlaceMention& m) {
  std::string_view rest = text.substr(std::min<std::size_t>(m.end, text.size()));
  // "Arad's plane": the craft's owner.
  for (std::string_view possessive : {"'s", "’s"}) {
    if (rest.starts_with(possessive)) rest.remove_prefix(possessive.size());
  }
  for (int words = 0; words < 4 && rest.starts_with(' '); ++words) {
    rest.remove_prefix(1);
    const std::size_t n = leading_word_length(rest, Hyphens::join_word);
    if (n == 0) return false;
    const std::string word = lower_ascii(rest.substr(0, n));
    if (in_class(word, WordClass::craft_nouns)) return true;
    if (!std::isupper(static_cast<unsigned char>(rest.front())) && !in_class(word, WordClass::security_forces)) return false;
    rest.remove_prefix(n);
  }
  return false;
}

// "was flown to the U.S. Navy base at Guantanamo Bay", "returned to
// Trinidad, where": where people were carried after the event, in the
// clause's last words before the mention.
bool is_destination_of_people(std::string_view text, const PlaceMention& m) {
  const std::size_t from = m.start > 60 ? m.start - 60 : 0;
  std::string before = lower_ascii(text.substr(from, std::min<std::size_t>(m.start, text.size()) - from));
  if (const std::size_t stop = before.find_last_of(",;:("); stop != std::string::npos) before.erase(0, stop + 1);
  for (std::size_t to = before.rfind(" to "); to != std::string::npos && to > 0; to = before.rfind(" to ", to - 1)) {
    const std::size_t start = before.rfind(' ', to - 1);
    const std::string verb = before.substr(start == std::string::npos ? 0 : start + 1,
                                           to - (start == std::string::npos ? 0 : start + 1));
    if (in_class(verb, WordClass::conveyance_verbs)) return true;
  }
  return false;
}

// "Moussa Ranimat, 28, of Kafr Tsurif": a person's age and home town in
// an apposition, not where the event was.
bool is_home_town_after_age(std::string_view text, const PlaceMention& m) {
  std::string_view before = text.substr(0, std::min<std::size_t>(m.start, text.size()));
  if (before.ends_with("the ")) before.remove_suffix(4);
  if (!before.ends_with(", of ")) return false;
  before.remove_suffix(5);
  std::size_t digits = 0;
  while (digits < before.size() && std::isdigit(static_cast<unsigned char>(before[before.size() - 1 - digits]))) ++digits;
  return digits > 0 && digits <= 3 && before.substr(0, before.size() - digits).ends_with(", ");
}

// Whether the word right before `m` is written in lower case ("of" in
// "the city of Nablus"; not "Thong-in" in "Thong-in Kaewwattha").
bool follows_lower_case_word(std::string_view text, const PlaceMention& m) {
  std::size_t i = std::min<std::size_t>(m.start, text.size());
  while (i > 0 && text[i - 1] == ' ') --i;
  std::size_t word = i;
  while (word > 0 && (std::isalpha(static_cast<unsigned char>(text[word - 1])) || text[word - 1] == '-')) --word;
  return word < i && std::islower(static_cast<unsigned char>(text[word]));
}

// "Arad was shot down over Lebanon", "Thong-in Kaewwattha was fatally
// shot": what a passive verb of harm to people is said of is a person, not
// where it happened (a town "was shelled" or "was captured", never "shot").
bool is_harmed_person(std::string_view text, const PlaceMention& m) {
  std::string_view rest = text.substr(std::min<std::size_t>(m.end, text.size()));
  if (rest.starts_with(" was ")) {
    rest.remove_prefix(5);
  } else if (rest.starts_with(" were ")) {
    rest.remove_prefix(6);
  } else {
    return false;
  }
  std::string word = lower_ascii(rest.substr(0, leading_word_length(rest, Hyphens::end_word)));
  // One adverb between: "was fatally shot", "was later arrested".
  if ((word.ends_with("ly") || word == "later") && word.size() < rest.size()) {
    rest.remove_prefix(word.size() + 1);
    word = lower_ascii(rest.substr(0, leading_word_length(rest, Hyphens::end_word)));
  }
  return in_class(word, WordClass::harmed_person_participles);
}

// "Arellano Felix was captured", "killed 35-year-old Abu Bakar", "a
// peaceful Independence Day protest": a name followed by another
// capitalised word, with no locative word before it, is the first part
// of a person's or an occasion's name. A date ("Baghdad Monday") or a
// site or type word ("Mosul University", "Gaza City") does not make one.
bool starts_longer_name(std::string_view text, const PlaceMention& m, const std::string& before) {
  std::string_view rest = text.substr(std::min<std::size_t>(m.end, text.size()));
  if (!rest.starts_with(' ') || rest.size() < 2 || !std::isupper(static_cast<unsigned char>(rest[1]))) return false;
  rest.remove_prefix(1);
  const std::size_t n = leading_word_length(rest, Hyphens::end_word);
  if (n < 2 || (n < rest.size() && (rest[n] == '.' || rest[n] == '-'))) return false;  // "U.S.", "Al-"
  const std::string word = lower_ascii(rest.substr(0, n));
  if (in_any_class(word, {WordClass::calendar_words, WordClass::site_types, WordClass::place_types,
                          WordClass::feature_types, WordClass::sites_in_a_town, WordClass::place_modifiers,
                          WordClass::function_words, WordClass::locative_cues})) {
    return false;
  }
  return !after_locative_word(before) && !before.ends_with("from") && !before.ends_with("to");
}

// "the Toronto-born Khadr", "Iran-backed militias", "the Gaza-based
// group", "anti-Bush protesters", "pro-Moscow rebels": a name joined by a
// hyphen to a lower-case word qualifies what follows; it is no place of the
// event. An Arabic article is the name's own ("al-Qanat Street").
bool is_hyphenated_qualifier(std::string_view text, const PlaceMention& m) {
  const std::string_view rest = text.substr(std::min<std::size_t>(m.end, text.size()));
  if (rest.size() >= 2 && rest[0] == '-' && std::islower(static_cast<unsigned char>(rest[1]))) return true;
  std::string_view before = text.substr(0, std::min<std::size_t>(m.start, text.size()));
  if (!before.ends_with('-')) return false;
  before.remove_suffix(1);
  std::size_t word = before.size();
  while (word > 0 && std::isalpha(static_cast<unsigned char>(before[word - 1]))) --word;
  const std::string_view prefix = before.substr(word);
  return !prefix.empty() && std::islower(static_cast<unsigned char>(prefix.front())) &&
         !in_class(prefix, WordClass::arabic_articles);
}

// "Minutka square", "Darulaman Palace", "International Airport": the
// capitalised run at the start of `rest`, or the word after it, says it is
// a site or an area, which lies in the place before it.
bool names_a_site(std::string_view rest) {
  // Sites the word lists of recognize/ do not name: what a town holds.
  std::string last;
  for (int words = 0; words < 6 && !rest.empty(); ++words) {
    const std::size_t n = leading_word_length(rest, Hyphens::join_word);
    if (n == 0) break;
    last = lower_ascii(rest.substr(0, n));
    if (in_any_class(last, {WordClass::site_types, WordClass::place_types, WordClass::feature_types,
                            WordClass::sites_in_a_town})) {
      return true;
    }
    const bool capitalised = std::isupper(static_cast<unsigned char>(rest.front()));
    rest.remove_prefix(n);
    if (!capitalised || !rest.starts_with(' ')) break;
    rest.remove_prefix(1);
  }
  return false;
}

// "at 12:30 Moscow time": the place names a clock, not where anything happened.
bool names_a_time_zone(std::string_view text, const PlaceMention& m) {
  const std::string_view rest = text.substr(std::min<std::size_t>(m.end, text.size()));
  return (rest.starts_with(" time") || rest.starts_with(" Time")) &&
         (rest.size() == 5 || !std::isalpha(static_cast<unsigned char>(rest[5])));
}

bool inside_any(const std::vector<TextSpan>& spans, const PlaceMention& m) {
  return std::any_of(spans.begin(), spans.end(), [&](const TextSpan& s) { return s.contains(m.start, m.end); });
}

// The mentions inside any span of `scope`, in the vector's order. Sorted by
// start, each span's are found by binary search; else all are walked.
std::vector<const PlaceMention*> mentions_inside(const std::vector<PlaceMention>& mentions,
                                                 const std::vector<TextSpan>& scope, bool in_text_order) {
  std::vector<const PlaceMention*> inside;
  if (!in_text_order) {
    for (const PlaceMention& m : mentions) {
      if (inside_any(scope, m)) inside.push_back(&m);
    }
    return inside;
  }
  for (const TextSpan& span : scope) {
    auto it = std::partition_point(mentions.begin(), mentions.end(),
                                   [&](const PlaceMention& m) { return m.start < span.start; });
    for (; it != mentions.end() && it->start < span.end; ++it) {
      if (span.contains(it->start, it->end)) inside.push_back(&*it);
    }
  }
  // The walk's order, for the same choice on a tie.
  std::sort(inside.begin(), inside.end());
  inside.erase(std::unique(inside.begin(), inside.end()), inside.end());
  return inside;
}

bool overlaps_any(const std::vector<TextSpan>& spans, const PlaceMention& m) {
  return std::any_of(spans.begin(), spans.end(), [&](const TextSpan& s) { return s.overlaps(m.start, m.end); });
}

bool ends_with_word(std::string_view text, std::string_view word) {
  return text.ends_with(word) && (text.size() == word.size() || text[text.size() - word.size() - 1] == ' ');
}

bool remove_last_word(std::string& text, std::string_view word) {
  if (!ends_with_word(text, word)) return false;
  text.resize(text.size() - word.size());
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return true;
}

bool remove_last_place_modifier(std::string& text) {
  const std::size_t space = text.rfind(' ');
  const std::string_view last = std::string_view(text).substr(space == std::string::npos ? 0 : space + 1);
  return in_class(last, WordClass::place_modifiers) && remove_last_word(text, std::string(last));
}

// The lower-cased words before a mention, without the words that only say
// what kind of place it is or which part: "near the town of " -> "near",
// "in central " -> "in".
std::string cue_before(std::string_view text, const PlaceMention& m) {
  static constexpr auto kKinds = std::to_array<std::string_view>(
      {"town of", "city of", "village of", "hamlet of", "municipality of", "district of", "province of",
       "governorate of", "the", "a"});
  const std::size_t from = m.start > 64 ? m.start - 64 : 0;
  std::string before = lower_ascii(text.substr(from, m.start - from));
  while (!before.empty() && before.back() == ' ') before.pop_back();
  while (std::any_of(kKinds.begin(), kKinds.end(), [&](std::string_view w) { return remove_last_word(before, w); }) ||
         remove_last_place_modifier(before)) {
  }
  return before;
}

// The cue words before each mention of an article, computed once per
// pick: several rules read them for every candidate.
class Cues {
 public:
  // Only the mentions asked about get a cue: an incident asks about the few
  // in its sentences, and a slot for each of a long article's mentions,
  // made again for each of its incidents, grew as their product.
  Cues(std::string_view text, const std::vector<PlaceMention>& mentions) : text_(text), first_(mentions.data()) {}
  const std::string& of(const PlaceMention& m) const {
    const auto [slot, added] = cues_.try_emplace(static_cast<std::size_t>(&m - first_));
    if (added) slot->second = cue_before(text_, m);
    return slot->second;
  }

 private:
  std::string_view text_;
  const PlaceMention* first_;
  mutable std::unordered_map<std::size_t, std::string> cues_;
};

// "on the road between Djibo and Dori": the second town of a road.
bool is_second_end_of_road(std::string before) {
  if (!remove_last_word(before, "and")) return false;
  const std::size_t between = before.rfind("between ");
  if (between == std::string::npos || before.find_first_of(",.;", between) != std::string::npos) return false;
  before.resize(between);
  while (!before.empty() && before.back() == ' ') before.pop_back();
  return ends_with_word(before, "road") || ends_with_word(before, "highway");
}

// "Shwebo district", "the Deir ez-Zor countryside": the area around a town
// named after it, not the town.
bool is_area_named_after(std::string_view text, const PlaceMention& m) {
  static constexpr auto kAreas =
      std::to_array<std::string_view>({" district", " countryside", " area", " outskirts", " suburbs"});
  const std::string after = lower_ascii(text.substr(std::min<std::size_t>(m.end, text.size()), 16));
  // An unresolved name ("the Kafr Sousah area") is named as itself.
  return m.place && m.place->type == GeoType::city &&
         std::any_of(kAreas.begin(), kAreas.end(), [&](std::string_view w) { return after.starts_with(w); });
}

// "south of Baghdad", "near the town of al-Busayrah", "on the outskirts of
// Mosul", "on the road to Salamanca": the event is by the place, not in it
// (ACLED's geo_precision 2).
bool is_near_phrase(std::string_view text, const PlaceMention& m, const std::string& before) {
  static constexpr auto kNear = std::to_array<std::string_view>(
      {"near", "outside", "around", "north of", "south of", "east of", "west of", "northeast of",
       "northwest of", "southeast of", "southwest of", "outskirts of", "edge of", "area of", "close to", "miles from",
       "km from", "kilometres from", "kilometers from", "away from", "road to", "road from", "road between",
       "highway to", "village in", "villages in", "village near"});
  return std::any_of(kNear.begin(), kNear.end(), [&](std::string_view cue) { return ends_with_word(before, cue); }) ||
         is_second_end_of_road(before) || is_area_named_after(text, m);
}

bool is_near_phrase(std::string_view text, const PlaceMention& m) { return is_near_phrase(text, m, cue_before(text, m)); }

// "a roadside bomb struck a minibus on the outskirts of the city": the key
// sentence puts the event by a town it does not name.
bool is_near_unnamed_town(std::string_view text, const TextSpan& sentence) {
  static constexpr auto kCues = std::to_array<std::string_view>(
      {"outskirts of the city", "outskirts of the town", "edge of the city", "edge of town", "edge of the town",
       "outside the city", "outside the town", "kilometres from the city", "kilometers from the city",
       "miles from the city", "km from the city", "near the city", "near the town"});
  // "near the town hall", "outside the city council": in the town after all.
  static constexpr auto kInTown = std::to_array<std::string_view>(
      {" of", " hall", " council", " centre", " center", " square", " gate", " gates", " court", " mosque", " market"});
  const std::size_t end = std::min<std::size_t>(sentence.end, text.size());
  const std::size_t start = std::min<std::size_t>(sentence.start, end);
  const std::string words = lower_ascii(text.substr(start, end - start));
  return std::any_of(kCues.begin(), kCues.end(), [&](std::string_view cue) {
    for (std::size_t at = words.find(cue); at != std::string::npos; at = words.find(cue, at + 1)) {
      const std::string_view rest = std::string_view(words).substr(at + cue.size());
      const bool word_ends = rest.empty() || !std::isalpha(static_cast<unsigned char>(rest.front()));
      const bool in_town = std::any_of(kInTown.begin(), kInTown.end(), [&](std::string_view w) {
        return rest.starts_with(w) && (rest.size() == w.size() || !std::isalpha(static_cast<unsigned char>(rest[w.size()])));
      });
      if (word_ends && !in_town) return true;
    }
    return false;
  });
}

enum class Scope : std::uint8_t { event_sentence, surrounding_text };

GeoPrecision precision_for(std::string_view text, const PlaceMention& m, Scope scope, const TextSpan& key_sentence) {
  const GeoType type = m.place->type;
  if (type == GeoType::country || type == GeoType::admin1 || type == GeoType::region) return GeoPrecision::region;
  if (type == GeoType::admin2 || scope == Scope::surrounding_text || is_near_phrase(text, m)) return GeoPrecision::near;
  if (type == GeoType::city && !key_sentence.contains(m.start, m.end) && is_near_unnamed_town(text, key_sentence)) {
    return GeoPrecision::near;
  }
  return GeoPrecision::place;
}

IncidentLocation location_from(const PlaceMention& m, GeoPrecision precision) {
  IncidentLocation location;
  location.place = *m.place;
  location.precision = precision;
  location.confidence = m.confidence;
  location.matched_text = m.text;
  location.matched_start = m.start;
  location.matched_end = m.end;
  return location;
}

std::string place_key(const GazetteerPlace& p) {
  if (p.geonameid != 0) return std::to_string(p.geonameid);
  return p.country + "|" + p.name;
}

// "told Xinhua", "according to Reuters", "reported by AFP": the source of
// the report, not a place of the event.
bool is_news_source(std::string_view before) {
  return ends_with_word(before, "told") || ends_with_word(before, "according to") ||
         ends_with_word(before, "reported by") || ends_with_word(before, "quoted by");
}

// "Militants from Mosul attacked the village", "a man from Dayton": where
// the people came from, not where the event happened.
bool is_origin_of_people(std::string before) {
  if (!remove_last_word(before, "from")) return false;
  const std::size_t space = before.rfind(' ');
  const std::string last = space == std::string::npos ? before : before.substr(space + 1);
  return in_class(last, WordClass::people_from_nouns);
}

// "the Gaza Strip was captured by Israel", "backed by Iran": a country
// after "by" is who did it.
std::string_view last_word_of(std::string_view words) {
  const std::size_t space = words.rfind(' ');
  return space == std::string_view::npos ? words : words.substr(space + 1);
}

bool is_agent(const PlaceMention& m, std::string_view before) {
  return m.place && m.place->type == GeoType::country && ends_with_word(before, "by");
}

// "Moscow blamed Kyiv for the drone attack", "condemned Israel": whom a
// response is aimed at is who did it, not where it happened.
bool is_blamed(std::string_view before) { return in_class(last_word_of(before), WordClass::response_verbs); }

// The word right after the mention and one space when it is written in
// lower case ("helicopter" in "a U.S. helicopter"); empty otherwise.
std::string lower_case_word_after(std::string_view text, const PlaceMention& m) {
  std::string_view rest = text.substr(std::min<std::size_t>(m.end, text.size()));
  if (!rest.starts_with(' ')) return {};
  rest.remove_prefix(1);
  const std::size_t n = leading_word_length(rest, Hyphens::end_word);
  if (n == 0 || !std::islower(static_cast<unsigned char>(rest[0]))) return {};
  return std::string(rest.substr(0, n));
}

// "a U.S. helicopter", "Israeli occupation forces", "the Iraqi army": a
// country name right before a lower-case noun qualifies it.
// `next` is lower_case_word_after the mention.
bool is_country_as_adjective(const PlaceMention& m, const std::string& next) {
  if (!m.place || m.place->type != GeoType::country || next.empty()) return false;
  const bool verb_like = next.ends_with("ed") || next.ends_with("ing") || next.ends_with("s");
  // "an explosion in a Myanmar town": the unnamed town lies in the country.
  if (in_any_class(next, {WordClass::settlement_words, WordClass::place_types})) return false;
  // "in eastern Afghanistan late Friday", "Iraq overnight": a time follows.
  const bool time_after = in_any_class(next, {WordClass::date_skippable_words, WordClass::date_openers});
  return !verb_like && !time_after && !in_any_class(next, {WordClass::function_words, WordClass::locative_cues}) &&
         next != "and" && next != "or";
}

// "the U.S. Embassy in neighboring Kenya", "U.S. forces shot", "a Kenya
// police patrol": a country right before a noun for a force, a mission or a
// body of people owns them; it says whose they are, not where they were.
bool owns_the_next_noun(std::string_view text, const PlaceMention& m) {
  if (!m.place || m.place->type != GeoType::country) return false;
  std::string_view rest = text.substr(std::min<std::size_t>(m.end, text.size()));
  if (!rest.starts_with(' ')) return false;
  rest.remove_prefix(1);
  const std::size_t n = leading_word_length(rest, Hyphens::end_word);
  return n > 0 && in_class(lower_ascii(rest.substr(0, n)), WordClass::actor_heads);
}

// "Ankara claimed", "..., Washington said", "Bogota blames the group": a
// name that speaks or answers an event stands for its government. `next`
// is lower_case_word_after the mention.
bool names_a_speaker(const std::string& next) {
  return in_any_class(next, {WordClass::speech_verbs, WordClass::response_verbs});
}

// "the Obama administration", "the Baghdad government": the name stands
// for those who govern, not for where anything happened.
bool names_a_government(const std::string& next) { return in_class(next, WordClass::governing_nouns); }

// "90 km east of Tikrit", "15 miles from the capital Kabul": the point a
// distance is measured from.
bool is_distance_reference(std::string_view text, const PlaceMention& m) {
  const std::size_t from = m.start > 40 ? m.start - 40 : 0;
  const std::string_view before = text.substr(from, std::min<std::size_t>(m.start, text.size()) - from);
  // The words before the place, last first, up to a comma or semicolon.
  std::size_t end = before.size();
  while (end > 0) {
    const char c = before[end - 1];
    if (c == ',' || c == ';') return false;
    if (!std::isalpha(static_cast<unsigned char>(c))) {
      --end;
      continue;
    }
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(before[start - 1]))) --start;
    // A whole word ("90km" too: digits are no letters).
    if (in_class(lower_ascii(before.substr(start, end - start)), WordClass::distance_units)) return true;
    end = start;
  }
  return false;
}

// Words between two offsets, counted as runs of spaces.
long words_between(std::string_view text, std::uint32_t a, std::uint32_t b) {
  if (a > b) std::swap(a, b);
  b = std::min<std::uint32_t>(b, static_cast<std::uint32_t>(text.size()));
  a = std::min(a, b);
  return static_cast<long>(std::count(text.begin() + a, text.begin() + b, ' '));
}

// A clause break (";", ":", a dash) between the offsets.
bool clause_break_between(std::string_view text, std::uint32_t a, std::uint32_t b) {
  if (a > b) std::swap(a, b);
  b = std::min<std::uint32_t>(b, static_cast<std::uint32_t>(text.size()));
  const std::string_view between = text.substr(a, b - a);
  // One pass: the ranker asks this of every candidate.
  for (std::size_t i = 0; i < between.size(); ++i) {
    const char c = between[i];
    if (c == ';' || c == ':') return true;
    if (c == '\xE2' && between.substr(i, 3) == "—") return true;
    if (c == '-' && i > 0 && between.substr(i - 1, 4) == " -- ") return true;
  }
  return false;
}

// "Jabhat Fateh Al-Sham", "the Al Aqsa Martyrs Brigade", "Eyad
// Al-Hussein": a place name inside a longer capitalised name (a group, a
// person) is no place of the event. A sentence's first word and a
// capitalised direction ("North Waziristan") do not make one.
bool inside_longer_name(std::string_view text, const PlaceMention& m) {
  std::size_t end = std::min<std::size_t>(m.start, text.size());
  // "the ITAR-Tass news agency": the tail of a hyphenated name.
  if (end >= 2 && text[end - 1] == '-' && std::isupper(static_cast<unsigned char>(text[end - 2]))) return true;
  if (end == 0 || text[end - 1] != ' ') return false;
  --end;
  std::size_t start = end;
  while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '-')) --start;
  if (start == end || !std::isupper(static_cast<unsigned char>(text[start]))) return false;
  if (start == 0 || text.substr(0, start).find_first_not_of(" \t\n\"'“") == std::string_view::npos) return false;
  std::size_t prev = start;
  while (prev > 0 && text[prev - 1] == ' ') --prev;
  if (prev > 0 && (text[prev - 1] == '.' || text[prev - 1] == '\n')) return false;  // a sentence start
  const std::string word = lower_ascii(text.substr(start, end - start));
  return !in_any_class(word, {WordClass::place_modifiers, WordClass::function_words, WordClass::locative_cues}) &&
         word != "the";
}

bool after_locative_word(std::string_view before) {
  // A sentence may begin a line of its own ("...belongings.\nIn Baghdad").
  const std::size_t space = before.find_last_of(" \n\t");
  const std::string_view last = space == std::string::npos ? before : before.substr(space + 1);
  // "fired rockets from Gaza", "a man from Dayton": where someone came
  // from, not where the event happened.
  // "extradited to the United States", "marched towards the capital":
  // where someone went, not where the event happened.
  if (last == "from" || last == "to" || last == "toward" || last == "towards") return false;
  return in_class(last, WordClass::locative_cues) || last == "of" || last == "on" || last == "around" ||
         last == "outside" || last == "near";
}

// "Kisangani, capital of Haut Zaire province", "Nakuru, regional capital in
// the Rift Valley", "Mbuji Mayi, the main city in the diamond-producing
// Eastern Kasai province": an apposition says `inner` is a town or an area
// of `outer`.
bool is_described_as_part_of(std::string_view text, const PlaceMention& inner, const PlaceMention& outer) {
  if (outer.start - inner.end > 64) return false;
  const std::string between = lower_ascii(text.substr(inner.end, outer.start - inner.end));
  if (!between.starts_with(", ") || between.find_first_of(",;:()", 2) != std::string::npos) return false;
  // The apposition's head is its first to fourth word, after lower-case
  // words that are no verb ("shelled", in "X, rebels shelled the town of Y").
  const std::string_view original = text.substr(inner.end, outer.start - inner.end);
  std::size_t at = 2;
  std::string previous;
  for (int words = 0; words < 5 && at < between.size(); ++words) {
    const std::size_t space = between.find(' ', at);
    if (space == std::string::npos) break;
    const std::string word = between.substr(at, space - at);
    if ((word == "of" || word == "in" || word == "at" || word == "near" || word == "on" || word == "outside") &&
        in_any_class(previous, {WordClass::settlement_words, WordClass::place_types})) {
      return true;
    }
    if (!std::islower(static_cast<unsigned char>(original[at])) || word.ends_with("ed")) return false;
    previous = word;
    at = space + 1;
  }
  return false;
}

// The words between a place and the one it lies in: the inner place's own
// type words ("the Aziziyah district", "Agatu local government area"), then
// ", " or "in" or "of", then "the" and modifiers ("central", "north"), then
// perhaps a type word and "of": " in ", ", ", " in north ", " in the
// eastern city of ", " local government area in ".
bool says_lies_in(std::string_view between) {
  // Most pairs of places have neither between them: no words to split.
  const bool may_link = between.find(',') != std::string_view::npos || between.find(" in ") != std::string_view::npos ||
                        between.find(" of ") != std::string_view::npos;
  if (!may_link) return false;
  std::vector<std::string> words;
  for (std::size_t i = 0; i < between.size();) {
    if (between[i] == ' ') {
      ++i;
    } else if (between[i] == ',') {
      words.emplace_back(",");
      ++i;
    } else {
      const std::size_t end = std::min(between.find_first_of(" ,", i), between.size());
      words.emplace_back(lower_ascii(between.substr(i, end - i)));
      i = end;
    }
  }
  std::size_t i = 0;
  const auto names_a_kind = [](const std::string& w) {
    return in_any_class(w, {WordClass::place_types, WordClass::site_types, WordClass::sites_in_a_town}) ||
           w == "local" || w == "government" || w == "refugee";
  };
  while (i < words.size() && names_a_kind(words[i])) ++i;
  const bool comma = i < words.size() && words[i] == ",";
  if (comma) ++i;
  const bool preposition = i < words.size() && (words[i] == "in" || words[i] == "of");
  if (!comma && !preposition) return false;
  if (preposition) ++i;
  while (i < words.size() && (words[i] == "the" || in_class(words[i], WordClass::place_modifiers))) ++i;
  if (i + 1 < words.size() && in_class(words[i], WordClass::place_types) && words[i + 1] == "of") i += 2;
  return i == words.size();
}

// "the U.S. Embassy in Baghdad", "the Huriyah neighborhood of Baghdad",
// "Kabul, Afghanistan": `inner` names a place inside `outer`, right before it.
bool is_inside_next(std::string_view text, const PlaceMention& inner, const PlaceMention& outer) {
  constexpr std::uint32_t kReach = 40;
  if (inner.end >= outer.start) return false;
  if (is_described_as_part_of(text, inner, outer)) return true;
  if (outer.start - inner.end > kReach) return false;
  return says_lies_in(text.substr(inner.end, outer.start - inner.end));
}

// "Yala's Yaha district", "Jerusalem's Old City", "Tbilisi's central
// Rustaveli Avenue": `inner`, possessed by `outer` right before it (a
// direction or a like modifier between), lies inside it.
bool is_possessed_by(std::string_view text, const PlaceMention& inner, const PlaceMention& outer) {
  if (outer.end >= inner.start) return false;
  std::string_view between = text.substr(outer.end, inner.start - outer.end);
  if (between.starts_with("'s ")) {
    between.remove_prefix(3);
  } else if (between.starts_with("’s ")) {
    between.remove_prefix(std::string_view("’s ").size());
  } else {
    return false;
  }
  if (between.empty()) return true;
  if (!between.ends_with(' ')) return false;
  between.remove_suffix(1);
  return between.find(' ') == std::string_view::npos && in_class(lower_ascii(between), WordClass::place_modifiers);
}

// "the Serb towns", "the mainly Serb towns": "the", perhaps with one
// lower-case word after it, right before the mention.
bool after_definite_article(std::string_view text, const PlaceMention& m) {
  auto ends_with_the = [](std::string_view s) {
    return s == "the " || s == "The " || s.ends_with(" the ") || s.ends_with(" The ");
  };
  const std::string_view before = text.substr(0, std::min<std::size_t>(m.start, text.size()));
  if (ends_with_the(before)) return true;
  if (!before.ends_with(' ')) return false;
  // One lower-case word between: "the mainly Serb towns".
  const std::size_t space = before.substr(0, before.size() - 1).rfind(' ');
  const std::size_t word = space == std::string_view::npos ? 0 : space + 1;
  return word + 1 < before.size() && std::islower(static_cast<unsigned char>(before[word])) &&
         ends_with_the(before.substr(0, word));
}

// "the Los Angeles suburb of Rosemead", "the Saltivka district of Kharkiv":
// two places joined by a type word and "of", one a part of the other. Which
// one is the part the words do not say; the unresolved or the smaller one is.
// Returns the part, or nullptr when the two are not so joined.
const PlaceMention* part_of_pair(std::string_view text, const PlaceMention& a, const PlaceMention& b) {
  const PlaceMention& first = a.start < b.start ? a : b;
  const PlaceMention& second = a.start < b.start ? b : a;
  if (first.end >= second.start || second.start - first.end > 40) return nullptr;
  const std::string between = lower_ascii(text.substr(first.end, second.start - first.end));
  if (!between.ends_with(" of ") || between.find_first_of(",;.") != std::string::npos) return nullptr;
  const std::string head = between.substr(0, between.size() - 4);
  const std::size_t space = head.rfind(' ');
  const std::string type = space == std::string::npos ? head : head.substr(space + 1);
  if (!in_class(type, WordClass::place_types) || std::count(head.begin(), head.end(), ' ') > 2) return nullptr;
  // "the Serb towns of Glamoc", "the Basque city of San Sebastian": a
  // settlement word names the town after it; what comes before qualifies it.
  // ("Garubula village of Biu", without the article, names the village).
  if (in_class(type, WordClass::settlement_words) && after_definite_article(text, first)) return &second;
  if (!is_resolved(first)) return &first;
  if (!is_resolved(second)) return &second;
  // "the southern Somali town of Kismayo": the finer kind of place is the
  // part (admin areas carry no population to compare); of two towns, the smaller.
  const int first_kind = specificity(first.place->type);
  const int second_kind = specificity(second.place->type);
  if (first_kind != second_kind) return first_kind > second_kind ? &first : &second;
  return first.place->population <= second.place->population ? &first : &second;
}

}  // namespace

std::optional<std::size_t> focus_place(const std::vector<PlaceMention>& mentions) {
  // Mentions per country; naming the country itself breaks a tie.
  std::map<std::string, double> per_country;
  for (const PlaceMention& m : mentions) {
    if (!is_resolved(m)) continue;
    per_country[m.place->country] += m.kind == MentionKind::place && m.place->type == GeoType::country ? 1.5 : 1.0;
  }
  if (per_country.empty()) return std::nullopt;
  const auto loudest = std::max_element(per_country.begin(), per_country.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
  const std::string& country = loudest->first;

  struct Tally {
    std::size_t count = 0;
    std::size_t first = 0;
  };
  std::map<std::string, Tally> per_place;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const PlaceMention& m = mentions[i];
    if (!is_resolved(m) || m.kind != MentionKind::place || m.place->country != country) continue;
    auto [it, inserted] = per_place.try_emplace(place_key(*m.place), Tally{0, i});
    ++it->second.count;
  }
  if (per_place.empty()) {
    // Only demonyms name the country ("Iraqi officials said ..."): the first one.
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      if (is_resolved(mentions[i]) && mentions[i].place->country == country) return i;
    }
    return std::nullopt;
  }
  auto rank = [&](const Tally& t) {
    return std::make_tuple(t.count, specificity(mentions[t.first].place->type), -static_cast<long>(t.first));
  };
  const auto best = std::max_element(per_place.begin(), per_place.end(),
                                     [&](const auto& a, const auto& b) { return rank(a.second) < rank(b.second); });
  return best->second.first;
}

namespace {

// What the words around `m` say it names instead of where anything
// happened: the owner of a name or of people, a news source, part of a
// longer name, an agent, where people came from or were carried to, a
// clock, a country as adjective, a qualifier, a craft, a home town, a
// person harmed, a government, a speaker.
bool names_no_place_of_the_event(std::string_view text, const PlaceMention& m, const std::string& before) {
  if (is_possessive_before_name(text, m) || is_news_source(before) || inside_longer_name(text, m) ||
      starts_longer_name(text, m, before) || is_agent(m, before) || is_origin_of_people(before) ||
      is_destination_of_people(text, m) || is_home_town_after_age(text, m) || names_a_time_zone(text, m) ||
      is_hyphenated_qualifier(text, m) || names_a_craft(text, m) || is_blamed(before))
    return true;
  // The lower-case word right after says what the name stands for.
  const std::string next = lower_case_word_after(text, m);
  if (is_country_as_adjective(m, next) || names_a_government(next) || owns_the_next_noun(text, m)) return true;
  // A speaker or a person harmed opens its noun phrase: "police in Baghdad
  // said", "a man riding in the city of Nablus was shot" name where they were.
  return !follows_lower_case_word(text, m) && (names_a_speaker(next) || is_harmed_person(text, m));
}

// May `m` be where the key sentence's event happened? Not a perpetrator,
// a news source, a country as adjective, a part of a longer name.
bool is_candidate_place(std::string_view text, const PlaceMention& m, const LocationScopes& scopes, const Cues& cues) {
  if (m.kind != MentionKind::place || !scopes.key_sentence.contains(m.start, m.end)) return false;
  if (overlaps_any(scopes.excluded, m) || scopes.trigger.overlaps(m.start, m.end)) return false;
  if (names_no_place_of_the_event(text, m, cues.of(m))) return false;
  return !(is_resolved(m) && specificity(m.place->type) <= specificity(GeoType::admin1) &&
           overlaps_any(scopes.targets, m));
}

bool is_object_of_trigger(std::string_view text, const PlaceMention& m, const TextSpan& trigger) {
  return m.start >= trigger.end && words_between(text, trigger.end, m.start) <= 3 &&
         text.substr(trigger.end, m.start - trigger.end).find(',') == std::string_view::npos;
}

// "just north of Baghdad" (not "the north of Baghdad"), "80 km west of
// Mosul": a bearing from the place, which is then outside it.
bool is_bearing_from(std::string_view text, const PlaceMention& m, std::string before) {
  if (is_distance_reference(text, m)) return true;
  if (!remove_last_word(before, "of")) return false;
  const std::string bearing(last_word_of(before));
  return in_class(bearing, WordClass::bearings) && remove_last_word(before, bearing) && !ends_with_word(before, "the");
}

}  // namespace

bool told_as_a_scene(std::string_view text, const PlaceMention& m) {
  const std::string before = cue_before(text, m);
  if (is_bearing_from(text, m, before)) return false;
  return after_locative_word(before) || in_class(type_word_of(text, m), WordClass::settlement_words);
}

std::string type_word_of(std::string_view text, const PlaceMention& m) {
  const std::size_t from = m.start > 32 ? m.start - 32 : 0;
  std::string before = lower_ascii(text.substr(from, m.start - from));
  while (!before.empty() && before.back() == ' ') before.pop_back();
  if (remove_last_word(before, "of") && in_class(last_word_of(before), WordClass::place_types))
    return std::string(last_word_of(before));
  const std::string after = lower_ascii(text.substr(std::min<std::size_t>(m.end, text.size()), 20));
  if (!after.starts_with(' ')) return {};
  const std::string next = after.substr(1, after.find_first_of(" ,.;", 1) - 1);
  return in_class(next, WordClass::place_types) || next == "countryside" ? next : std::string{};
}

namespace {

bool is_settlement_type_word(std::string_view w) { return in_class(w, WordClass::settlement_words); }

bool is_area_type_word(std::string_view w) { return in_class(w, WordClass::area_words); }

// Whether the type word the text gives can be what the gazetteer says the
// place is: a town is a "town" or a "village", a province a "province".
bool type_fits(std::string_view type_word, GeoType type) {
  if (type_word.empty()) return true;
  if (type == GeoType::city || type == GeoType::landmark) return is_settlement_type_word(type_word);
  return !is_settlement_type_word(type_word);
}

// "launched an offensive in the Hama countryside, targeting the village of
// X": another event verb stands between the trigger and the place.
bool event_word_between(std::string_view text, const PlaceMention& m, const TextSpan& trigger) {
  const std::uint32_t from = m.start >= trigger.end ? trigger.end : m.end;
  const std::uint32_t to = m.start >= trigger.end ? m.start : trigger.start;
  if (to <= from) return false;
  const std::string between = lower_ascii(text.substr(from, to - from));
  std::size_t i = 0;
  while (i < between.size()) {
    while (i < between.size() && !std::isalpha(static_cast<unsigned char>(between[i]))) ++i;
    const std::size_t j = i + leading_word_length(std::string_view(between).substr(i), Hyphens::end_word);
    if (j > i && is_event_verb_form(std::string_view(between).substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

// "the Obama administration", "a Baghdad hotel", "the Hamas-led ministry":
// the name qualifies the noun after it.
bool qualifies_next_noun(std::string_view text, const PlaceMention& m) {
  if (text.substr(std::min<std::size_t>(m.end, text.size())).starts_with('-')) return true;
  const std::string next = lower_case_word_after(text, m);
  return !next.empty() &&
         !in_any_class(next, {WordClass::function_words, WordClass::locative_cues, WordClass::place_types}) &&
         next != "and" && next != "or" && next != "countryside" && !is_event_verb_form(next);
}

void set_place_kind(LocationFeatures& f, const PlaceMention& m) {
  auto set = [&f](LocationFeature which) { f[static_cast<std::size_t>(which)] = 1; };
  if (!is_resolved(m)) return set(LocationFeature::unresolved);
  switch (m.place->type) {
    case GeoType::country: set(LocationFeature::country); break;
    case GeoType::admin1: set(LocationFeature::admin1); break;
    case GeoType::admin2: set(LocationFeature::admin2); break;
    case GeoType::city: set(LocationFeature::city); break;
    case GeoType::landmark: set(LocationFeature::landmark); break;
    case GeoType::region: set(LocationFeature::region); break;
  }
  f[static_cast<std::size_t>(LocationFeature::log_population)] =
      static_cast<float>(std::log10(1.0 + static_cast<double>(m.place->population)) / 7.0);
}

// What the ranker knows of one candidate: how the text ties it to the
// trigger, and what kind of place it is. `candidates` are all of the key
// sentence's, `m` among them.
LocationFeatures candidate_features(std::string_view text, const PlaceMention& m,
                                    const std::vector<const PlaceMention*>& candidates, const LocationScopes& scopes,
                                    const Cues& cues) {
  LocationFeatures f{};
  auto set = [&f](LocationFeature which, bool on) { f[static_cast<std::size_t>(which)] = on ? 1.0F : 0.0F; };
  const TextSpan& trigger = scopes.trigger;
  const std::string& before = cues.of(m);
  const std::string cue(last_word_of(before));
  const long words = words_between(text, m.start, m.start >= trigger.end ? trigger.end : trigger.start);
  set(LocationFeature::after_trigger, m.start >= trigger.end);
  set(LocationFeature::object_of_trigger, is_object_of_trigger(text, m, trigger));
  set(LocationFeature::after_locative_word, after_locative_word(before));
  set(LocationFeature::after_in_or_at, cue == "in" || cue == "at" || cue == "inside" || cue == "into");
  set(LocationFeature::after_near_word, is_near_phrase(text, m, before));
  // "the fortified district of Baghdad" says what the district is, not Baghdad.
  std::string type_word = type_word_of(text, m);
  if (is_resolved(m) && !type_fits(type_word, m.place->type)) type_word.clear();
  set(LocationFeature::named_by_type, !type_word.empty() && !is_area_type_word(type_word));
  set(LocationFeature::named_as_area, is_area_type_word(type_word));
  set(LocationFeature::event_word_between, event_word_between(text, m, trigger));
  set(LocationFeature::qualifies_next_noun, qualifies_next_noun(text, m));
  set(LocationFeature::after_over_word,
      cue == "over" || cue == "across" || cue == "through" || cue == "throughout" || cue == "along");
  set(LocationFeature::distance_reference, is_distance_reference(text, m));
  set(LocationFeature::area_named_after, is_resolved(m) && is_area_named_after(text, m));
  set(LocationFeature::clause_break, clause_break_between(text, m.start, trigger.start));
  const std::uint32_t lo = std::min(m.end, trigger.end), hi = std::max(m.start, trigger.start);
  set(LocationFeature::comma_between, hi > lo && text.substr(lo, hi - lo).find(',') != std::string_view::npos);
  f[static_cast<std::size_t>(LocationFeature::log_words_between)] = static_cast<float>(std::log1p(static_cast<double>(words)));
  bool nearest = true, first_after = m.start >= trigger.end, inner = false, outer = false;
  for (const PlaceMention* o : candidates) {
    if (o == &m) continue;
    const long other_words = words_between(text, o->start, o->start >= trigger.end ? trigger.end : trigger.start);
    if (other_words < words) nearest = false;
    if (o->start >= trigger.end && o->start < m.start) first_after = false;
    if (is_inside_next(text, m, *o) || is_possessed_by(text, m, *o) || part_of_pair(text, m, *o) == &m) inner = true;
    if (is_inside_next(text, *o, m) || is_possessed_by(text, *o, m) || part_of_pair(text, *o, m) == o) outer = true;
  }
  set(LocationFeature::nearest_candidate, nearest);
  set(LocationFeature::first_after_trigger, first_after);
  set(LocationFeature::inner_of_pair, inner);
  set(LocationFeature::outer_of_pair, outer);
  set(LocationFeature::sentence_start, words_between(text, scopes.key_sentence.start, m.start) <= 1);
  set_place_kind(f, m);
  return f;
}

// The hand-written ranking, the ranker's first feature: a town, a landmark
// or a name the text calls a place before a wider area; then not a
// distance's reference point, tied by a locative word or as the verb's
// object, in the trigger's clause, nearest to it.
const PlaceMention* rule_choice(std::string_view text, const std::vector<const PlaceMention*>& candidates,
                                const TextSpan& trigger, const Cues& cues) {
  const PlaceMention* best = nullptr;
  std::tuple<int, int, int, int, long> best_rank;
  for (const PlaceMention* m : candidates) {
    const bool town_or_finer = !is_resolved(*m) || specificity(m->place->type) >= specificity(GeoType::city);
    const bool tied_word = after_locative_word(cues.of(*m)) || is_object_of_trigger(text, *m, trigger);
    const auto rank = std::make_tuple(town_or_finer ? 1 : 0, is_distance_reference(text, *m) ? 0 : 1, tied_word ? 1 : 0,
                                      clause_break_between(text, m->start, trigger.start) ? 0 : 1,
                                      -words_between(text, m->start, trigger.start));
    if (best == nullptr || rank > best_rank) {
      best = m;
      best_rank = rank;
    }
  }
  return best;
}

// "Yala-Betong Road", "the Diyala Bridge": the mention names a road or a bridge.
bool names_a_road(const PlaceMention& m) {
  const std::size_t space = m.text.find_last_of(" -");
  return in_class(lower_ascii(space == std::string::npos ? m.text : m.text.substr(space + 1)), WordClass::road_words);
}

// "launched an offensive in the Hama countryside, targeting the village of
// Kawkab": the first candidate in a clause after the trigger that says what
// the operation hit; nullptr when the sentence has no such clause.
const PlaceMention* place_in_target_clause(std::string_view text, const std::vector<const PlaceMention*>& candidates,
                                           const TextSpan& trigger, const TextSpan& sentence) {
  const std::size_t end = std::min<std::size_t>(sentence.end, text.size());
  for (std::size_t comma = text.find(", ", trigger.end); comma != std::string_view::npos && comma < end;
       comma = text.find(", ", comma + 2)) {
    const std::size_t word = comma + 2;
    const std::size_t n = word + leading_word_length(text.substr(word, end - std::min(end, word)), Hyphens::end_word);
    if (!in_class(lower_ascii(text.substr(word, n - word)), WordClass::target_gerunds)) continue;
    const PlaceMention* first = nullptr;
    for (const PlaceMention* m : candidates) {
      if (m->start > n && (first == nullptr || m->start < first->start)) first = m;
    }
    return first;
  }
  return nullptr;
}

// The key sentence's place mention the event's words are tied to, resolved
// or a name the text calls a place, by the learned ranker; nullptr when it
// names none usable. `candidates` are the key sentence's.
const PlaceMention* tied_by_words(std::string_view text, const std::vector<const PlaceMention*>& candidates,
                                  const LocationScopes& scopes, const Cues& cues) {
  const PlaceMention* by_rules = rule_choice(text, candidates, scopes.trigger, cues);
  const PlaceMention* best = nullptr;
  double best_score = 0;
  for (const PlaceMention* m : candidates) {
    LocationFeatures features = candidate_features(text, *m, candidates, scopes, cues);
    features[static_cast<std::size_t>(LocationFeature::rule_choice)] = m == by_rules ? 1.0F : 0.0F;
    record_location_candidate(text, scopes.trigger.start, scopes.trigger.end, m->start, m->end, features);
    const double score = location_score(features);
    if (best == nullptr || score > best_score) {
      best = m;
      best_score = score;
    }
  }
  // The place the operation hit before the area it was launched in, unless
  // that is only the country or region the area lies in.
  if (const PlaceMention* target = place_in_target_clause(text, candidates, scopes.trigger, scopes.key_sentence);
      target != nullptr && best != nullptr && best->start < target->start) {
    const bool no_wider = !is_resolved(*target) || !is_resolved(*best) ||
                          specificity(target->place->type) >= specificity(best->place->type) ||
                          specificity(target->place->type) >= specificity(GeoType::city);
    if (no_wider) best = target;
  }
  // "on Yala-Betong Road in Thanto district", "Pennsylvania Avenue in
  // Washington": a road or a bridge is placed by the town or district the
  // text puts it in (as ACLED codes the nearest named place).
  if (best != nullptr && names_a_road(*best)) {
    for (const PlaceMention* m : candidates) {
      if (m != best && (is_inside_next(text, *best, *m) || is_possessed_by(text, *best, *m))) return m;
    }
  }
  // Of "X in Y" or "the Y suburb of X", the inner X ("the U.S. Embassy in
  // Baghdad"): the most specific place the text ties to the event.
  for (const PlaceMention* m : candidates) {
    if (m == best || names_a_road(*m)) continue;
    // "the Colombo suburb of Nugegoda": the type word's pair decides which is the part.
    if (const PlaceMention* part = part_of_pair(text, *m, *best); part != nullptr) {
      if (part == m) return m;
      continue;
    }
    if (!is_inside_next(text, *m, *best) && !is_possessed_by(text, *m, *best)) continue;
    // The text's "the Adhamiyah neighborhood in Baghdad" outranks the
    // gazetteer's types (Adhamiyah is a district there, Baghdad a city).
    const bool finer = !is_resolved(*m) || !is_resolved(*best) ||
                       specificity(m->place->type) >= specificity(best->place->type) ||
                       specificity(m->place->type) >= specificity(GeoType::admin2);
    if (finer) return m;
  }
  return best;
}

// Whether the gazetteer puts `inner` in `outer`, as far as its country and
// admin1 tell; a region (no borders of its own here) holds anything.
bool lies_within(const GazetteerPlace& inner, const GazetteerPlace& outer) {
  switch (outer.type) {
    case GeoType::region:
      return true;
    case GeoType::country:
    case GeoType::admin2:
      return inner.country == outer.country;
    case GeoType::admin1:
      return inner.country == outer.country && (outer.admin1.empty() || inner.admin1 == outer.admin1);
    case GeoType::city:
    case GeoType::landmark:
      return false;
  }
  return false;
}

// "In Athens, ...", "And in the Amil neighbourhood of western Baghdad ...",
// "Here in Los Angeles ...": the sentence's first candidate when the
// sentence opens with it, after "in" or "at" and before the trigger;
// nullptr when it opens otherwise.
const PlaceMention* opening_frame(std::string_view text, const std::vector<const PlaceMention*>& candidates,
                                  const LocationScopes& scopes) {
  static constexpr auto kOpeners = std::to_array<std::string_view>({"and ", "but ", "here ", "meanwhile ", "elsewhere "});
  for (const PlaceMention* m : candidates) {
    if (m->end > scopes.trigger.start || m->start < scopes.key_sentence.start) continue;
    std::string before = lower_ascii(text.substr(scopes.key_sentence.start, m->start - scopes.key_sentence.start));
    before.erase(0, before.find_first_not_of(" \n\"“"));
    for (std::string_view opener : kOpeners) {
      if (before.starts_with(opener)) before.erase(0, opener.size());
    }
    if (!before.starts_with("in ") && !before.starts_with("at ")) return nullptr;
    // "In addition to their advance at Souran" opens with no place.
    const bool short_phrase = std::count(before.begin(), before.end(), ' ') <= 5 && !ends_with_word(before, "to") &&
                              before.find(" to ") == std::string::npos;
    return short_phrase && before.find(',') == std::string::npos ? m : nullptr;
  }
  return nullptr;
}

// Whether `m` lies in the frame the sentence opens with: the text says so
// ("the Amil neighbourhood of western Baghdad"), or the gazetteer puts a
// finer place in it.
bool lies_in_frame(std::string_view text, const PlaceMention& m, const PlaceMention& frame) {
  if (&m == &frame || is_inside_next(text, m, frame) || is_possessed_by(text, m, frame) ||
      part_of_pair(text, m, frame) == &m)
    return true;
  if (!is_resolved(m)) return true;  // a name the gazetteer lacks: nothing says it lies elsewhere
  if (!is_resolved(frame)) return false;
  return specificity(m.place->type) > specificity(frame.place->type) && lies_within(*m.place, *frame.place);
}

// Whether the words from `from` to `end` tell an event or a saying of
// their own.
bool tells_its_own_event(std::string_view text, std::size_t from, std::size_t end) {
  std::array<char, 24> lowered{};
  for (std::size_t i = from; i < end;) {
    while (i < end && !std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t n = leading_word_length(text.substr(i, end - i), Hyphens::end_word);
    if (n == 0) break;
    if (n <= lowered.size()) {
      for (std::size_t k = 0; k < n; ++k) lowered[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i + k])));
      const std::string_view word(lowered.data(), n);
      if (is_event_verb_form(word) || in_any_class(word, {WordClass::agent_verbs, WordClass::attack_nouns})) return true;
    }
    i += n;
  }
  return false;
}

// Where clauses open after the trigger that tell something else, in text
// order, each with whether it does: ", as gunmen kidnapped a judge from
// Dujail", ", while in neighbouring Iraq saboteurs targeted a pipeline".
// A clause runs to the sentence's end; the last opening before a place is
// the clause it lies in.
std::vector<std::pair<std::size_t, bool>> clause_openings(std::string_view text, const TextSpan& trigger,
                                                          const TextSpan& sentence) {
  static constexpr auto kOpeners = std::to_array<std::string_view>({", as ", ", while ", ", whereas ", " while "});
  const std::size_t end = std::min<std::size_t>(sentence.end, text.size());
  std::vector<std::pair<std::size_t, bool>> openings;
  if (trigger.end >= end) return openings;
  const std::string_view after = text.substr(trigger.end, end - trigger.end);
  for (std::string_view opener : kOpeners) {
    for (std::size_t at = after.find(opener); at != std::string_view::npos; at = after.find(opener, at + 1)) {
      openings.emplace_back(trigger.end + at, false);
    }
  }
  std::sort(openings.begin(), openings.end());
  for (auto& [at, tells] : openings) tells = tells_its_own_event(text, at + 2, end);
  return openings;
}

// "Eight US troops were killed in Iraq Saturday, as a US general warned
// that his troops would resume an offensive in Fallujah": a place told in
// a later clause of another event is not this one's, when the trigger's
// own clause names one.
void drop_places_of_other_clauses(std::string_view text, std::vector<const PlaceMention*>& candidates,
                                  const LocationScopes& scopes) {
  const auto openings = clause_openings(text, scopes.trigger, scopes.key_sentence);
  if (openings.empty()) return;
  auto elsewhere = [&](const PlaceMention* m) {
    const auto after = std::upper_bound(openings.begin(), openings.end(), std::pair<std::size_t, bool>{m->start, false});
    return after != openings.begin() && std::prev(after)->first < m->start && std::prev(after)->second;
  };
  const bool own_clause_names_one = std::any_of(candidates.begin(), candidates.end(),
                                                [&](const PlaceMention* m) { return !elsewhere(m); });
  if (own_clause_names_one) std::erase_if(candidates, elsewhere);
}

// The place the event's words are tied to, within the frame the sentence
// opens with: "In Athens, MPs demonstrated ... for the withdrawal of forces
// from Ramallah" happened in Athens; "In Jharkhand, guerrillas detonated a
// landmine in Chattarpur" in Chattarpur.
const PlaceMention* tied_to_trigger(std::string_view text, const std::vector<PlaceMention>& mentions,
                                    const LocationScopes& scopes, const Cues& cues) {
  std::vector<const PlaceMention*> candidates;
  for (const PlaceMention* m : mentions_inside(mentions, {scopes.key_sentence}, scopes.mentions_in_text_order)) {
    if (is_candidate_place(text, *m, scopes, cues)) candidates.push_back(m);
  }
  drop_places_of_other_clauses(text, candidates, scopes);
  const PlaceMention* tied = tied_by_words(text, candidates, scopes, cues);
  const PlaceMention* frame = opening_frame(text, candidates, scopes);
  if (tied == nullptr || frame == nullptr || lies_in_frame(text, *tied, *frame)) return tied;
  // "shelled the settlement of Jaba", "stormed Qabasin", "outside the Palais
  // de l'Europe": the verb's own object, a place the text names by its type
  // and a landmark stay; what the event was against ("demonstrated against
  // Israel") is no object.
  const bool object = is_object_of_trigger(text, *tied, scopes.trigger) && !ends_with_word(cues.of(*tied), "against");
  if (object || !type_word_of(text, *tied).empty() || (is_resolved(*tied) && tied->place->type == GeoType::landmark))
    return tied;
  return frame;
}

// A place the gazetteer lacks ("the village of Amerli"), placed at the
// resolved place around it: near it at best (geo_precision 2), and never
// surer than half that place's confidence.
IncidentLocation placed_by(const PlaceMention& named, const PlaceMention& around) {
  IncidentLocation location = location_from(around, GeoPrecision::near);
  if (specificity(around.place->type) <= specificity(GeoType::admin1)) location.precision = GeoPrecision::region;
  location.place.name = named.text;
  location.place.geonameid = 0;
  location.place.feature_code.clear();
  location.place.population = 0;
  location.confidence = around.confidence / 2;
  location.matched_text = named.text;
  location.matched_start = named.start;
  location.matched_end = named.end;
  return location;
}

}  // namespace

namespace {

// pick_location; `unlocated`, when given, is set to the unresolved name the
// key sentence ties to the event when no resolved place was around it.
std::optional<IncidentLocation> located_place(std::string_view text, const std::vector<PlaceMention>& mentions,
                                              const LocationScopes& scopes, std::optional<std::size_t> focus,
                                              const PlaceMention** unlocated) {
  const Cues cues(text, mentions);
  auto usable = [&](const PlaceMention& m) {
    if (m.kind != MentionKind::place || !is_resolved(m) || overlaps_any(scopes.excluded, m)) return false;
    if (names_no_place_of_the_event(text, m, cues.of(m))) return false;
    return specificity(m.place->type) > specificity(GeoType::admin1) || !overlaps_any(scopes.targets, m);
  };
  // Most specific, then inside the key sentence, then nearest to it, then surest.
  auto rank = [&](const PlaceMention& m) {
    const bool in_key = scopes.key_sentence.contains(m.start, m.end);
    const long distance = std::labs(static_cast<long>(m.start) - static_cast<long>(scopes.key_sentence.start));
    return std::make_tuple(specificity(m.place->type), in_key ? 1 : 0, -distance, m.confidence);
  };
  auto best_in = [&](const std::vector<TextSpan>& scope) -> const PlaceMention* {
    const PlaceMention* best = nullptr;
    for (const PlaceMention* m : mentions_inside(mentions, scope, scopes.mentions_in_text_order)) {
      if (!usable(*m)) continue;
      if (best == nullptr || rank(*m) > rank(*best)) best = m;
    }
    return best;
  };
  // The key sentence's place tied to the event's words ("rockets hit
  // Ashkelon" over "in response to raids at the Al-Aqsa Mosque" two
  // sentences on); a town, a landmark or a name the text calls a place.
  // A town or landmark first, then any place.
  const PlaceMention* tied = tied_to_trigger(text, mentions, scopes, cues);
  if (tied != nullptr && !is_resolved(*tied)) {
    // The finest of the places around it: the key sentence's, the event
    // sentences', the article's focus ("on Ring Road" in a Peshawar story).
    const PlaceMention* around = nullptr;
    // "at Boulkessi in the Mopti region": the place the text puts it in.
    // Both tests look at most 64 bytes past the names, and no name is long:
    // the mentions within a few hundred bytes are all that can answer.
    constexpr std::uint32_t kNear = 320;
    const TextSpan near{tied->start > kNear ? tied->start - kNear : 0, tied->end + kNear};
    for (const PlaceMention* m : mentions_inside(mentions, {near}, scopes.mentions_in_text_order)) {
      if (!is_resolved(*m) || !(is_inside_next(text, *tied, *m) || part_of_pair(text, *tied, *m) == tied)) continue;
      // After the words, which look at the two names alone: the excluded
      // spans grow with the article.
      if (!overlaps_any(scopes.excluded, *m)) around = m;
    }
    const PlaceMention* focus_mention =
        focus && *focus < mentions.size() && is_resolved(mentions[*focus]) ? &mentions[*focus] : nullptr;
    for (const PlaceMention* m : {best_in({scopes.key_sentence}), best_in(scopes.event_sentences), focus_mention}) {
      if (around != nullptr && (is_inside_next(text, *tied, *around) || part_of_pair(text, *tied, *around))) break;
      if (m != nullptr && (around == nullptr || specificity(m->place->type) > specificity(around->place->type))) {
        around = m;
      }
    }
    if (around != nullptr) return placed_by(*tied, *around);
    if (unlocated != nullptr) *unlocated = tied;
    tied = nullptr;
  }
  if (tied != nullptr && specificity(tied->place->type) >= specificity(GeoType::city)) {
    return location_from(*tied, precision_for(text, *tied, Scope::event_sentence, scopes.key_sentence));
  }
  // A town of the text before the wider area tied to the event, when it
  // lies in that area: "killed in Iraq ... as Washington's ambassador
  // vowed" stays in Iraq.
  // Not a town of another clause ("killed in northern Iraq Sunday, ... as
  // the military closed Baghdad's airport"): a comma or a clause break
  // between the tied area and the town.
  auto town_within_tied = [&](const PlaceMention* m) {
    if (m == nullptr || specificity(m->place->type) < specificity(GeoType::city)) return false;
    if (tied == nullptr) return true;
    const std::uint32_t from = std::min(tied->end, m->end);
    const std::uint32_t to = std::max(tied->start, m->start);
    const bool same_clause = from >= to || text.substr(from, to - from).find_first_of(",;:") == std::string_view::npos;
    return lies_within(*m->place, *tied->place) && same_clause;
  };
  if (const PlaceMention* m = best_in({scopes.key_sentence}); town_within_tied(m)) {
    return location_from(*m, precision_for(text, *m, Scope::event_sentence, scopes.key_sentence));
  }
  // Another event sentence's town before the key sentence's country.
  if (const PlaceMention* m = best_in(scopes.event_sentences); town_within_tied(m)) {
    return location_from(*m, precision_for(text, *m, Scope::event_sentence, scopes.key_sentence));
  }
  if (tied != nullptr) {
    return location_from(*tied, precision_for(text, *tied, Scope::event_sentence, scopes.key_sentence));
  }
  if (const PlaceMention* m = best_in(scopes.event_sentences)) {
    return location_from(*m, precision_for(text, *m, Scope::event_sentence, scopes.key_sentence));
  }
  if (const PlaceMention* m = best_in(scopes.detail_sentences)) {
    return location_from(*m, precision_for(text, *m, Scope::surrounding_text, scopes.key_sentence));
  }
  if (const PlaceMention* m = best_in(scopes.paragraphs)) {
    return location_from(*m, precision_for(text, *m, Scope::surrounding_text, scopes.key_sentence));
  }
  if (focus && *focus < mentions.size() && is_resolved(mentions[*focus])) {
    const PlaceMention& m = mentions[*focus];
    const bool by_the_town = m.place->type == GeoType::city && is_near_unnamed_town(text, scopes.key_sentence);
    return location_from(m, by_the_town ? GeoPrecision::near : GeoPrecision::region);
  }
  return std::nullopt;
}

}  // namespace

std::optional<IncidentLocation> pick_location(std::string_view text, const std::vector<PlaceMention>& mentions,
                                              const LocationScopes& scopes, std::optional<std::size_t> focus) {
  return located_place(text, mentions, scopes, focus, nullptr);
}

PlaceOfEvent pick_place(std::string_view text, const std::vector<PlaceMention>& mentions, const LocationScopes& scopes,
                        std::optional<std::size_t> focus) {
  const PlaceMention* unlocated = nullptr;
  PlaceOfEvent place;
  place.location = located_place(text, mentions, scopes, focus, &unlocated);
  if (!place.location && unlocated != nullptr) {
    place.unlocated = UnlocatedPlace{unlocated->text, unlocated->start, unlocated->end};
  }
  return place;
}

}  // namespace incimap::geo
