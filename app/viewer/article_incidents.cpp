#include "app/viewer/article_incidents.hpp"

#include "geo/incidents/incident_builder.hpp"
#include "geo/incidents/incident_merger.hpp"
#include "geo/ingest/ingest.hpp"

namespace incimap::app {

render::Incident to_render_incident(const geo::Incident& incident) { return render::Incident(geo::record_of(incident)); }

const geo::Geoparser& ArticleExtractor::geoparser(const std::string& for_input) {
  if (!geoparser_) {
    try {
      geoparser_.emplace(geo::Geoparser::open(gazetteer_path_));
    } catch (const geo::InputError& e) {
      throw geo::InputError(for_input, std::string("articles need the gazetteer index to be geoparsed (") + e.what() +
                                           "); build it with scripts/build-gazetteer.sh, or run incimap extract first");
    }
  }
  return *geoparser_;
}

ExtractedIncidents ArticleExtractor::extract(const std::string& path, const ArticleProgress& progress) {
  const geo::Geoparser& parser = geoparser(path);
  ExtractedIncidents result;
  geo::IncidentMerger merger;
  const geo::IngestReport report = geo::ingest_paths(
      {path}, geo::IngestOptions{},
      [&](geo::Article&& article) {
        merger.add(geo::extract_incidents(article, parser));
        ++result.articles;
        if (progress) progress(result.articles);
      },
      [&](const geo::InputError& failure) { result.failures.push_back(failure.what()); });
  if (result.articles == 0) {
    throw geo::InputError(path, report.failures.empty() ? "no articles found" : report.failures.front().reason());
  }
  for (const geo::Incident& incident : merger.take()) {
    if (incident.location) {
      result.incidents.push_back(to_render_incident(incident));
    } else {
      ++result.unlocated;
    }
  }
  return result;
}

}  // namespace incimap::app
