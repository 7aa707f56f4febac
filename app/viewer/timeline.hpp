#pragma once
// Incidents per day (or per week over long spans) for the date-range
// slider's histogram, and the bin arithmetic playback steps by.

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "app/viewer/incident_filter.hpp"
#include "render/model/incident.hpp"

namespace incimap::app {

enum class BinWidth : std::uint8_t { day = 1, week = 7 };  // value: days per bin

// Day bins up to this span (about a year), week bins beyond.
inline constexpr int kMaxDayBinSpan = 400;

class Timeline {
 public:
  Timeline() = default;
  // Bins cover the dated incidents' whole span; counts are of those passing
  // `filter` with its date range ignored, so the histogram shows what the
  // range slider would select.
  Timeline(std::span<const render::Incident> incidents, const IncidentFilter& filter);

  bool empty() const noexcept { return counts_.empty(); }
  DayRange span() const noexcept { return span_; }
  BinWidth bin_width() const noexcept { return width_; }
  int days_per_bin() const noexcept { return int(width_); }
  std::span<const float> counts() const noexcept { return counts_; }
  float max_count() const noexcept { return max_count_; }
  std::size_t undated() const noexcept { return undated_; }

  // Precondition: !empty(). Days outside the span clamp to the first/last bin.
  std::size_t bin_of(int day) const noexcept;
  DayRange bin_days(std::size_t bin) const noexcept;

 private:
  DayRange span_;
  BinWidth width_ = BinWidth::day;
  std::vector<float> counts_;
  float max_count_ = 0;
  std::size_t undated_ = 0;
};

// How playback runs: how fast, how many days it shows at a time, and what
// it does at the end of the span.
enum class PlaybackEnd : std::uint8_t { loop, stop };
struct PlaybackSettings {
  double speed = 1;     // bins a tick of kPlaybackStepSeconds: 0.5, 1, 2, 4
  int window_days = 0;  // days shown at a time; 0: a tenth of the span
  PlaybackEnd at_end = PlaybackEnd::loop;
  constexpr bool operator==(const PlaybackSettings&) const noexcept = default;
};

// The range `bins` bins later (earlier when negative). Past the end it
// starts again from the first day (loop) or is nullopt (stop); before the
// start it holds at the first day.
std::optional<DayRange> next_playback_range(const Timeline& timeline, DayRange current, int bins = 1,
                                            PlaybackEnd at_end = PlaybackEnd::loop);
// The window playback starts with when no range is set: `window_days` from
// the first day, or when 0 about a tenth of the span; at least one bin.
DayRange initial_playback_range(const Timeline& timeline, int window_days = 0);

}  // namespace incimap::app
