#pragma once
// The full text of the article an incident came from, read again from its
// source file when the user asks for it (incidents carry only the excerpt).

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "app/viewer/dataset.hpp"
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

// The file "Show full article" would read for an incident, shown before it
// is read: incident.source_file resolved ("..", links) against each of
// `base_dirs` in turn, and kept only inside one of their folder trees (a
// file someone sent must not open "/home/me/.ssh/id_rsa" or "../../secret").
struct SourceLocation {
  std::filesystem::path path;  // the resolved file; empty when refused
  std::string refusal;         // why nothing will be read; empty when `path` will be
  bool exists = false;         // `path` is there to read
};
SourceLocation locate_source_article(const render::Incident& incident, std::span<const std::filesystem::path> base_dirs);

// The folders an incident's source file may lie in: the folder of the input
// it was loaded from, then the working directory.
std::vector<std::filesystem::path> source_base_dirs(const std::vector<InputRecord>& inputs, std::uint32_t incident);

// Reads the file locate_source_article gives and picks the article whose
// text holds the excerpt, else the one whose title matches. Throws
// geo::InputError naming the file when it is refused, missing or holds no
// such article.
SourceArticle read_source_article(const render::Incident& incident, std::span<const std::filesystem::path> base_dirs);

}  // namespace incimap::app
