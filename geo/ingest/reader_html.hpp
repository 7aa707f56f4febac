#pragma once
// HTML articles (.html, .htm), parsed with libxml2's HTML parser.
// Title: og:title, else <title>, else the first <h1>. Body: the text of the
// <article> element (else <main>, else <body>) without navigation, scripts,
// styles, forms, headers, footers and asides; paragraphs become "\n\n".
// Published time: article:published_time, <time datetime>, or common meta
// names. URL: <link rel="canonical">, else og:url. Source: og:site_name.

#include <string>
#include <string_view>

#include "geo/ingest/article.hpp"

namespace incimap::geo {

// `bytes` is the raw file (libxml2 honours its <meta charset>). Throws
// InputError when the document holds no readable text.
Article read_html_article(std::string_view bytes, const std::string& path);

}  // namespace incimap::geo
