#pragma once
// Incidents extracted in-process from article files (what `incimap extract`
// writes, without the round trip through a file): ingest, geoparse, extract
// per article, merge reports of the same event across articles.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "geo/incidents/incident.hpp"
#include "geo/resolve/geoparser.hpp"
#include "render/model/incident.hpp"

namespace incimap::app {

struct ExtractedIncidents {
  std::vector<render::Incident> incidents;
  std::size_t articles = 0;
  std::size_t unlocated = 0;          // incidents with no place: not mappable
  std::vector<std::string> failures;  // "PATH: reason" per article file that failed
};

// Called after each article with the number read so far.
using ArticleProgress = std::function<void(std::size_t articles_read)>;

class ArticleExtractor {
 public:
  // The gazetteer index is opened on first use (cheap: its pages are read as lookups need them).
  explicit ArticleExtractor(std::string gazetteer_path) : gazetteer_path_(std::move(gazetteer_path)) {}

  // Every incident the articles under `path` (a file or a folder) report.
  // Throws geo::InputError when the gazetteer index cannot be opened or no
  // article could be read.
  ExtractedIncidents extract(const std::string& path, const ArticleProgress& progress = {});

 private:
  const geo::Geoparser& geoparser(const std::string& for_input);

  std::string gazetteer_path_;
  std::optional<geo::Geoparser> geoparser_;
};

// The viewer's form of an extracted incident: the record the export writes.
// Precondition: incident.location is set.
render::Incident to_render_incident(const geo::Incident& incident);

}  // namespace incimap::app
