#pragma once
// The same incident reported by several articles becomes one record that
// lists every source.
//
// Two incidents from different articles are the same when they have the
// same event type and compatible sub-types (equal, or one is the type's
// catch-all: "Attack", "Remote explosive/landmine/IED", "Armed clash",
// "Peaceful protest"), their dates overlap (a day either side for day
// precision, since outlets in other time zones date an event differently;
// three days for week; the calendar month for month), and their places are
// the same gazetteer entry or within kMergeDistanceKm. Undated or unlocated
// incidents never merge: nothing says they are the same. A report that
// could join several records joins the nearest in time, then in space, then
// the one with the smallest id, whatever order the records came in.
//
// A report the merger already holds (the same article's same excerpt, of the
// same event type) is absorbed by the record that holds it, whatever its
// date or place: overlapping shards, or a merged file merged again, add
// nothing twice. So merging is idempotent, and `incimap merge` of shards
// gives the records one `extract` over all their articles gives.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "geo/incidents/incident.hpp"

namespace incimap::geo {

// Two reports of one event place it in the same city or district.
inline constexpr double kMergeDistanceKm = 25.0;

// A record lists at most this many sources with their title, URL and
// excerpt: a story syndicated to a thousand outlets would otherwise carry
// a third of a megabyte of sources. The listed ones are the reports with
// the smallest (article_id, excerpt_start, excerpt_end); the rest are kept
// as those three values only (Incident::unlisted_sources), so the count is
// exact, a merge still recognises them, and which sources are listed
// depends only on the reports held, never on the order they came in.
inline constexpr std::size_t kMaxListedSources = 50;

class IncidentMerger {
 public:
  // Takes one article's incidents.
  void add(std::vector<Incident> incidents);
  std::size_t size() const noexcept { return incidents_.size(); }
  // The merged incidents in the order first seen, each id unique (see
  // make_ids_unique); the merger is empty after.
  std::vector<Incident> take();

 private:
  void add_one(Incident incident);
  // The record that already holds one of `incident`'s reports, if any.
  std::optional<std::size_t> holder_of(const Incident& incident) const;
  void remember_reports(const Incident& incident, std::size_t index);
  void remember_articles(const Incident& incident, std::size_t index);
  std::optional<std::size_t> best_match(const Incident& incident, const std::vector<std::int64_t>& keys) const;
  void file_under(const std::vector<std::int64_t>& keys, std::size_t index);
  std::vector<Incident> incidents_;
  std::vector<std::unordered_set<std::string>> article_ids_;  // per incident: its sources' articles
  // (event type, month, latitude band) -> indices of dated, located
  // incidents whose date window touches that month, in ascending order.
  std::unordered_map<std::int64_t, std::vector<std::size_t>> by_month_;
  // report_key() of every source held -> the record holding it.
  std::unordered_map<std::string, std::size_t> reports_;
};

// Records that share an id (one article's two incidents the builder kept
// apart, same day, type and place) each get a new one: a hash of the id
// and the record's smallest report_key, so that the id stays a key and
// still depends on the record alone, not on which of the two came first.
void make_ids_unique(std::vector<Incident>& incidents);

// A source's identity as a report of an event: article, excerpt offsets and
// event type (one sentence can tell a shelling and a clash).
std::string report_key(const Incident& incident, const IncidentSource& source);
std::string report_key(const Incident& incident, const UnlistedSource& source);

// Moves the sources past the kMaxListedSources smallest reports into
// unlisted_sources (and drops an unlisted report that is also listed).
void cap_listed_sources(Incident& incident);

// Folds `other`'s sources and any better facts into `into`. The record's id
// becomes the smaller of the two, so a merged incident's id depends on the
// reports it holds, not on which shard or which order brought them.
// Precondition: `into` went through cap_listed_sources (the merger keeps it so).
void merge_incident(Incident& into, const Incident& other);

}  // namespace incimap::geo
