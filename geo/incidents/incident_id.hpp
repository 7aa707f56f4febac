#pragma once
// Feature ids that stay the same across runs and machines, so an exported
// incident can be joined, diffed and linked to.

#include <cstdint>
#include <string>
#include <string_view>

#include "geo/incidents/incident.hpp"
#include "geo/text/fnv1a.hpp"

namespace incimap::geo {

// 16 lower-case hex digits. Dated and located incidents hash their date,
// date precision, sub-event type and position rounded to 0.01° (about 1 km),
// so the same event extracted from another article gets the same id. The
// others hash their first source's article id and excerpt offsets.
std::string stable_incident_id(const Incident& incident);

}  // namespace incimap::geo
