#pragma once
// The full text of the article an incident came from, read again from its
// source file when the user asks for it (incidents carry only the excerpt).

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "render/model/incident.hpp"

namespace incimap::app {

struct SourceArticle {
  std::string path;  // the file it was read from
  std::string title;
  std::string text;  // UTF-8, the title included (ingest's Article::text)
  // Where the incident's excerpt sits in `text`, as byte offsets.
  std::optional<std::pair<std::size_t, std::size_t>> excerpt;
};

// Where the incident's place is named in the article: the record's
// matched_start/matched_end when the text there is the matched name, else
// the name's occurrence in the excerpt, else its last one before the
// excerpt (the place the text was about), else its first. nullopt when the
// name does not occur.
std::optional<std::pair<std::size_t, std::size_t>> mention_in_article(const SourceArticle& article,
                                                                      const render::Incident& incident);

// Reads incident.source_file (a relative path is tried against each of
// `base_dirs` in turn) and picks the article whose text holds the excerpt,
// else the one whose title matches. Only a file inside the folder tree of
// one of `base_dirs` is read (after resolving "..", and links). Throws
// geo::InputError naming the file when it is outside them, missing or
// holds no such article.
SourceArticle read_source_article(const render::Incident& incident, std::span<const std::filesystem::path> base_dirs);

}  // namespace incimap::app
