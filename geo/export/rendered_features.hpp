#pragma once
// Features already serialised, for a writer that only copies their bytes.
//
// Serialising a feature (the record's values, JSON escaping, numbers) is
// most of what writing one costs, and the output is written on one thread:
// at -j N the merged file of `extract` was a tenth of the run spent on one
// core. An IncidentWriter whose format is text it makes itself renders a
// run of incidents into one of these on any thread (IncidentWriter::render),
// and then writes it in order (IncidentWriter::write), the same bytes
// write(incident) gives one at a time.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace incimap::geo {

class RenderedFeatures {
 public:
  // The text one feature is appended to, in place; end_feature() closes
  // it. A feature has no separator: the writer puts what its layout needs
  // between features.
  std::string& text() noexcept { return text_; }
  void end_feature() { ends_.push_back(text_.size()); }

  std::size_t size() const noexcept { return ends_.size(); }
  std::string_view feature(std::size_t i) const noexcept {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(text_).substr(begin, ends_[i] - begin);
  }

 private:
  std::string text_;
  std::vector<std::size_t> ends_;  // where each feature's text ends in text_
};

}  // namespace incimap::geo
