#include "app/viewer/source_article.hpp"

#include <optional>
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

}  // namespace

SourceLocation locate_source_article(const render::Incident& incident, std::span<const fs::path> base_dirs) {
  if (incident.source_file.empty()) {
    return {{}, incident.source_url.empty() ? "the incident names no source file"
                                            : "only the URL is known: " + incident.source_url};
  }
  const fs::path file(incident.source_file);
  std::string roots;
  std::optional<fs::path> first_inside;
  for (const auto& base : base_dirs) {
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(base, ec);
    if (ec) continue;
    const fs::path candidate = fs::weakly_canonical(file.is_absolute() ? file : base / file, ec);
    if (ec) continue;
    if (!inside(candidate, root)) {
      roots += (roots.empty() ? "" : ", ") + root.string();
      continue;
    }
    if (fs::exists(candidate, ec)) return {candidate, {}, true};
    if (!first_inside) first_inside = candidate;
  }
  if (first_inside) return {*first_inside, {}, false};
  if (roots.empty()) return {{}, "no folder to look for it in"};
  return {{}, "not opened: the source article lies outside the input's folder and the folders opened (" + roots + ")"};
}

std::vector<fs::path> source_base_dirs(const std::vector<InputRecord>& inputs, std::uint32_t incident) {
  std::vector<fs::path> base_dirs;
  if (const InputRecord* input = input_of(inputs, incident)) {
    const fs::path path(input->path);
    std::error_code ec;
    base_dirs.push_back(fs::is_directory(path, ec) ? path : path.parent_path());
  }
  std::error_code ec;
  if (fs::path cwd = fs::current_path(ec); !ec) base_dirs.push_back(std::move(cwd));
  return base_dirs;
}

SourceArticle read_source_article(const render::Incident& incident, std::span<const fs::path> base_dirs) {
  const SourceLocation location = locate_source_article(incident, base_dirs);
  if (!location.refusal.empty()) {
    throw geo::InputError(incident.source_file.empty() ? incident.id : incident.source_file, location.refusal);
  }
  const fs::path& path = location.path;
  if (!location.exists) throw geo::InputError(path.string(), "the source article is not on this computer");
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
