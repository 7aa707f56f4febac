#include "geo/incidents/incident_merger.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <string_view>
#include <tuple>
#include <utility>

#include "geo/incidents/date_resolver.hpp"
#include "geo/text/fnv1a.hpp"
#include "geo/ingest/published_time.hpp"

namespace incimap::geo {
namespace {

// Outlets in other time zones date one event a day apart: a day-precision
// date matches the days either side too.
DayRange window_of(const EventDate& date) {
  DayRange range = period_of(date);
  if (date.precision == DatePrecision::day) {
    --range.first;
    ++range.last;
  }
  return range;
}

std::int64_t month_index(long days) {
  const CivilDate c = civil_from_days(days);
  return static_cast<std::int64_t>(c.year) * 12 + (c.month - 1);
}

// Latitude bands of half a degree (55 km, more than kMergeDistanceKm): two
// places close enough to merge lie in the same band or in neighbouring ones.
// Without them a month of a million-incident merge compares every pair.
constexpr double kBandDegrees = 0.5;

std::int64_t latitude_band(const Incident& incident) {
  return static_cast<std::int64_t>(std::floor((incident.location->place.position.lat() + 90.0) / kBandDegrees));
}

std::int64_t bucket_key(std::int64_t type, std::int64_t month, std::int64_t band) {
  return (type * 100'000 + month) * 1'000 + band;
}

// One key per month the date window touches: the buckets it is filed under.
std::vector<std::int64_t> bucket_keys(const Incident& incident) {
  const DayRange w = window_of(*incident.date);
  const std::int64_t type = static_cast<std::int64_t>(incident.event_type());
  const std::int64_t band = latitude_band(incident);
  std::vector<std::int64_t> keys;
  for (std::int64_t m = month_index(w.first); m <= month_index(w.last); ++m) keys.push_back(bucket_key(type, m, band));
  return keys;
}

bool is_catch_all(SubEventType sub_event) {
  return sub_event == SubEventType::attack || sub_event == SubEventType::remote_explosive_landmine_ied ||
         sub_event == SubEventType::armed_clash || sub_event == SubEventType::peaceful_protest;
}

bool compatible_types(const Incident& a, const Incident& b) {
  if (a.event_type() != b.event_type()) return false;
  return a.sub_event == b.sub_event || is_catch_all(a.sub_event) || is_catch_all(b.sub_event);
}

bool overlapping_dates(const EventDate& a, const EventDate& b) {
  const DayRange wa = window_of(a);
  const DayRange wb = window_of(b);
  return wa.first <= wb.last && wb.first <= wa.last;
}

bool same_place(const IncidentLocation& a, const IncidentLocation& b) {
  if (a.place.geonameid != 0 && a.place.geonameid == b.place.geonameid) return true;
  const bool coarse = a.precision == GeoPrecision::region || b.precision == GeoPrecision::region;
  if (coarse) return a.place.name == b.place.name && a.place.country == b.place.country;
  return great_circle_km(a.place.position, b.place.position) <= kMergeDistanceKm;
}

bool same_incident(const Incident& a, const Incident& b) {
  return a.date && b.date && a.location && b.location && compatible_types(a, b) &&
         overlapping_dates(*a.date, *b.date) && same_place(*a.location, *b.location);
}

int attribution_rank(const std::optional<Actor>& actor) {
  if (!actor) return -1;
  if (!actor->attribution) return 0;
  return 1 + static_cast<int>(*actor->attribution);
}

// Adds a clause once: a record that absorbs a hundred reports keeps one
// note per disagreement, not a hundred.
void append_note(std::string& note, const std::string& addition) {
  if (addition.empty() || note.find(addition) != std::string::npos) return;
  if (!note.empty()) note += "; ";
  note += addition;
}

void merge_count(std::optional<std::uint32_t>& into, const std::optional<std::uint32_t>& other, std::string_view name,
                 const std::string& into_article, const std::string& other_article, std::string& note) {
  if (!other) return;
  const std::string clause = std::string(name) + ": sources differ";
  if (into && *into != *other && note.find(clause) == std::string::npos) {
    append_note(note, clause + ", " + std::to_string(*into) + " (" + into_article + ") vs " + std::to_string(*other) +
                          " (" + other_article + "); the higher count is kept");
  }
  into = into ? std::max(*into, *other) : *other;
}

// The middle of a date's window, in half days (an integer for any window).
long twice_midpoint(const EventDate& date) {
  const DayRange period = period_of(date);
  return period.first + period.last;
}

UnlistedSource identity_of(const IncidentSource& source) {
  return {source.article_id, source.excerpt_start, source.excerpt_end};
}

const std::string& first_article(const Incident& incident) {
  static const std::string kNone;
  return incident.sources.empty() ? kNone : incident.sources.front().article_id;
}

bool lists(const Incident& incident, const UnlistedSource& report) {
  return std::any_of(incident.sources.begin(), incident.sources.end(), [&](const IncidentSource& s) {
    return s.article_id == report.article_id && s.excerpt_start == report.excerpt_start &&
           s.excerpt_end == report.excerpt_end;
  });
}

bool holds_unlisted(const Incident& incident, const UnlistedSource& report) {
  return std::binary_search(incident.unlisted_sources.begin(), incident.unlisted_sources.end(), report);
}

// Precondition (cap_listed_sources): the listed reports are the smallest
// held, at most kMaxListedSources, and the unlisted ones are sorted, each
// above every listed one. A report joins one side keeping that, without
// sorting what is held: a story syndicated a thousand times merges in
// linear time, not a sort per copy.
void add_unlisted_report(Incident& into, UnlistedSource report) {
  if (lists(into, report)) return;
  auto& unlisted = into.unlisted_sources;
  const auto at = std::lower_bound(unlisted.begin(), unlisted.end(), report);
  if (at == unlisted.end() || *at != report) unlisted.insert(at, std::move(report));
}

void add_report(Incident& into, const IncidentSource& source) {
  UnlistedSource report = identity_of(source);
  if (lists(into, report) || holds_unlisted(into, report)) return;
  if (into.sources.size() < kMaxListedSources) {
    into.sources.push_back(source);
    return;
  }
  const auto key = [](const IncidentSource& s) { return std::tie(s.article_id, s.excerpt_start, s.excerpt_end); };
  const auto largest = std::max_element(into.sources.begin(), into.sources.end(),
                                        [&](const IncidentSource& a, const IncidentSource& b) { return key(a) < key(b); });
  if (identity_of(*largest) < report) return add_unlisted_report(into, std::move(report));
  UnlistedSource evicted = identity_of(*largest);
  into.sources.erase(largest);
  into.sources.push_back(source);
  add_unlisted_report(into, std::move(evicted));
}

}  // namespace

void merge_incident(Incident& into, const Incident& other) {
  if (other.id < into.id) into.id = other.id;
  if (is_catch_all(into.sub_event) && !is_catch_all(other.sub_event)) into.sub_event = other.sub_event;
  if (other.date && (!into.date || other.date->precision < into.date->precision)) into.date = other.date;
  if (other.location) {
    const bool better = !into.location || other.location->precision < into.location->precision ||
                        (other.location->precision == into.location->precision &&
                         other.location->confidence > into.location->confidence);
    if (better) into.location = other.location;
  }
  if (attribution_rank(other.actor1) > attribution_rank(into.actor1)) into.actor1 = other.actor1;
  if (attribution_rank(other.actor2) > attribution_rank(into.actor2)) into.actor2 = other.actor2;
  const std::string& mine = first_article(into);
  const std::string& theirs = first_article(other);
  merge_count(into.fatalities, other.fatalities, "fatalities", mine, theirs, into.note);
  merge_count(into.injuries, other.injuries, "injuries", mine, theirs, into.note);
  merge_count(into.casualties, other.casualties, "casualties", mine, theirs, into.note);
  append_note(into.note, other.note);
  // Listed first: an unlisted report of `other` had kMaxListedSources
  // listed ones below it there, so it stays unlisted here too.
  for (const IncidentSource& source : other.sources) add_report(into, source);
  for (const UnlistedSource& report : other.unlisted_sources) add_unlisted_report(into, report);
}

void cap_listed_sources(Incident& incident) {
  std::vector<UnlistedSource>& unlisted = incident.unlisted_sources;
  if (incident.sources.size() <= kMaxListedSources && unlisted.empty()) return;
  // Every report held, listed or not, once each, in ascending order.
  std::vector<UnlistedSource> all = unlisted;
  for (const IncidentSource& s : incident.sources) all.push_back(identity_of(s));
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  // The smallest reports stay listed. Each was listed wherever it came from
  // (it was among the smallest there too), so none lacks its details.
  const std::size_t listed = std::min(all.size(), kMaxListedSources);
  const auto listed_end = all.begin() + static_cast<std::ptrdiff_t>(listed);
  std::vector<UnlistedSource> kept;
  std::vector<IncidentSource> sources;
  for (IncidentSource& s : incident.sources) {
    UnlistedSource id = identity_of(s);
    if (!std::binary_search(all.begin(), listed_end, id)) continue;
    kept.push_back(std::move(id));
    sources.push_back(std::move(s));
  }
  std::sort(kept.begin(), kept.end());
  incident.sources = std::move(sources);
  unlisted.clear();
  std::set_difference(all.begin(), all.end(), kept.begin(), kept.end(), std::back_inserter(unlisted));
}

std::string report_key(const Incident& incident, const IncidentSource& source) {
  return report_key(incident, identity_of(source));
}

std::string report_key(const Incident& incident, const UnlistedSource& source) {
  return source.article_id + '|' + std::to_string(source.excerpt_start) + '|' + std::to_string(source.excerpt_end) +
         '|' + std::to_string(static_cast<int>(incident.event_type()));
}

void IncidentMerger::add(std::vector<Incident> incidents) {
  for (Incident& incident : incidents) add_one(std::move(incident));
}

std::optional<std::size_t> IncidentMerger::holder_of(const Incident& incident) const {
  for (const IncidentSource& s : incident.sources) {
    if (const auto it = reports_.find(report_key(incident, s)); it != reports_.end()) return it->second;
  }
  for (const UnlistedSource& s : incident.unlisted_sources) {
    if (const auto it = reports_.find(report_key(incident, s)); it != reports_.end()) return it->second;
  }
  return std::nullopt;
}

void IncidentMerger::remember_reports(const Incident& incident, std::size_t index) {
  for (const IncidentSource& s : incident.sources) reports_.emplace(report_key(incident, s), index);
  for (const UnlistedSource& s : incident.unlisted_sources) reports_.emplace(report_key(incident, s), index);
}

void IncidentMerger::remember_articles(const Incident& incident, std::size_t index) {
  for (const IncidentSource& s : incident.sources) article_ids_[index].insert(s.article_id);
  for (const UnlistedSource& s : incident.unlisted_sources) article_ids_[index].insert(s.article_id);
}

void IncidentMerger::add_one(Incident incident) {
  if (const auto holder = holder_of(incident)) {
    merge_incident(incidents_[*holder], incident);
    remember_articles(incident, *holder);
    remember_reports(incident, *holder);
    return;
  }
  if (!incident.date || !incident.location) {
    cap_listed_sources(incident);
    remember_reports(incident, incidents_.size());
    incidents_.push_back(std::move(incident));
    article_ids_.emplace_back();
    return;
  }
  const auto keys = bucket_keys(incident);
  if (const auto match = best_match(incident, keys)) {
    Incident& into = incidents_[*match];
    merge_incident(into, incident);
    remember_articles(incident, *match);
    remember_reports(incident, *match);
    file_under(bucket_keys(into), *match);  // a better date or place can move it
    return;
  }
  const std::size_t index = incidents_.size();
  cap_listed_sources(incident);
  remember_reports(incident, index);
  article_ids_.emplace_back();
  remember_articles(incident, index);
  incidents_.push_back(std::move(incident));
  for (const std::int64_t key : keys) by_month_[key].push_back(index);
}

// Of the records it may merge with (its date window's months, its own
// latitude band or the two beside it), the nearest in time, then in space,
// then the smallest id: chosen on content, so that the order the records
// came in (a file's, a GeoPackage's in FID order) does not decide it.
std::optional<std::size_t> IncidentMerger::best_match(const Incident& incident,
                                                      const std::vector<std::int64_t>& keys) const {
  std::optional<std::size_t> best;
  std::tuple<long, double, std::string_view> best_distance;
  for (const std::int64_t key : keys) {
    for (const std::int64_t band_offset : {-1, 0, 1}) {
      const auto it = by_month_.find(key + band_offset);
      if (it == by_month_.end()) continue;
      for (const std::size_t index : it->second) {
        if (best == index) continue;  // filed under two months
        const Incident& held = incidents_[index];
        // The distance first: it is numbers, and most candidates are no
        // nearer than the best so far, which spares their string tests.
        const auto distance = std::make_tuple(
            std::labs(twice_midpoint(*held.date) - twice_midpoint(*incident.date)),
            great_circle_km(held.location->place.position, incident.location->place.position), std::string_view(held.id));
        if (best && !(distance < best_distance)) continue;
        if (!same_incident(held, incident)) continue;
        // One article's incidents were kept apart on purpose by the builder.
        if (article_ids_[index].count(first_article(incident)) != 0) continue;
        best = index;
        best_distance = distance;
      }
    }
  }
  return best;
}

void IncidentMerger::file_under(const std::vector<std::int64_t>& keys, std::size_t index) {
  for (const std::int64_t key : keys) {
    std::vector<std::size_t>& bucket = by_month_[key];
    const auto at = std::lower_bound(bucket.begin(), bucket.end(), index);
    if (at == bucket.end() || *at != index) bucket.insert(at, index);
  }
}

std::vector<Incident> IncidentMerger::take() {
  by_month_.clear();
  article_ids_.clear();
  reports_.clear();
  std::vector<Incident> merged = std::exchange(incidents_, {});
  make_ids_unique(merged);
  return merged;
}

void make_ids_unique(std::vector<Incident>& incidents) {
  std::unordered_map<std::string, std::size_t> uses;
  for (const Incident& incident : incidents) ++uses[incident.id];
  for (Incident& incident : incidents) {
    if (uses[incident.id] < 2 || incident.sources.empty()) continue;
    std::string smallest = report_key(incident, incident.sources.front());
    for (const IncidentSource& s : incident.sources) smallest = std::min(smallest, report_key(incident, s));
    for (const UnlistedSource& s : incident.unlisted_sources) smallest = std::min(smallest, report_key(incident, s));
    incident.id = hex16(fnv1a64(smallest, fnv1a64(incident.id + '|')));
  }
}

}  // namespace incimap::geo
