#pragma once
// HTML articles (.html, .htm), parsed with libxml2's HTML parser (no network,
// errors recovered from silently: real pages are rarely valid HTML).
// Title: og:title, else <title>, else the first <h1>. Body: the text of the
// <article> element (the longest one when a page holds several, else <main>,
// else <body>) without navigation, scripts, styles, forms, headers, footers,
// asides and figure captions; block elements (p, div, h1-h6, li, br,
// blockquote, section, ...) become paragraph breaks "\n\n".
// Published time: article:published_time, <time datetime>, or the meta names
// date, pubdate, DC.date. URL: <link rel="canonical">, else og:url.
// Source: og:site_name.

#include <string>
#include <string_view>

#include "geo/ingest/article.hpp"

namespace incimap::geo {

// `bytes` is the raw file: libxml2 honours its <meta charset>; undeclared
// bytes that are not UTF-8 are read as Windows-1252. Throws InputError when
// the document holds no readable body text.
Article read_html_article(std::string_view bytes, const std::string& path);

// The readable text of an HTML fragment such as an RSS <description>: tags
// dropped, entities decoded, block elements as "\n\n", whitespace normalized.
// `utf8` must be UTF-8. Empty when the fragment holds no text; never throws
// for bad markup.
std::string html_fragment_text(std::string_view utf8);

}  // namespace incimap::geo
