#pragma once
// Undo and redo of location fixes (Ctrl+Z, Ctrl+Shift+Z): each fix records
// the incident's correction before and after it, by incident id, so that
// history survives a reload that renumbers the incidents. A new fix clears
// what could be redone, as in any editor.

#include <optional>
#include <string>
#include <vector>

#include "geo/base/lonlat.hpp"

namespace incimap::app {

// An incident's correction as a fix leaves it: where, and the place picked
// (empty when dragged). None: as the geocoder placed it.
struct FixState {
  geo::LonLat where = geo::LonLat::from(geo::Longitude{0}, geo::Latitude{0});
  std::string location;
};

struct Fix {
  std::string incident_id;
  std::optional<FixState> before;
  std::optional<FixState> after;
};

class FixHistory {
 public:
  void record(Fix fix);
  bool can_undo() const noexcept { return !done_.empty(); }
  bool can_redo() const noexcept { return !undone_.empty(); }
  // The fix to take back (apply its `before`); it becomes redoable.
  std::optional<Fix> undo();
  // The fix to make again (apply its `after`); it becomes undoable.
  std::optional<Fix> redo();

 private:
  std::vector<Fix> done_;
  std::vector<Fix> undone_;
};

}  // namespace incimap::app
