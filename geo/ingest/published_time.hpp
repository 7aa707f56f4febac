#pragma once
// Publication times as news sources write them.

#include <optional>
#include <string>
#include <string_view>

#include "geo/base/calendar.hpp"
#include "geo/ingest/article.hpp"

namespace incimap::geo {

// Accepts ISO 8601 / RFC 3339 ("2020-01-05", "2020-01-05T21:30:00+03:00",
// "2009-03-20 12:24:52.002364-05"), RFC 822 as in RSS ("Sun, 05 Jan 2020
// 21:30:00 GMT") and written dates ("January 5, 2020", "5 January 2020").
// Returns nothing for anything else, never a guess.
std::optional<PublishedTime> parse_published_time(std::string_view text);

// "2020-01-05T21:30:00+03:00", truncated to the time's precision ("2020-01-05").
std::string format_published_time(const PublishedTime& time);
// The same appended to `out`, reusing its buffer.
void append_published_time(std::string& out, const PublishedTime& time);

// 1..12 for an English month name or its common abbreviation, else 0.
unsigned month_from_name(std::string_view word) noexcept;

}  // namespace incimap::geo
