#pragma once
// One incident as the map shows it: the incident record (geo/record) the
// file or the extraction gave, plus what the map derives from it.

#include <cassert>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "geo/record/incident_record.hpp"

namespace incimap::render {

struct Incident : geo::IncidentRecord {
  Incident() = default;
  // Precondition: record.position is set (the map holds only placed incidents).
  explicit Incident(geo::IncidentRecord record);
  // A record without a title (a spreadsheet row) is named by its source.
  void title_untitled();

  // Where it is drawn.
  geo::LonLat where() const noexcept {
    assert(position && "the map holds only placed incidents");
    return *position;
  }
  // Days since 1970-01-01 of event_date, for the timeline and the table.
  std::optional<int> day() const noexcept {
    return event_date ? std::optional<int>(static_cast<int>(event_date->days)) : std::nullopt;
  }
  // event_date as the exports write it ("2024-03-07"); empty when undated.
  std::string date_text() const;
  // A count the text did not state reads as none.
  int fatalities_or_zero() const noexcept { return static_cast<int>(fatalities.value_or(0)); }
  double confidence() const noexcept { return geocode_confidence.value_or(1.0); }
  geo::GeoPrecision precision() const noexcept { return geo_precision.value_or(geo::GeoPrecision::place); }
  // Where the matched place name sits in the article's text (UTF-8 byte offsets), when the record says.
  std::optional<std::pair<std::size_t, std::size_t>> matched_span() const noexcept;
  // Where the matched place name sits in the excerpt, as byte offsets into
  // `excerpt`; nullopt when it does not occur there.
  std::optional<std::pair<std::size_t, std::size_t>> mention_in_excerpt() const;
  // The candidates as lines, "Baghdad (IQ) 0.93", whether the file listed
  // strings or {name, country, score} objects.
  std::vector<std::string> candidate_lines() const;
  // Low geo precision or confidence: drawn with a halo.
  bool is_uncertain() const noexcept { return precision() != geo::GeoPrecision::place || confidence() < 0.6; }
};

// Days since 1970-01-01 for "YYYY-MM-DD" (a longer timestamp is cut to its
// date); nullopt when it is not a valid date.
std::optional<int> parse_day(std::string_view date);
std::string format_day(int day);  // "YYYY-MM-DD"

}  // namespace incimap::render
