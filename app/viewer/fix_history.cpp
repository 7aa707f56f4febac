#include "app/viewer/fix_history.hpp"

namespace incimap::app {

void FixHistory::record(Fix fix) {
  done_.push_back(std::move(fix));
  undone_.clear();
}

std::optional<Fix> FixHistory::undo() {
  if (done_.empty()) return std::nullopt;
  Fix fix = std::move(done_.back());
  done_.pop_back();
  undone_.push_back(fix);
  return fix;
}

std::optional<Fix> FixHistory::redo() {
  if (undone_.empty()) return std::nullopt;
  Fix fix = std::move(undone_.back());
  undone_.pop_back();
  done_.push_back(fix);
  return fix;
}

}  // namespace incimap::app
