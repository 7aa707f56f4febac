#include "render/model/load_incidents.hpp"

#include <iterator>

namespace incimap::render {

std::vector<Incident> load_incidents(const std::string& path, DroppedFeatures& dropped,
                                     std::vector<std::string>* problems, const geo::ReadProgress& progress) {
  // Read straight into the map's type: a million records are not moved twice.
  std::vector<Incident> incidents;
  geo::VectorSink sink(incidents);
  geo::IncidentFile file = geo::read_incident_file(path, sink, progress);
  dropped = file.missing;
  if (problems != nullptr) {
    *problems = std::move(file.problems);
    if (file.bad_values > problems->size()) {
      problems->push_back(path + ": " + std::to_string(file.bad_values - problems->size()) + " more values did not fit");
    }
  }
  std::erase_if(incidents, [](const Incident& incident) { return !incident.position; });
  for (Incident& incident : incidents) incident.title_untitled();
  return incidents;
}

std::vector<Incident> load_incidents(const std::string& path) {
  DroppedFeatures ignored;
  return load_incidents(path, ignored);
}

void append_incidents(std::vector<Incident>& incidents, std::vector<Incident>&& more) {
  if (incidents.empty()) {
    incidents = std::move(more);
  } else {
    incidents.insert(incidents.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
}

}  // namespace incimap::render
