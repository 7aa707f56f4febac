#include "app/viewer/source_article.hpp"

#include "geo/ingest/ingest.hpp"

namespace incimap::app {
namespace {

std::filesystem::path locate(const std::string& file, std::span<const std::filesystem::path> base_dirs) {
  const std::filesystem::path path(file);
  if (path.is_absolute()) return path;
  for (const auto& base : base_dirs) {
    if (std::filesystem::exists(base / path)) return base / path;
  }
  return path;
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

}  // namespace incimap::app
