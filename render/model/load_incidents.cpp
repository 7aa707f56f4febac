#include "render/model/load_incidents.hpp"

namespace incimap::render {

std::vector<Incident> load_incidents(const std::string& path, DroppedFeatures& dropped,
                                     std::vector<std::string>* problems, const geo::ReadProgress& progress) {
  geo::IncidentFile file = geo::read_incident_file(path, progress);
  dropped = file.missing;
  if (problems != nullptr) {
    *problems = std::move(file.problems);
    if (file.bad_values > problems->size()) {
      problems->push_back(path + ": " + std::to_string(file.bad_values - problems->size()) + " more values did not fit");
    }
  }
  std::vector<Incident> incidents;
  incidents.reserve(file.records.size());
  for (geo::IncidentRecord& record : file.records) {
    if (record.position) incidents.emplace_back(std::move(record));
  }
  return incidents;
}

std::vector<Incident> load_incidents(const std::string& path) {
  DroppedFeatures ignored;
  return load_incidents(path, ignored);
}

}  // namespace incimap::render
