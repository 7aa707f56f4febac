#pragma once
// A record read back from an incident file as the incident the merger
// takes: the inverse of record_of (incident_record.hpp) for what a file
// holds. Only the first source has an excerpt (a file keeps no other), and
// a file written before unlisted_sources existed lists every source.

#include <string>

#include "geo/incidents/incident.hpp"
#include "geo/record/incident_record.hpp"

namespace incimap::geo {

// Throws InputError naming `where` (the file and feature) when the record
// is no incimap incident: no id, an unknown sub_event_type, a sources or
// unlisted_sources value that is not the JSON incimap writes.
Incident incident_of(const IncidentRecord& record, const std::string& where);

}  // namespace incimap::geo
