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
// incidents never merge: nothing says they are the same.

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "geo/incidents/incident.hpp"

namespace incimap::geo {

// Two reports of one event place it in the same city or district.
inline constexpr double kMergeDistanceKm = 25.0;

class IncidentMerger {
 public:
  // Takes one article's incidents.
  void add(std::vector<Incident> incidents);
  std::size_t size() const noexcept { return incidents_.size(); }
  // The merged incidents in the order first seen; the merger is empty after.
  std::vector<Incident> take();

 private:
  void add_one(Incident incident);
  std::vector<Incident> incidents_;
  std::vector<std::unordered_set<std::string>> article_ids_;  // per incident: its sources' articles
  // (event type, month) -> indices of dated, located incidents whose date window touches that month.
  std::unordered_map<std::int64_t, std::vector<std::size_t>> by_month_;
};

// Folds `other`'s sources and any better facts into `into`; `into` keeps its id.
void merge_incident(Incident& into, const Incident& other);

}  // namespace incimap::geo
