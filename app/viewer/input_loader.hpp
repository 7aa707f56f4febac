#pragma once
// What the viewer opens: incident files (incimap's export, or any OGR file
// with the incident properties) read by render's loader, and articles
// geoparsed in-process. Corrections saved beside an input are applied here.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "app/viewer/article_incidents.hpp"
#include "app/viewer/corrections.hpp"
#include "geo/record/incident_reader.hpp"
#include "render/model/incident.hpp"

namespace incimap::app {

enum class InputKind : std::uint8_t { incidents, articles };

// Folders and .txt .text .html .htm .jsonl .ndjson .xml .rss .atom are
// articles; a .json is incidents when it holds GeoJSON, articles otherwise;
// any other file is handed to OGR.
InputKind input_kind(const std::string& path);

struct LoadedInput {
  std::string path;
  InputKind kind = InputKind::incidents;
  std::vector<render::Incident> incidents;
  std::vector<AppliedCorrection> corrections;  // already applied to `incidents`
  std::vector<std::string> warnings;    // "PATH: reason": articles that failed, a bad sidecar
  std::string error;                    // "PATH: reason" when nothing could be loaded
  std::size_t dropped = 0;              // features left out of the map (no or bad geometry)
};

// Never throws: a failure is reported in `error`.
// `reading`: the share of an incident file read so far (0..1).
// `remembered`: the viewer's own corrections file (any input's fixes, by
// incident id; empty: none), laid over the input's sidecar.
LoadedInput load_input(const std::string& path, ArticleExtractor& extractor, const ArticleProgress& progress = {},
                       const geo::ReadProgress& reading = {}, const std::filesystem::path& remembered = {});

}  // namespace incimap::app
