#pragma once
// One incident: what happened, when, who, how many, where, and the article
// text that says so. The fields follow DESIGN.md's incident record (ACLED's
// names where the meaning matches); nullable fields are std::optional.

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/incidents/taxonomy.hpp"
#include "geo/ingest/article.hpp"
#include "geo/resolve/place_mention.hpp"

namespace incimap::geo {

// ACLED's time_precision codes.
enum class DatePrecision : std::uint8_t { day = 1, week = 2, month = 3 };

struct EventDate {
  long days = 0;  // days since 1970-01-01 (see days_from_civil)
  DatePrecision precision = DatePrecision::day;
  constexpr bool operator==(const EventDate&) const noexcept = default;
};

// How the text attributes an actor. Absent when it just names one ("the
// group launched eight rockets").
enum class Attribution : std::uint8_t {
  suspected,  // "likely", "suspected", "believed to be", "blamed on"
  claimed,    // "claimed responsibility"
  confirmed,  // "confirmed ... responsible", not negated
};

constexpr std::string_view attribution_name(Attribution attribution) noexcept {
  switch (attribution) {
    case Attribution::suspected:
      return "suspected";
    case Attribution::claimed:
      return "claimed";
    case Attribution::confirmed:
      return "confirmed";
  }
  return "suspected";
}

struct Actor {
  std::string name;  // the phrase as written: "an Iran-backed militia"
  std::optional<Attribution> attribution;
};

// ACLED's geo_precision codes.
enum class GeoPrecision : std::uint8_t {
  place = 1,   // the town or landmark the text ties to the event
  near = 2,    // near a place / part of a region / from the surrounding paragraph
  region = 3,  // region or country, or the article's focus place
};

struct IncidentLocation {
  GazetteerPlace place;
  GeoPrecision precision = GeoPrecision::region;
  double confidence = 0;  // the geocoder's 0..1
  // The mention in the article text the place was taken from.
  std::string matched_text;
  std::uint32_t matched_start = 0;  // UTF-8 byte offsets into Article::text
  std::uint32_t matched_end = 0;
};

// A place the text names for the incident that neither the gazetteer nor
// any place around it resolves ("the village of Guermenshuk" in a one-line
// report): its name and span, without coordinates, so that the record says
// where and the analyst can place it by hand.
struct UnlocatedPlace {
  std::string text;
  std::uint32_t start = 0;  // UTF-8 byte offsets into Article::text
  std::uint32_t end = 0;
  bool operator==(const UnlocatedPlace&) const = default;
};

// One article that reports the incident.
struct IncidentSource {
  std::string article_id;
  std::string title;
  std::string url;
  std::string file;
  std::optional<PublishedTime> published;
  std::string excerpt;              // the sentence(s) that carry the incident
  std::uint32_t excerpt_start = 0;  // UTF-8 byte offsets into Article::text
  std::uint32_t excerpt_end = 0;
};

// A report a record holds without listing it (past kMaxListedSources,
// incident_merger.hpp): the article and excerpt offsets that identify it,
// so that the count stays exact and a merge still knows it is held.
struct UnlistedSource {
  std::string article_id;
  std::uint32_t excerpt_start = 0;
  std::uint32_t excerpt_end = 0;
  auto operator<=>(const UnlistedSource&) const = default;
};

struct Incident {
  std::string id;  // stable across runs; see incident_id.hpp
  SubEventType sub_event = SubEventType::attack;
  std::optional<EventDate> date;
  std::optional<Actor> actor1;  // perpetrator
  std::optional<Actor> actor2;  // target
  // Counts the text states; absent when it states none. "no injuries" is 0.
  std::optional<std::uint32_t> fatalities;
  std::optional<std::uint32_t> injuries;
  // Killed-or-injured counts the text does not split ("one civilian casualty").
  std::optional<std::uint32_t> casualties;
  // Why a field holds what it holds when the sources disagree or are vague.
  std::string note;
  std::optional<IncidentLocation> location;
  // Set only when `location` is not: the place the text names but nothing resolves.
  std::optional<UnlocatedPlace> unlocated_place;
  // The first source is the one the flat fields (title, excerpt, ...) show.
  std::vector<IncidentSource> sources;
  // The reports past the listed ones, in ascending order; empty unless a
  // syndicated story has more than kMaxListedSources copies.
  std::vector<UnlistedSource> unlisted_sources;

  // How many reports the record holds, listed or not.
  std::size_t source_count() const noexcept { return sources.size() + unlisted_sources.size(); }
  EventType event_type() const noexcept { return event_type_of(sub_event); }
};

}  // namespace incimap::geo
