#pragma once
// What `incimap extract` reported, read from its GeoJSON Sequence output:
// per document, the incidents with the spans the scoring rules use.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace incimap::tools {

struct PredictedIncident {
  std::string event_type;
  std::optional<std::size_t> excerpt_start;  // UTF-8 bytes into the document
  std::optional<std::size_t> excerpt_end;
  std::string excerpt;                       // searched for when there are no offsets
  std::optional<std::size_t> matched_start;  // the place mention the incident chose
  std::optional<std::size_t> matched_end;
  std::string location;  // resolved place name (used when there is no span)
};

// Incidents by article id, in file order.
using PredictionsByArticle = std::map<std::string, std::vector<PredictedIncident>>;

// One GeoJSON feature (a line of GeoJSONSeq, optionally led by RS 0x1E).
// Throws InputError on a malformed line; returns the article id.
std::string parse_incident_line(std::string_view line, PredictedIncident& incident);

// Throws InputError "FILE:LINE: REASON".
PredictionsByArticle read_predictions(const std::string& path);

}  // namespace incimap::tools
