#pragma once
// Plain-text articles (.txt).
//
// Convention: the first line is the title when a blank line follows it. An
// optional header block may come first: lines "Key: value" with keys Title,
// Date (or Published), URL and Source, ended by a blank line. Without a
// header the text is the file's bytes, so offsets are file offsets; with one,
// the text starts after the header's blank line. Without a Date header, a
// dateline that opens the body gives the published day: "KABUL, September 7,
// 2020 — A suicide bomber ...".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/ingest/article.hpp"

namespace incimap::geo {

// `utf8` is the decoded file content; never throws for valid UTF-8.
Article read_text_article(std::string_view utf8, const std::string& path);

// The date in the dateline that opens the body at `body_start` ("KABUL,
// September 7, 2020 — ..."; found by geo/text/dateline.hpp). Nothing when
// there is no dateline or it holds no full date.
std::optional<PublishedTime> dateline_time(std::string_view text, std::size_t body_start);

// Offset just past the last line that belongs to the article: short trailing
// lines such as "Latest News" or "Advertisement" are page furniture.
std::size_t end_before_page_furniture(std::string_view text);

}  // namespace incimap::geo
