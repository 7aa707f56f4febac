#pragma once
// One news article as ingest produced it. Every offset elsewhere in incimap
// (place mentions, excerpts) is a UTF-8 byte offset into `text`.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace incimap::geo {

// How much of a published time the source actually stated.
enum class TimePrecision : std::uint8_t { second, minute, day, month, year };

struct PublishedTime {
  // Seconds since 1970-01-01T00:00:00Z of the stated instant (midnight UTC
  // when only a date was given).
  std::int64_t unix_seconds = 0;
  // Offset of the source's local time from UTC in minutes, when stated; it
  // decides which calendar day "Sunday night" refers to.
  std::optional<std::int32_t> utc_offset_minutes;
  TimePrecision precision = TimePrecision::day;
};

struct Article {
  // Stable across runs: the source's own id when it has one, otherwise a hash
  // of the path and the position of the article inside the file.
  std::string id;
  std::string title;
  // UTF-8. Holds the title too (places in headlines count): for a .txt file
  // it is the file's bytes; for JSON, HTML and feeds it is the title, a blank
  // line and the body.
  std::string text;
  // Where the body starts in `text` (0 when there is no title).
  std::size_t body_start = 0;
  // End of the article proper: trailing page furniture ("Latest News",
  // "Advertisement") that a .txt keeps in `text` lies past it.
  std::size_t body_end = 0;
  std::optional<PublishedTime> published;
  std::string source;  // publisher, e.g. "Reuters"
  std::string url;
  std::string path;    // file the article came from ("-" for stdin)
  // Where in its input the article is, for messages about it: "FILE:LINE"
  // for JSON Lines, "FILE [INDEX]" for a JSON array, else the path.
  std::string where;
  // How the bytes became `text`: "UTF-8", "Windows-1252" (not UTF-8, and no
  // valid multi-byte sequence in it), "UTF-16LE"/"UTF-16BE", or the
  // encoding an HTML page or feed declares (libxml2 decoded it).
  std::string encoding = "UTF-8";
  bool encoding_declared = false;  // named by the page or feed, not guessed
  // Invalid bytes that became U+FFFD: each is 3 bytes of text, so offsets
  // past one are 2 bytes further than in the file.
  std::size_t replaced_bytes = 0;
};

}  // namespace incimap::geo
