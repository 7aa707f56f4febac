#include "app/viewer/input_loader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "geo/base/input_error.hpp"
#include "render/model/load_incidents.hpp"

namespace incimap::app {
namespace {

std::string lower_extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return extension;
}

// GeoJSON names its type near the top; article JSON never says "Feature".
bool looks_like_geojson(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 4096> head{};
  in.read(head.data(), head.size());
  const std::string_view text(head.data(), std::size_t(in.gcount()));
  return text.find("\"FeatureCollection\"") != std::string_view::npos ||
         text.find("\"Feature\"") != std::string_view::npos;
}

std::string describe(std::size_t incidents, std::size_t unlocated) {
  return std::to_string(unlocated) + " of " + std::to_string(incidents + unlocated) +
         " incidents have no place and are not on the map";
}

}  // namespace

InputKind input_kind(const std::string& path) {
  if (std::filesystem::is_directory(path)) return InputKind::articles;
  static constexpr std::array<std::string_view, 9> kArticleExtensions = {
      ".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"};
  const std::string extension = lower_extension(path);
  if (std::find(kArticleExtensions.begin(), kArticleExtensions.end(), extension) != kArticleExtensions.end()) {
    return InputKind::articles;
  }
  if (extension == ".json") return looks_like_geojson(path) ? InputKind::incidents : InputKind::articles;
  return InputKind::incidents;
}

LoadedInput load_input(const std::string& path, ArticleExtractor& extractor, const ArticleProgress& progress,
                       const geo::ReadProgress& reading, const std::filesystem::path& remembered) {
  LoadedInput loaded;
  loaded.path = path;
  try {
    if (!std::filesystem::exists(path)) throw geo::InputError(path, "no such file or folder");
    loaded.kind = input_kind(path);
    if (loaded.kind == InputKind::articles) {
      ExtractedIncidents extracted = extractor.extract(path, progress);
      loaded.incidents = std::move(extracted.incidents);
      loaded.warnings = std::move(extracted.failures);
      if (extracted.unlocated > 0) loaded.warnings.push_back(path + ": " + describe(loaded.incidents.size(), extracted.unlocated));
    } else {
      render::DroppedFeatures dropped;
      std::vector<std::string> problems;
      loaded.incidents = render::load_incidents(path, dropped, &problems, reading);
      if (dropped.total() > 0) loaded.warnings.push_back(path + ": " + render::describe(dropped));
      for (std::string& problem : problems) loaded.warnings.push_back(std::move(problem));
      loaded.dropped = dropped.total();
    }
  } catch (const std::exception& e) {
    loaded.error = e.what();
    return loaded;
  }
  std::vector<Correction> corrections;
  for (const std::filesystem::path& file : {corrections_path(path), remembered}) {
    if (file.empty()) continue;
    try {
      SidecarCorrections stored = read_corrections(file);
      // Later wins: the viewer's own record of a fix over the sidecar's.
      corrections.insert(corrections.end(), stored.corrections.begin(), stored.corrections.end());
      for (const std::string& problem : stored.invalid) loaded.warnings.push_back(problem + " (not applied; kept in the file)");
    } catch (const std::exception& e) {
      loaded.warnings.push_back(std::string(e.what()) + " (corrections not applied)");
    }
  }
  loaded.corrections = apply_corrections(loaded.incidents, corrections);
  return loaded;
}

}  // namespace incimap::app
