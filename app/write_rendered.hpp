#pragma once
// A merged extract's features serialised on the workers, written in order
// on one thread.
//
// After the merge, every incident is written on one thread: over 40,000
// articles that was a tenth of `extract -j 2`'s CPU time with one core idle,
// most of it making each feature's text (geo/export/rendered_features.hpp).
// Here the workers make the text of runs of incidents and the delivery
// thread only copies it out, in the incidents' order, so the file is byte
// for byte the one a single thread writes.

#include <vector>

#include "geo/export/incident_writer.hpp"
#include "geo/incidents/incident.hpp"

namespace incimap::app {

// Writes `incidents` in order through `writer` (not committed) and frees
// them. With jobs > 1 and a writer that renders its features, their text
// is made on `jobs` threads, a bounded number of runs held at once, and
// each incident is freed by the worker that rendered it (freeing 30,000
// merged incidents at the end was another 30 ms on one thread); otherwise
// each is written on this thread.
void write_rendered(geo::IncidentWriter& writer, std::vector<geo::Incident> incidents, unsigned jobs);

}  // namespace incimap::app
