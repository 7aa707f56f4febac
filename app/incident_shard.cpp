#include "app/incident_shard.hpp"

#include <cstdio>
#include <utility>

#include "geo/record/incident_reader.hpp"
#include "geo/record/record_incident.hpp"

namespace incimap::app {

std::vector<geo::Incident> read_incident_shard(const std::string& path) {
  geo::IncidentFile file = geo::read_incident_file(path);
  for (const std::string& problem : file.problems) std::fprintf(stderr, "incimap: %s\n", problem.c_str());
  if (file.bad_values > file.problems.size())
    std::fprintf(stderr, "incimap: %s: %zu more values did not fit their fields\n", path.c_str(),
                 file.bad_values - file.problems.size());
  std::vector<geo::Incident> incidents;
  incidents.reserve(file.records.size());
  for (std::size_t i = 0; i < file.records.size(); ++i) {
    // Each record freed once converted: a shard is not held twice.
    const geo::IncidentRecord record = std::exchange(file.records[i], {});
    incidents.push_back(geo::incident_of(record, path + " [feature " + std::to_string(i + 1) + "]"));
  }
  return incidents;
}

}  // namespace incimap::app
