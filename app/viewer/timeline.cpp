#include "app/viewer/timeline.hpp"

#include <algorithm>
#include <limits>

namespace incimap::app {

Timeline::Timeline(std::span<const render::Incident> incidents, const IncidentFilter& filter) {
  int first = std::numeric_limits<int>::max(), last = std::numeric_limits<int>::min();
  for (const render::Incident& incident : incidents) {
    if (!incident.day()) continue;
    first = std::min(first, *incident.day());
    last = std::max(last, *incident.day());
  }
  if (first > last) return;
  span_ = {first, last};
  width_ = span_.length() <= kMaxDayBinSpan ? BinWidth::day : BinWidth::week;
  counts_.assign(std::size_t((span_.length() + days_per_bin() - 1) / days_per_bin()), 0.0f);
  for (const render::Incident& incident : incidents) {
    if (!passes(incident, filter, DateCheck::ignore)) continue;
    if (incident.day()) {
      counts_[bin_of(*incident.day())] += 1;
    } else {
      ++undated_;
    }
  }
  max_count_ = *std::max_element(counts_.begin(), counts_.end());
}

std::size_t Timeline::bin_of(int day) const noexcept {
  const int offset = std::clamp(day - span_.first, 0, span_.length() - 1);
  return std::size_t(offset / days_per_bin());
}

DayRange Timeline::bin_days(std::size_t bin) const noexcept {
  const int first = span_.first + int(bin) * days_per_bin();
  return {first, std::min(span_.last, first + days_per_bin() - 1)};
}

std::optional<DayRange> next_playback_range(const Timeline& timeline, DayRange current, int bins, PlaybackEnd at_end) {
  const int step = timeline.days_per_bin() * bins;
  if (current.first + step > timeline.span().last) {
    if (at_end == PlaybackEnd::stop) return std::nullopt;
    return DayRange{timeline.span().first, timeline.span().first + current.length() - 1};
  }
  if (current.first + step < timeline.span().first) {
    return DayRange{timeline.span().first, timeline.span().first + current.length() - 1};
  }
  return DayRange{current.first + step, current.last + step};
}

DayRange initial_playback_range(const Timeline& timeline, int window_days) {
  const int wanted = window_days > 0 ? window_days : timeline.span().length() / 10;
  const int length = std::max(timeline.days_per_bin(), wanted);
  return {timeline.span().first, timeline.span().first + length - 1};
}

}  // namespace incimap::app
