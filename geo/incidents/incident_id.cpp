#include "geo/incidents/incident_id.hpp"

#include <cmath>
#include <cstdio>

#include "geo/incidents/date_resolver.hpp"

namespace incimap::geo {

std::string stable_incident_id(const Incident& incident) {
  std::string key;
  if (incident.date && incident.location) {
    const LonLat p = incident.location->place.position;
    char position[64];
    // Whole hundredths of a degree, so printing never decides the id.
    std::snprintf(position, sizeof position, "%ld|%ld", std::lround(p.lat() * 100), std::lround(p.lon() * 100));
    key = "d|" + format_event_date(*incident.date) + "|" + std::to_string(static_cast<int>(incident.date->precision)) +
          "|" + std::string(acled_name(incident.sub_event)) + "|" + position;
  } else if (!incident.sources.empty()) {
    const IncidentSource& s = incident.sources.front();
    key = "s|" + s.article_id + "|" + std::to_string(s.excerpt_start) + "|" + std::to_string(s.excerpt_end);
  }
  return hex16(fnv1a64(key));
}

}  // namespace incimap::geo
