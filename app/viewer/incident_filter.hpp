#pragma once
// Which incidents the viewer shows: a search text, an event type, a country,
// a minimum geocode confidence and a date range. The map, the table and the
// export all use the same filter.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "render/model/incident.hpp"

namespace incimap::app {

// Days since 1970-01-01, both ends included.
struct DayRange {
  int first = 0;
  int last = 0;
  constexpr bool contains(int day) const noexcept { return day >= first && day <= last; }
  constexpr int length() const noexcept { return last - first + 1; }
  constexpr bool operator==(const DayRange&) const noexcept = default;
};

struct IncidentFilter {
  // Case-insensitive (ASCII letters) substring of the title, place, matched
  // text, actors, excerpt, source or id; empty matches everything.
  std::string text;
  std::string event_type;  // exact; empty: any
  std::string country;     // ISO 3166-1 alpha-2; empty: any
  double min_confidence = 0;  // 0..1, against geocode_confidence
  // Only incidents dated inside it; undated ones are hidden while it is set.
  std::optional<DayRange> days;

  bool operator==(const IncidentFilter&) const = default;
  bool is_empty() const noexcept { return *this == IncidentFilter{}; }
};

enum class DateCheck : std::uint8_t { apply, ignore };

bool passes(const render::Incident& incident, const IncidentFilter& filter, DateCheck dates = DateCheck::apply);

// One byte per incident, 1 when it passes. Runs on all cores for large inputs.
std::vector<std::uint8_t> filter_mask(std::span<const render::Incident> incidents, const IncidentFilter& filter);

// True when `haystack` contains `needle`, ignoring ASCII case. An empty needle is found everywhere.
bool contains_ignoring_case(std::string_view haystack, std::string_view needle) noexcept;

}  // namespace incimap::app
