#include "app/viewer/source_article.hpp"

#include <system_error>
#include <vector>

#include "geo/ingest/ingest.hpp"

namespace incimap::app {
namespace {

namespace fs = std::filesystem;

// True when `path` (canonical) lies in the tree below `root` (canonical).
bool inside(const fs::path& path, const fs::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

// The file a source_file names, only inside one of the trees of
// `base_dirs`: a file someone sent must not make the viewer open
// "/home/me/.ssh/id_rsa" or "../../secret" (links followed before the check).
fs::path locate(const std::string& file, std::span<const fs::path> base_dirs) {
  const fs::path path(file);
  std::vector<fs::path> tried;
  for (const auto& base : base_dirs) {
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(base, ec);
    if (ec) continue;
    const fs::path candidate = fs::weakly_canonical(path.is_absolute() ? path : base / path, ec);
    if (ec) continue;
    if (!inside(candidate, root)) {
      tried.push_back(root);
      continue;
    }
    if (fs::exists(candidate, ec)) return candidate;
  }
  if (!tried.empty() && tried.size() == base_dirs.size()) {
    std::string roots;
    for (const auto& root : tried) roots += (roots.empty() ? "" : ", ") + root.string();
    throw geo::InputError(file, "not opened: the source article lies outside the input's folder and the folders "
                                "opened (" + roots + ")");
  }
  return path.is_absolute() || base_dirs.empty() ? path : base_dirs.front() / path;
}

}  // namespace

SourceArticle read_source_article(const render::Incident& incident,
                                  std::span<const std::filesystem::path> base_dirs) {
  if (incident.source_file.empty()) {
    throw geo::InputError(incident.id, incident.source_url.empty()
                                           ? "the incident names no source file"
                                           : "only the URL is known: " + incident.source_url);
  }
  const std::filesystem::path path = locate(incident.source_file, base_dirs);
  if (!std::filesystem::exists(path)) throw geo::InputError(path.string(), "the source article is not on this computer");
  const auto articles = geo::read_article_file(path.string(), geo::IngestOptions{});
  const geo::Article* chosen = nullptr;
  std::optional<std::pair<std::size_t, std::size_t>> excerpt;
  for (const geo::Article& article : articles) {
    if (!incident.excerpt.empty()) {
      if (const auto at = article.text.find(incident.excerpt); at != std::string::npos) {
        chosen = &article;
        excerpt = std::pair{at, at + incident.excerpt.size()};
        break;
      }
    }
    if (!chosen && !incident.source_title.empty() && article.title == incident.source_title) chosen = &article;
  }
  if (!chosen && articles.size() == 1) chosen = &articles.front();
  if (!chosen) throw geo::InputError(path.string(), "no article in it holds the incident's excerpt");
  return {path.string(), chosen->title, chosen->text, excerpt};
}

std::optional<std::pair<std::size_t, std::size_t>> mention_in_article(const SourceArticle& article,
                                                                      const render::Incident& incident) {
  const std::string& name = incident.matched_text.empty() ? incident.location : incident.matched_text;
  if (name.empty()) return std::nullopt;
  const std::string_view text = article.text;
  if (const auto span = incident.matched_span();
      span && span->second <= text.size() && text.substr(span->first, span->second - span->first) == name) {
    return span;
  }
  const auto found = [&](std::size_t at) { return std::optional(std::pair{at, at + name.size()}); };
  if (article.excerpt) {
    const std::size_t in_excerpt = text.find(name, article.excerpt->first);
    if (in_excerpt != std::string_view::npos && in_excerpt + name.size() <= article.excerpt->second) return found(in_excerpt);
    if (article.excerpt->first > 0) {
      const std::size_t before = text.rfind(name, article.excerpt->first - 1);
      if (before != std::string_view::npos) return found(before);
    }
  }
  const std::size_t first = text.find(name);
  return first == std::string_view::npos ? std::nullopt : found(first);
}

}  // namespace incimap::app
