#pragma once
// Stdin copied to a file, for the commands whose readers need one (GDAL's,
// the incident reader): `incimap render -` and `incimap merge -`. The copy
// lives in a geo::StagedOutput that is never committed, so it is removed
// when done and on Ctrl-C or a kill (app/cli/interrupt_cleanup.hpp).

#include <optional>
#include <string>
#include <vector>

#include "geo/export/staged_output.hpp"

namespace incimap::app {

class StdinSpool {
 public:
  // Reads stdin to its end. Throws geo::InputError naming "-".
  StdinSpool();
  StdinSpool(const StdinSpool&) = delete;
  StdinSpool& operator=(const StdinSpool&) = delete;

  // The copy, named for what it holds: .geojsonl for a GeoJSON Feature a
  // line (extract's stream), .geojson for a FeatureCollection, .jsonl
  // otherwise (articles as JSON lines).
  const std::string& path() const noexcept { return path_; }

 private:
  std::optional<geo::StagedOutput> staged_;
  std::string path_;
};

// `inputs` with a "-" replaced by `spool`'s path (made when there is one).
void replace_stdin_input(std::vector<std::string>& inputs, std::optional<StdinSpool>& spool);

}  // namespace incimap::app
