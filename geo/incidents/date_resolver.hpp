#pragma once
// When an event happened, from the words of its sentence and the article's
// publication time: "on Sunday night" is the last Sunday on or before
// publication, "in November" the last November, "earlier this month" the
// month of publication, "early January" about the 5th, "yesterday" the day
// before. Explicit dates ("January 5, 2020", "5 Jan", "2020-01-05") need
// the publication time only when they omit the year.
//
// Ranges and their ends are not event dates ("since October", "until
// March", "by Friday"), nor are other events' dates ("after Tuesday's
// bombing"), nor future references ("next week").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/incidents/incident.hpp"
#include "geo/incidents/sentence_words.hpp"
#include "geo/ingest/article.hpp"

namespace incimap::geo {

struct DateAnchor {
  // The expression, normalised, so two sentences can be compared when no
  // publication time resolves them: "weekday:0", "month:11", "month:1:early",
  // "relative-month:0", "date:2020-01-05".
  std::string key;
  // Absent when the expression is relative and the article has no time.
  std::optional<EventDate> date;
  std::uint32_t start = 0;  // UTF-8 byte offsets of the expression
  std::uint32_t end = 0;
  // The expression dates the report of the event, not the event ("sources
  // said on Monday"): the event happened that day or before it.
  bool dates_report = false;

  // Both resolved: their periods overlap ("on Wednesday" and "last week").
  // Otherwise: the same expression, or either dates a report, which bounds
  // its event only from above ("on Thursday" and "blamed on Friday").
  bool same_time_as(const DateAnchor& other) const noexcept;
};

// Every date expression in the sentence, in text order.
std::vector<DateAnchor> find_date_anchors(const Words& words, const std::optional<PublishedTime>& published);

// The first of them, if any.
std::optional<DateAnchor> find_date_anchor(const Words& words, const std::optional<PublishedTime>& published);

// The days a date stands for, inclusive: the day; the week around it; the
// calendar month.
struct DayRange {
  long first = 0;  // days since 1970-01-01
  long last = 0;
};
DayRange period_of(const EventDate& date) noexcept;

// "2020-01-05". Month precision stores the first of the month; week precision
// a day inside the week ("last week" is publication minus seven days).
std::string format_event_date(const EventDate& date);

}  // namespace incimap::geo
