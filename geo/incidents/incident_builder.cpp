#include "geo/incidents/incident_builder.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "geo/incidents/actor_finder.hpp"
#include "geo/incidents/casualty_counter.hpp"
#include "geo/incidents/accusation_clause.hpp"
#include "geo/incidents/date_resolver.hpp"
#include "geo/text/dateline.hpp"
#include "geo/incidents/event_detector.hpp"
#include "geo/incidents/incident_id.hpp"
#include "geo/incidents/location_picker.hpp"
#include "geo/incidents/sentence_words.hpp"

namespace incimap::geo {
namespace {

// A town or a province a sentence tells as where something happened; a
// town the gazetteer lacks ("the town of Heet") by its name alone.
struct Scene {
  std::uint32_t at = 0;  // where the text names it
  std::optional<LonLat> position;  // empty for a town the gazetteer lacks
  std::string country;
  std::string admin1;
  bool province = false;
  std::string unplaced_name;
};

// Whether two scenes can be the ground of one event: towns within a short
// drive of each other ("Karrada" and "Baghdad"), a town and the province
// it lies in, one province, or one unplaced name. An unplaced town and a
// placed one cannot be told apart.
bool same_ground(const Scene& a, const Scene& b) {
  constexpr double kSameTownKm = 10.0;
  if (!a.position || !b.position) return !a.position && !b.position && a.unplaced_name == b.unplaced_name;
  if (!a.province && !b.province) return great_circle_km(*a.position, *b.position) <= kSameTownKm;
  return !a.admin1.empty() && a.country == b.country && a.admin1 == b.admin1;
}

// What one sentence says, read once.
struct SentenceFacts {
  TextSpan span;
  std::size_t paragraph = 0;
  bool in_title = false;
  bool heading = false;
  // Names events only in general or as a tally, with words that say what
  // kind ("similar bombings", "the ceasefire"): the open incident's story is over.
  bool generic_statement = false;
  bool throws_at_security_forces = false;
  std::optional<EventMention> event;
  std::optional<DateAnchor> anchor;
  std::vector<CasualtyReport> casualties;
  std::vector<ActorMention> actors;
  std::set<std::string> places;  // resolved places it names (dateline excluded)
  // It names a place the gazetteer lacks, one the text calls a place ("the
  // village of Tal Mustawi", "the Bustan Al-Basha District").
  bool names_an_unlisted_place = false;
  std::set<std::string> towns;   // those of them that are towns or landmarks
  // Towns and provinces told as where it happened ("in Baghdad", not "taken
  // to Madina"); read only for a sentence with an event, which alone uses them.
  std::vector<Scene> scenes;
  // "A car bomb exploded in Baghdad, while in Mosul gunmen killed three":
  // another kind of violence told in its own part of the sentence, with its
  // own place; `split` is the offset where that part begins or ends.
  std::optional<EventMention> second_event;
  std::uint32_t split = 0;

  bool has_details() const { return !casualties.empty() || !actors.empty(); }

  std::vector<Scene> scenes_in(TextSpan part) const {
    std::vector<Scene> in_part;
    std::copy_if(scenes.begin(), scenes.end(), std::back_inserter(in_part),
                 [&](const Scene& c) { return part.contains(c.at, c.at); });
    return in_part;
  }

  // The part of the sentence, split at `split`, that holds `offset`.
  TextSpan part_holding(std::uint32_t offset) const {
    if (!second_event) return span;
    return offset < split ? TextSpan{span.start, split} : TextSpan{split, span.end};
  }
};

// An incident while its sentences are being gathered.
struct Draft {
  std::vector<std::size_t> event_sentences;
  std::vector<std::size_t> detail_sentences;
  std::optional<DateAnchor> anchor;
  EventMention best;
  std::set<std::string> places;
  std::vector<Scene> scenes;  // of its event sentences' parts that tell it
};

bool is_violent(SubEventType sub_event) { return event_type_of(sub_event) != EventType::strategic_developments; }

// Violence names an incident before any strategic development reported
// with it (arrests after a bombing); within each, the more specific wins.
int mention_rank(const EventMention& m) {
  const bool riot = event_type_of(m.sub_event) == EventType::riots;  // a protest that turned violent
  return (is_violent(m.sub_event) ? 10 : 0) + static_cast<int>(m.specificity) * 2 + (riot ? 1 : 0);
}

// Abductions and sexual violence during an attack that killed people are
// still coded as the attack (ACLED's rule for violence against civilians).
bool refines(const EventMention& candidate, const EventMention& best) {
  const bool secondary_harm = candidate.sub_event == SubEventType::abduction_forced_disappearance ||
                              candidate.sub_event == SubEventType::sexual_violence;
  if (secondary_harm && best.sub_event == SubEventType::attack) return false;
  return mention_rank(candidate) > mention_rank(best);
}

std::string place_key(const GazetteerPlace& p) {
  return p.geonameid != 0 ? std::to_string(p.geonameid) : p.country + "|" + p.name;
}

// Paragraph start offsets: a paragraph ends at a blank line; in a text
// with no blank line at all, at each line break (feeds that put one
// paragraph a line).
std::vector<std::uint32_t> line_starts(std::string_view text) {
  std::vector<std::uint32_t> starts{0};
  for (std::size_t pos = text.find('\n'); pos != std::string_view::npos; pos = text.find('\n', pos + 1)) {
    if (pos + 1 < text.size()) starts.push_back(static_cast<std::uint32_t>(pos + 1));
  }
  return starts;
}

std::vector<std::uint32_t> paragraph_starts(std::string_view text) {
  std::vector<std::uint32_t> starts{0};
  auto blank = [&](std::size_t i) { return text[i] == ' ' || text[i] == '\t' || text[i] == '\r'; };
  std::size_t pos = 0;
  while ((pos = text.find('\n', pos)) != std::string_view::npos) {
    std::size_t next = pos + 1;
    while (next < text.size() && blank(next)) ++next;
    if (next < text.size() && text[next] == '\n') {
      while (next < text.size() && (text[next] == '\n' || blank(next))) ++next;
      starts.push_back(static_cast<std::uint32_t>(next));
    }
    pos = next;
  }
  if (starts.size() == 1) return line_starts(text);
  return starts;
}

std::size_t paragraph_of(const std::vector<std::uint32_t>& starts, std::uint32_t offset) {
  const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  return static_cast<std::size_t>(it - starts.begin()) - 1;
}

TextSpan paragraph_span(const std::vector<std::uint32_t>& starts, std::size_t index, std::size_t text_size) {
  const std::uint32_t end = index + 1 < starts.size() ? starts[index + 1] : static_cast<std::uint32_t>(text_size);
  return {starts[index], end};
}

bool ends_with_terminal(std::string_view sentence) {
  while (!sentence.empty()) {
    const char c = sentence.back();
    if (c == '.' || c == '!' || c == '?') return true;
    // Closing quotes and brackets after the terminal mark (” is E2 80 9D).
    if (c == '"' || c == ')' || c == '\'' || static_cast<unsigned char>(c) >= 0x80) {
      sentence.remove_suffix(1);
      continue;
    }
    return false;
  }
  return false;
}

// "said on Monday", "officials said Monday", "Monday said": a speech verb
// right beside the date dates the report, not the event.
bool is_reporting_time(const Words& words, const DateAnchor& anchor) {
  auto speech = [&](std::size_t i) { return i < words.size() && in_class(words[i], WordClass::speech_verbs); };
  const std::size_t first = word_at_or_after(words, anchor.start);
  const std::size_t after = word_at_or_after(words, anchor.end);
  const bool on_between = first >= 2 && words[first - 1].is("on");
  return (first >= 1 && speech(first - 1)) || (on_between && speech(first - 2)) || speech(after);
}

// "On Friday, Colombia blamed the ELN for the bombing", "The UN on Monday
// condemned the attack": a date before a verb of response that has the
// event as its object dates the response; the event was before it.
bool dates_a_response(const Words& words, const DateAnchor& anchor, std::uint32_t event_start) {
  for (const Word& w : words) {
    if (w.start < anchor.end) continue;
    if (w.start >= event_start || is_clause_break(w)) return false;
    if (in_class(w, WordClass::response_verbs)) return true;
  }
  return false;
}

// "== Responses ==", "### Arrests": a line in wiki or Markdown heading syntax.
bool is_marked_heading(std::string_view sentence) {
  const std::size_t first = sentence.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return false;
  sentence.remove_prefix(first);
  return sentence.starts_with("==") || sentence.starts_with("# ") || sentence.starts_with("## ") ||
         sentence.starts_with("### ");
}

// The clause (between ";", ":" or "—") around byte offset `at`.
TextSpan clause_around(const Words& words, std::uint32_t at) {
  TextSpan clause{words.empty() ? 0 : words.front().start, words.empty() ? 0 : words.back().end};
  for (const Word& w : words) {
    if (!is_clause_break(w)) continue;
    if (w.end <= at) clause.start = w.end;
    if (w.start >= at && w.start < clause.end) clause.end = w.start;
  }
  return clause;
}

// ", where the Houthis launched a new offensive earlier this month": a
// relative clause after the event's own words, to its closing comma or the
// end of the sentence; empty when there is none.
TextSpan relative_clause_after(const Words& words, std::uint32_t event_start) {
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if (words[i].start <= event_start || !words[i - 1].is_punct(",")) continue;
    if (!in_class(words[i], WordClass::relative_words)) continue;
    std::size_t end = i + 1;
    while (end < words.size() && !words[end].is_punct(",") && !is_clause_break(words[end])) ++end;
    return {words[i].start, words[end - 1].end};
  }
  return {};
}

// "At least 40 fighters have been killed in two days of battles, military
// sources said on Monday": nothing dates the event but its report, which
// says when it was known; the event happened on that day or in the six
// before, the week of precision 2 (period_of: the date ± 3 days) that ends
// on the report day. An arrest is dated by its announcement.
DateAnchor reported_date(DateAnchor report, const EventMention& event) {
  report.dates_report = true;
  if (report.date && event.sub_event != SubEventType::arrests && report.date->precision == DatePrecision::day) {
    report.date->precision = DatePrecision::week;
    report.date->days -= 3;
  }
  return report;
}

// The date of the sentence's event: the one in the event's own clause
// ("...this week; on Monday, a bomb went off"), else the first; never the
// report's date or the dateline's.
std::optional<DateAnchor> event_anchor(const Words& words, std::vector<DateAnchor> anchors,
                                       const std::optional<EventMention>& event,
                                       const std::optional<TextSpan>& dateline) {
  if (const auto accusation = accusation_clause(words)) {
    // "arrested four men suspected of planting the bomb that struck a van last week": the bomb's date.
    const TextSpan clause{words[accusation->first].start, words[accusation->last - 1].end};
    std::erase_if(anchors, [&](const DateAnchor& a) { return clause.overlaps(a.start, a.end); });
  }
  std::erase_if(anchors, [&](const DateAnchor& a) { return dateline && dateline->overlaps(a.start, a.end); });
  if (event) {
    // "..., where the Houthis launched a new offensive earlier this month": another event's date.
    const TextSpan relative = relative_clause_after(words, event->start);
    std::erase_if(anchors, [&](const DateAnchor& a) { return relative.contains(a.start, a.end); });
  }
  const auto reported = anchors;
  std::erase_if(anchors, [&](const DateAnchor& a) {
    return is_reporting_time(words, a) || (event && dates_a_response(words, a, event->start));
  });
  if (anchors.empty() && event && !reported.empty()) return reported_date(reported.front(), *event);
  if (anchors.empty()) return std::nullopt;
  if (event) {
    const TextSpan clause = clause_around(words, event->start);
    for (const DateAnchor& a : anchors) {
      if (clause.contains(a.start, a.end)) return a;
    }
  }
  return anchors.front();
}

// "the attack, one of several such attacks that have killed 60 people": a
// count that a general or hypothetical mention tells ("killed" framed by
// "such attacks") is a tally of many events or of none, not this
// incident's. A denial's count stays: "no one was killed" is 0 dead.
void drop_counts_told_by_general_mentions(const std::vector<EventMention>& events,
                                          std::vector<CasualtyReport>& reports) {
  std::erase_if(reports, [&](const CasualtyReport& r) {
    return std::any_of(events.begin(), events.end(), [&](const EventMention& m) {
      const bool general = m.status == MentionStatus::generic || m.status == MentionStatus::hypothetical;
      return general && m.start >= r.start && m.end <= r.end;
    });
  });
}

class Builder {
 public:
  Builder(const Article& article, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
          const std::vector<PlaceMention>& mentions)
      : article_(article), tokens_(tokens), sentences_(sentences), mentions_(mentions) {}

  std::vector<Incident> run() {
    dateline_ = find_dateline(article_.text, article_.body_start);
    read_sentences();
    gather_drafts();
    fold_headline();
    note_owners();
    mentions_in_text_order_ = std::is_sorted(mentions_.begin(), mentions_.end(),
                                             [](const PlaceMention& a, const PlaceMention& b) { return a.start < b.start; });
    std::vector<Incident> incidents;
    incidents.reserve(drafts_.size());
    const auto focus = focus_place(mentions_);
    std::set<std::string> ids;
    for (std::size_t d = 0; d < drafts_.size(); ++d) {
      Incident incident = build(d, focus);
      // Two incidents of one article on the same day, type and spot keep apart.
      if (!ids.insert(incident.id).second) {
        Incident undated = incident;
        undated.date.reset();
        incident.id = stable_incident_id(undated);
        ids.insert(incident.id);
      }
      incidents.push_back(std::move(incident));
    }
    return incidents;
  }

 private:
  void read_sentences() {
    const std::string_view text = article_.text;
    const std::size_t body_end = article_.body_end > 0 ? article_.body_end : text.size();
    paragraph_starts_ = paragraph_starts(text);
    std::vector<std::size_t> per_paragraph(paragraph_starts_.size(), 0);
    std::size_t next_mention = 0;
    for (const Sentence& sentence : sentences_) {
      if (sentence.start >= body_end) break;
      SentenceFacts facts;
      facts.span = {sentence.start, sentence.end};
      facts.paragraph = paragraph_of(paragraph_starts_, sentence.start);
      facts.in_title = sentence.start < article_.body_start;
      const Words words = sentence_words(text, tokens_, sentence);
      const std::string_view sentence_text = text.substr(sentence.start, sentence.end - sentence.start);
      // "==Responses and arrests==": a section heading names a topic; its
      // event words report nothing.
      const bool marked_heading = is_marked_heading(sentence_text);
      const auto events = marked_heading ? std::vector<EventMention>{} : detect_events(words);
      facts.event = strongest_event(events);
      tell_as_another_when_a_mention_does(events, facts);
      find_second_event(words, events, facts);
      const auto general = [&](Specificity at_least) {
        return std::any_of(events.begin(), events.end(), [&](const EventMention& m) {
          return m.status == MentionStatus::generic && m.specificity >= at_least;
        });
      };
      facts.generic_statement = !facts.event && general(Specificity::family);
      const bool general_words_only = !facts.event && !facts.generic_statement && general(Specificity::generic);
      facts.throws_at_security_forces = throws_at_security_forces(words);
      facts.anchor = event_anchor(words, find_date_anchors(words, article_.published), facts.event, dateline_);
      facts.casualties = count_casualties(words);
      // "... confirmed it was behind the attack, the third such attack since
      // March": a general aside ("attack", "killed") does not end the
      // incident and its attribution stays with it, but its counts are a
      // tally of many events.
      if (general_words_only) facts.casualties.clear();
      drop_counts_told_by_general_mentions(events, facts.casualties);
      facts.actors = find_actors(text, words);
      drop_place_names_as_actors(facts.actors);
      facts.heading = marked_heading ||
                      (!facts.in_title && !facts.event && words.size() <= 8 && !ends_with_terminal(sentence_text));
      collect_places(facts, next_mention);
      ++per_paragraph[facts.paragraph];
      facts_.push_back(std::move(facts));
    }
    // A heading stands alone in its paragraph.
    for (SentenceFacts& f : facts_) f.heading = f.heading && per_paragraph[f.paragraph] == 1;
  }

  // "Two other explosions ... killed four, while a car bomb in the town of
  // Tarmiyah hurt nine": when an event the sentence tells before the one it
  // reports is told as another ("other", "separate"), so is that one ("The
  // heaviest clashes were ... where the Houthis launched a new offensive"
  // still goes back to the clashes told).
  static void tell_as_another_when_a_mention_does(const std::vector<EventMention>& events, SentenceFacts& facts) {
    if (!facts.event || facts.event->cue != NewEventCue::none) return;
    const std::uint32_t reported = facts.event->start;
    const bool told_as_another = std::any_of(events.begin(), events.end(), [&](const EventMention& m) {
      return m.status == MentionStatus::asserted && m.cue == NewEventCue::separate && m.start < reported;
    });
    if (told_as_another) facts.event->cue = NewEventCue::separate;
  }

  // Words that end one report and begin another inside a sentence: "; ",
  // "while", ", and", ", as", and an "and" before a subject of its own
  // ("... in Baquba and a shopkeeper was shot dead in Samarra"; "Kalakan
  // and Istalif" is a list).
  static bool is_part_boundary(const Words& words, std::size_t i) {
    if (is_clause_break(words[i])) return true;
    if (words[i].is("while") || words[i].is("whereas") || words[i].is("meanwhile")) return true;
    const bool after_comma = i > 0 && words[i - 1].is_punct(",");
    if (after_comma && (words[i].is("and") || words[i].is("as"))) return true;
    if (!words[i].is("and") || i + 1 >= words.size()) return false;
    const Word& next = words[i + 1];
    // "and a civilian died", "and another three were killed"; "between
    // Baghdad and the city of Hilla" is not one.
    return next.kind == TokenKind::number || next.is("a") || next.is("an") || next.is("another") ||
           in_class(next, WordClass::count_words);
  }

  // The mentions that start inside `span`, found by binary search so that
  // per-sentence checks stay linear in the article (mentions_ are sorted by
  // offset, the geoparser's order).
  std::span<const PlaceMention> mentions_starting_in(TextSpan span) const {
    const auto by_start = [](const PlaceMention& m, std::uint32_t offset) { return m.start < offset; };
    const auto first = std::lower_bound(mentions_.begin(), mentions_.end(), span.start, by_start);
    const auto last = std::lower_bound(first, mentions_.end(), span.end, by_start);
    return {first, last};
  }

  bool has_place_mention(TextSpan part) const {
    const auto within = mentions_starting_in(part);
    return std::any_of(within.begin(), within.end(), [&](const PlaceMention& m) {
      return m.kind == MentionKind::place && part.contains(m.start, m.end) &&
             !(dateline_ && dateline_->overlaps(m.start, m.end));
    });
  }

  // "the town of Heet": a town the gazetteer lacks, by the text's word for
  // it ("Al-Nour Square" may lie in any town told).
  bool names_an_unplaced_town(const PlaceMention& m) const {
    return m.kind == MentionKind::place && !m.place && !(dateline_ && dateline_->overlaps(m.start, m.end)) &&
           in_class(type_word_of(article_.text, m), WordClass::settlement_words);
  }

  // A resolved place the text names outside the dateline.
  bool names_a_resolved_place(const PlaceMention& m) const {
    return m.kind == MentionKind::place && m.place && !(dateline_ && dateline_->overlaps(m.start, m.end));
  }

  static bool is_town(const GazetteerPlace& p) { return p.type == GeoType::city || p.type == GeoType::landmark; }

  // The towns and landmarks named inside `part` (dateline excluded).
  std::set<std::string> towns_in(TextSpan part) const {
    std::set<std::string> keys;
    for (const PlaceMention& m : mentions_starting_in(part)) {
      if (names_a_resolved_place(m) && part.contains(m.start, m.end) && is_town(*m.place)) keys.insert(place_key(*m.place));
    }
    return keys;
  }

  // "killed in Qalqiliya, and another was killed in Tulkarem": the same
  // kind of violence is a second event when each part names a town the
  // other does not.
  bool parts_name_other_towns(TextSpan a, TextSpan b) const {
    const auto in_a = towns_in(a), in_b = towns_in(b);
    auto has_own = [](const std::set<std::string>& x, const std::set<std::string>& y) {
      return std::any_of(x.begin(), x.end(), [&](const std::string& k) { return y.count(k) == 0; });
    };
    return has_own(in_a, in_b) && has_own(in_b, in_a);
  }

  // Another asserted event than the sentence's strongest, across a part
  // boundary, each part naming a place of its own: of another kind, or of
  // the same kind in other places.
  void find_second_event(const Words& words, const std::vector<EventMention>& events, SentenceFacts& facts) const {
    if (!facts.event || facts.in_title) return;
    const EventMention& first = *facts.event;
    for (const EventMention& other : events) {
      if (other.status != MentionStatus::asserted || other.start == first.start) continue;
      if (other.specificity < Specificity::family) continue;
      const bool same_type = event_type_of(other.sub_event) == event_type_of(first.sub_event);
      if (!is_violent(other.sub_event) && other.sub_event != SubEventType::arrests) continue;
      const std::size_t from = std::min(first.last_word, other.last_word);
      const std::size_t to = std::max(first.first_word, other.first_word);
      std::optional<std::size_t> boundary;
      for (std::size_t i = from; i < to && i < words.size(); ++i) {
        if (is_part_boundary(words, i)) boundary = i;
      }
      if (!boundary) continue;
      const std::uint32_t split = words[*boundary].start;
      if (!has_place_mention({facts.span.start, split}) || !has_place_mention({split, facts.span.end})) continue;
      if (same_type && !parts_name_other_towns({facts.span.start, split}, {split, facts.span.end})) continue;
      facts.second_event = other;
      facts.split = split;
      return;
    }
  }

  // "Militants from Mosul attacked": an actor is a force, a group or a
  // person, never the bare name of a town or site ("Mosul", "Kharkiv"). A
  // state may act ("the United States launched an airstrike").
  void drop_place_names_as_actors(std::vector<ActorMention>& actors) const {
    std::erase_if(actors, [&](const ActorMention& a) {
      const auto within = mentions_starting_in({a.start, a.end});
      return std::any_of(within.begin(), within.end(), [&](const PlaceMention& m) {
        if (m.kind != MentionKind::place || m.end > a.end) return false;
        if (m.place && m.place->type == GeoType::country) return false;
        std::string_view rest = std::string_view(article_.text).substr(a.start, m.start - a.start);
        while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
        const bool only_determiner = rest.empty() || rest == "the" || rest == "The";
        return only_determiner && m.end == a.end;
      });
    });
  }

  // Precondition: mentions_ are sorted by offset (the geoparser's order).
  void collect_places(SentenceFacts& facts, std::size_t& next_mention) const {
    while (next_mention < mentions_.size() && mentions_[next_mention].start < facts.span.start) ++next_mention;
    for (std::size_t m = next_mention; m < mentions_.size() && mentions_[m].start < facts.span.end; ++m) {
      const PlaceMention& mention = mentions_[m];
      if (facts.event && names_an_unplaced_town(mention)) {
        facts.scenes.push_back(Scene{mention.start, std::nullopt, {}, {}, false, mention.text});
      }
      if (!names_a_resolved_place(mention)) {
        facts.names_an_unlisted_place |= mention.kind == MentionKind::place && !mention.place;
        continue;
      }
      facts.places.insert(place_key(*mention.place));
      const GazetteerPlace& place = *mention.place;
      const bool province = place.type == GeoType::admin1;
      if (is_town(place)) facts.towns.insert(place_key(place));
      if (facts.event && (is_town(place) || province) && told_as_a_scene(article_.text, mention)) {
        facts.scenes.push_back(Scene{mention.start, place.position, place.country, place.admin1, province, {}});
      }
    }
  }

  // A bare "attacked" cannot open an incident of its own: an incident
  // needs the means, a date, a toll or a place, and "the fighting" refers
  // to something already told.
  bool can_open_incident(const SentenceFacts& s) const {
    if (s.event->specificity == Specificity::specific) return true;
    // "The bomb exploded on Wednesday" after arrests over "the roadside
    // bomb", "The blast destroyed the vehicle, killing three women" with
    // no blast told before: it refers back to a mention or to nothing the
    // article told, so it opens one.
    if (s.event->cue == NewEventCue::refers_back && !refers_to_a_mention_only(s)) return false;
    // "A peace activist was shot and killed by suspected raiders": the
    // kind of violence and who did it or suffered it.
    const bool named_with_actors = s.event->specificity == Specificity::family && !s.actors.empty();
    return s.anchor || !s.casualties.empty() || !s.places.empty() || s.names_an_unlisted_place || named_with_actors;
  }

  // Nothing was told yet and the sentence says when, how many or where; or
  // no incident of its kind was told and it has its own date and toll.
  bool refers_to_a_mention_only(const SentenceFacts& s) const {
    if (drafts_.empty()) return s.anchor || !s.casualties.empty() || !s.places.empty() || s.names_an_unlisted_place;
    return s.anchor && !s.casualties.empty() && std::none_of(drafts_.begin(), drafts_.end(), [&](const Draft& d) {
             return same_kind(d.best.sub_event, s.event->sub_event);
           });
  }

  // "Earlier this month" after "on Monday": a coarser date after a finer one
  // introduces another event, even though Monday lies in this month; "on
  // Wednesday" after "last week" makes the same event more exact.
  static bool other_time(const DateAnchor& sentence, const DateAnchor& incident) {
    if (!sentence.same_time_as(incident)) return true;
    const bool coarser = sentence.date && incident.date && sentence.date->precision > incident.date->precision;
    return coarser && sentence.key != incident.key;
  }

  static bool is_demonstration(SubEventType t) {
    return event_type_of(t) == EventType::protests || event_type_of(t) == EventType::riots;
  }

  // A protest that turns into a riot is one incident.
  static bool same_kind(SubEventType a, SubEventType b) {
    return a == b || (is_demonstration(a) && is_demonstration(b));
  }

  // "31 soldiers were wounded, some by hand grenades thrown at troops":
  // during a demonstration, explosives thrown at the security forces are
  // the demonstrators' violence, which makes it a riot, not a new incident.
  static void read_as_rioting(const Draft& open, SentenceFacts& s) {
    if (!is_demonstration(open.best.sub_event) || !s.throws_at_security_forces) return;
    if (event_type_of(s.event->sub_event) != EventType::explosions_remote_violence) return;
    s.event->sub_event = SubEventType::violent_demonstration;
    s.event->specificity = Specificity::specific;
  }

  bool starts_new_incident(const Draft& open, const SentenceFacts& s) const {
    const EventMention& e = *s.event;
    if (s.anchor && open.anchor && other_time(*s.anchor, *open.anchor)) return true;
    if (e.cue == NewEventCue::separate) return true;
    const bool both_specific = e.specificity == Specificity::specific && open.best.specificity == Specificity::specific;
    const bool response = !is_violent(e.sub_event) && is_violent(open.best.sub_event);
    if (is_arrest(open.best.sub_event) && is_violent(e.sub_event)) return true;
    if (is_arrest(e.sub_event) && !is_arrest(open.best.sub_event) && arrest_is_news_of_its_own(open, s)) return true;
    if (both_specific && !same_kind(e.sub_event, open.best.sub_event) && !response) return true;
    if (is_violent(e.sub_event) && e.cue != NewEventCue::refers_back && !s.casualties.empty() && tells_of_other_towns(open, s)) {
      return true;
    }
    // "In one incident, a man was killed in a battle ... In the afternoon,
    // during an hour of concentrated bombing, 11 people died": another kind
    // of violence, each named by more than a generic word, is another event.
    const bool both_named = e.specificity >= Specificity::family && open.best.specificity >= Specificity::family;
    // "behind the offensive": a definite noun refers back to what was told.
    return both_named && e.cue != NewEventCue::refers_back && is_violent(e.sub_event) && is_violent(open.best.sub_event) &&
           event_type_of(e.sub_event) != event_type_of(open.best.sub_event) &&
           !(is_demonstration(e.sub_event) && is_demonstration(open.best.sub_event));
  }

  // "In Monday's deadliest attack ... in the town of Taji, 42 were killed.
  // In Baghdad, meanwhile, a car bomb in Sadr City killed 12": a roundup
  // tells the day's attacks one after another. Violence with a toll of its
  // own, told in towns or provinces none of which is the ground of the
  // open incident, is another event; a district of the town told ("Karrada"
  // after "Baghdad") is the same ground. A town the gazetteer lacks is a
  // town of its own name.
  static bool tells_of_other_towns(const Draft& open, const SentenceFacts& s) {
    const std::vector<Scene> scenes = s.scenes_in(s.part_holding(s.event->start));
    if (scenes.empty() || open.scenes.empty()) return false;
    return std::none_of(scenes.begin(), scenes.end(), [&](const Scene& here) {
      return std::any_of(open.scenes.begin(), open.scenes.end(),
                         [&](const Scene& there) { return same_ground(here, there); });
    });
  }

  // "Police later arrested two suspects" after a bombing: the arrest is news
  // of its own (ACLED codes it as a strategic development), unless an arrest
  // was told already (the sentence goes back to it, see referenced_draft).
  // Arrests during a demonstration are how it was policed, part of it,
  // unless they were made in a town no incident of the article was in ("He
  // was captured ... in Linden, New Jersey").
  bool arrest_is_news_of_its_own(const Draft& open, const SentenceFacts& s) const {
    if (!s.towns.empty() && !names_a_told_place(s.towns)) return true;
    const bool arrest_told = std::any_of(drafts_.begin(), drafts_.end(), [](const Draft& d) { return is_arrest(d.best.sub_event); });
    return !is_demonstration(open.best.sub_event) && !arrest_told;
  }

  bool names_a_told_place(const std::set<std::string>& places) const {
    return std::any_of(drafts_.begin(), drafts_.end(), [&](const Draft& d) {
      return std::any_of(places.begin(), places.end(), [&](const std::string& p) { return d.places.count(p) != 0; });
    });
  }

  // Arrests over an earlier attack are their own incident (ACLED codes
  // them as strategic developments): the attack told after them is
  // another, and the arrests told after the attack go back to theirs.
  static bool is_arrest(SubEventType t) { return t == SubEventType::arrests; }

  // "The Diwaniyah bombing was claimed ...": a sentence that only refers to
  // an event, naming the place of an earlier incident rather than the open
  // one, is about that earlier incident.
  std::size_t referenced_draft(std::size_t open, const SentenceFacts& s) const {
    if (is_arrest(s.event->sub_event) && !is_arrest(drafts_[open].best.sub_event) && open > 0 &&
        is_arrest(drafts_[open - 1].best.sub_event)) {
      return open - 1;
    }
    if (s.event->specificity == Specificity::specific || s.anchor || s.places.empty()) return open;
    auto shares = [&](const Draft& d) {
      return std::any_of(s.places.begin(), s.places.end(),
                         [&](const std::string& p) { return d.places.count(p) != 0; });
    };
    if (shares(drafts_[open])) return open;
    for (std::size_t d = open; d-- > 0;) {
      if (shares(drafts_[d])) return d;
    }
    return open;
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // "On Friday, Colombia blamed the ELN for the bombing of a police academy
  // in Bogota that killed 20", told after other news: a definite noun that
  // cannot open an incident goes back to the last one of its kind, unless
  // the sentence dates it to another time.
  std::size_t told_before(const SentenceFacts& s) const {
    if (s.event->cue != NewEventCue::refers_back) return kNone;
    for (std::size_t d = drafts_.size(); d-- > 0;) {
      if (!same_kind(drafts_[d].best.sub_event, s.event->sub_event)) continue;
      if (s.anchor && drafts_[d].anchor && other_time(*s.anchor, *drafts_[d].anchor)) return kNone;
      return d;
    }
    return kNone;
  }

  void gather_drafts() {
    std::size_t open = kNone;  // index into drafts_ of the incident being gathered
    for (std::size_t i = 0; i < facts_.size(); ++i) {
      SentenceFacts& s = facts_[i];
      if (s.event) {
        if (open != kNone) read_as_rioting(drafts_[open], s);
        if (open != kNone && !starts_new_incident(drafts_[open], s)) {
          join(drafts_[referenced_draft(open, s)], i);
        } else if (can_open_incident(s)) {
          drafts_.push_back(Draft{{}, {}, std::nullopt, *s.event, {}, {}});
          join(drafts_.back(), i);
          if (open != kNone) date_as_the_one_before(drafts_[open], drafts_.back(), s);
          open = drafts_.size() - 1;
        } else if (const std::size_t told = told_before(s); told != kNone) {
          join(drafts_[told], i);
        }
        if (s.second_event) {
          drafts_.push_back(Draft{{i}, {}, s.anchor, *s.second_event, s.places,
                                  s.scenes_in(s.part_holding(s.second_event->start))});
          open = drafts_.size() - 1;
        }
        continue;
      }
      if (open == kNone) continue;
      const bool elsewhen = s.anchor && drafts_[open].anchor && other_time(*s.anchor, *drafts_[open].anchor);
      if (s.generic_statement || s.heading || elsewhen) {
        open = kNone;
      } else if (s.has_details()) {
        drafts_[open].detail_sentences.push_back(i);
      }
    }
  }

  void join(Draft& draft, std::size_t i) {
    const SentenceFacts& s = facts_[i];
    // A headline compresses ("agree to end fighting" over a peace deal): the
    // body's own account names the event unless it is vaguer.
    const bool headline_only = std::all_of(draft.event_sentences.begin(), draft.event_sentences.end(),
                                           [&](std::size_t e) { return facts_[e].in_title; });
    const bool body_corrects_headline = headline_only && !draft.event_sentences.empty() && !s.in_title &&
                                        s.event->specificity >= draft.best.specificity;
    draft.event_sentences.push_back(i);
    draft.places.insert(s.places.begin(), s.places.end());
    const std::vector<Scene> scenes = s.scenes_in(s.part_holding(s.event->start));
    draft.scenes.insert(draft.scenes.end(), scenes.begin(), scenes.end());
    if (s.anchor && (!draft.anchor || refines_date(*s.anchor, *draft.anchor))) draft.anchor = s.anchor;
    if (body_corrects_headline || refines(*s.event, draft.best)) draft.best = *s.event;
  }

  // "Coalition aircraft carried out air strikes in support of government
  // forces", right after the battles they supported: an undated event told
  // in the paragraph of the incident before it, with no word that it is
  // another time ("separate", "earlier"), happened then.
  void date_as_the_one_before(const Draft& before, Draft& draft, const SentenceFacts& s) const {
    if (draft.anchor || !before.anchor || s.event->cue == NewEventCue::separate) return;
    const SentenceFacts& last = facts_[before.event_sentences.back()];
    if (last.paragraph != s.paragraph) return;
    draft.anchor = before.anchor;
  }

  // "on Wednesday" after "last week": the same time, said more exactly.
  static bool refines_date(const DateAnchor& candidate, const DateAnchor& current) {
    return candidate.date && current.date && candidate.same_time_as(current) &&
           candidate.date->precision < current.date->precision;
  }

  // A headline that opened an incident of its own joins the first body
  // incident when they are the same kind of event; a headline about
  // something the body reports later stays on its own.
  void fold_headline() {
    if (drafts_.size() < 2) return;
    const Draft& head = drafts_.front();
    const bool title_only = std::all_of(head.event_sentences.begin(), head.event_sentences.end(),
                                        [&](std::size_t i) { return facts_[i].in_title; });
    if (!title_only) return;
    Draft& body = drafts_[1];
    const bool agrees = same_kind(head.best.sub_event, body.best.sub_event) ||
                        head.best.specificity != Specificity::specific ||
                        event_type_of(head.best.sub_event) == event_type_of(body.best.sub_event);
    if (!agrees) return;
    body.event_sentences.insert(body.event_sentences.begin(), head.event_sentences.begin(), head.event_sentences.end());
    body.detail_sentences.insert(body.detail_sentences.begin(), head.detail_sentences.begin(),
                                 head.detail_sentences.end());
    body.places.insert(head.places.begin(), head.places.end());
    drafts_.erase(drafts_.begin());
  }

  // The sentence the excerpt shows: the one that says what happened (the
  // incident's own type, the most specific words), then when, how many and
  // where; the earliest on a tie. The headline only when the body has none.
  std::size_t key_sentence(const Draft& draft) const {
    auto score = [&](std::size_t i) {
      const SentenceFacts& s = facts_[i];
      const int specificity = s.event->specificity == Specificity::specific ? 3
                              : s.event->specificity == Specificity::family ? 1
                                                                            : 0;
      return (s.event->sub_event == draft.best.sub_event ? 4 : 0) + specificity + (s.anchor ? 1 : 0) +
             (s.casualties.empty() ? 0 : 1) + (s.places.empty() ? 0 : 1) + (s.in_title ? -20 : 0);
    };
    std::size_t best = draft.event_sentences.front();
    for (const std::size_t i : draft.event_sentences) {
      if (score(i) > score(best) || (score(i) == score(best) && i < best)) best = i;
    }
    return best;
  }

  std::vector<std::size_t> sentences_of(const Draft& draft) const {
    std::vector<std::size_t> all = draft.event_sentences;
    all.insert(all.end(), draft.detail_sentences.begin(), draft.detail_sentences.end());
    std::sort(all.begin(), all.end());
    return all;
  }

  LocationScopes scopes_for(std::size_t d, std::size_t key) const {
    const Draft& draft = drafts_[d];
    LocationScopes scopes;
    const SentenceFacts& k = facts_[key];
    // The incident's own words when the key sentence holds them (a
    // sentence that tells two events), else the sentence's strongest.
    const bool own_words = k.span.contains(draft.best.start, draft.best.end);
    scopes.trigger = own_words ? TextSpan{draft.best.start, draft.best.end} : TextSpan{k.event->start, k.event->end};
    scopes.key_sentence = k.part_holding(scopes.trigger.start);
    std::set<std::size_t> paragraphs;
    for (const std::size_t i : draft.event_sentences) {
      scopes.event_sentences.push_back(facts_[i].span);
      paragraphs.insert(facts_[i].paragraph);
    }
    for (const std::size_t i : draft.detail_sentences) scopes.detail_sentences.push_back(facts_[i].span);
    for (const std::size_t p : paragraphs) {
      scopes.paragraphs.push_back(paragraph_span(paragraph_starts_, p, article_.text.size()));
    }
    if (dateline_) scopes.excluded.push_back(*dateline_);
    scopes.mentions_in_text_order = mentions_in_text_order_;
    // The picker asks only of mentions inside these scopes or a few words
    // from the key sentence: the sentences beyond cannot matter, and
    // listing them for every incident of a long article grew as the
    // product of its incidents and sentences.
    const TextSpan reach = reach_of(scopes);
    for (std::size_t i = first_sentence_reaching(reach); i < facts_.size() && facts_[i].span.start < reach.end; ++i) {
      const SentenceFacts& s = facts_[i];
      for (const ActorMention& a : s.actors) {
        (a.role == ActorRole::perpetrator ? scopes.excluded : scopes.targets).push_back({a.start, a.end});
      }
      // Another incident's sentence, not this one's.
      const std::vector<std::size_t>& owners = owners_[i];
      const bool own = std::find(owners.begin(), owners.end(), d) != owners.end();
      if (!own && !owners.empty()) scopes.excluded.push_back(s.span);
    }
    return scopes;
  }

  // Every span the picker may look in, and 64 bytes around it (the reach
  // of "X, a town in Y" from a name of the key sentence).
  static TextSpan reach_of(const LocationScopes& scopes) {
    constexpr std::uint32_t kAround = 64;
    TextSpan reach = scopes.key_sentence;
    for (const auto* spans : {&scopes.event_sentences, &scopes.detail_sentences, &scopes.paragraphs}) {
      for (const TextSpan& span : *spans) reach = {std::min(reach.start, span.start), std::max(reach.end, span.end)};
    }
    return {reach.start > kAround ? reach.start - kAround : 0, reach.end + kAround};
  }

  std::size_t first_sentence_reaching(const TextSpan& reach) const {
    const auto it = std::partition_point(facts_.begin(), facts_.end(),
                                         [&](const SentenceFacts& s) { return s.span.end <= reach.start; });
    return static_cast<std::size_t>(it - facts_.begin());
  }

  // Which incidents each sentence belongs to, once the incidents are
  // gathered.
  void note_owners() {
    owners_.assign(facts_.size(), {});
    for (std::size_t d = 0; d < drafts_.size(); ++d) {
      for (const std::size_t i : sentences_of(drafts_[d])) {
        if (owners_[i].empty() || owners_[i].back() != d) owners_[i].push_back(d);
      }
    }
  }

  Incident build(std::size_t d, std::optional<std::size_t> focus) const {
    const Draft& draft = drafts_[d];
    const std::size_t key = key_sentence(draft);
    Incident incident;
    incident.sub_event = draft.best.sub_event;
    if (draft.anchor) incident.date = draft.anchor->date;

    // The body's own statements first: the note quotes them, and a
    // headline's shorthand ("US Embassy") names an actor only when the body does not.
    std::vector<CasualtyReport> reports;
    std::vector<ActorMention> body_actors;
    std::vector<ActorMention> title_actors;
    for (const bool title : {false, true}) {
      for (const std::size_t i : sentences_of(draft)) {
        const SentenceFacts& f = facts_[i];
        if (f.in_title != title) continue;
        // Of a sentence that tells two events, the part that tells this one.
        const bool own_words = f.span.contains(draft.best.start, draft.best.end);
        const TextSpan part = f.part_holding(own_words ? draft.best.start : f.event ? f.event->start : f.span.start);
        for (const CasualtyReport& r : f.casualties) {
          if (part.contains(r.start, r.end)) reports.push_back(r);
        }
        auto& actors = title ? title_actors : body_actors;
        for (const ActorMention& a : f.actors) {
          if (part.overlaps(a.start, a.end)) actors.push_back(a);
        }
      }
    }
    CasualtyTally tally = tally_casualties(reports, article_.text);
    incident.fatalities = tally.fatalities;
    incident.injuries = tally.injuries;
    incident.casualties = tally.casualties;
    incident.note = std::move(tally.note);
    for (const ActorRole role : {ActorRole::perpetrator, ActorRole::target}) {
      auto actor = choose_actor(body_actors, role);
      if (!actor) actor = choose_actor(title_actors, role);
      (role == ActorRole::perpetrator ? incident.actor1 : incident.actor2) = std::move(actor);
    }
    PlaceOfEvent place = pick_place(article_.text, mentions_, scopes_for(d, key), focus);
    incident.location = std::move(place.location);
    incident.unlocated_place = std::move(place.unlocated);

    IncidentSource source;
    source.article_id = article_.id;
    source.title = article_.title;
    source.url = article_.url;
    source.file = article_.path;
    source.published = article_.published;
    source.excerpt_start = facts_[key].span.start;
    source.excerpt_end = facts_[key].span.end;
    if (dateline_ && dateline_->contains(source.excerpt_start, source.excerpt_start)) {
      source.excerpt_start = dateline_->end;  // the excerpt is the report, not where it was filed
    }
    source.excerpt = article_.text.substr(source.excerpt_start, source.excerpt_end - source.excerpt_start);
    incident.sources.push_back(std::move(source));
    incident.id = stable_incident_id(incident);
    return incident;
  }

  const Article& article_;
  const std::vector<Token>& tokens_;
  const std::vector<Sentence>& sentences_;
  const std::vector<PlaceMention>& mentions_;
  std::optional<TextSpan> dateline_;
  std::vector<std::uint32_t> paragraph_starts_;
  std::vector<SentenceFacts> facts_;
  std::vector<Draft> drafts_;
  std::vector<std::vector<std::size_t>> owners_;  // by sentence: the drafts it belongs to (note_owners)
  bool mentions_in_text_order_ = false;
};

}  // namespace

std::vector<Incident> extract_incidents(const Article& article, const std::vector<Token>& tokens,
                                        const std::vector<Sentence>& sentences,
                                        const std::vector<PlaceMention>& mentions) {
  return Builder(article, tokens, sentences, mentions).run();
}

std::vector<Incident> extract_incidents(const Article& article, const std::vector<PlaceMention>& mentions) {
  const auto tokens = tokenize(article.text);
  const auto sentences = split_sentences(article.text, tokens);
  return extract_incidents(article, tokens, sentences, mentions);
}

std::vector<Incident> extract_incidents(const Article& article, const Geoparser& geoparser) {
  const auto tokens = tokenize(article.text);
  const auto sentences = split_sentences(article.text, tokens);
  return extract_incidents(article, tokens, sentences, geoparser.parse(article.text, tokens, sentences));
}

}  // namespace incimap::geo
