#pragma once
// A user's fixes of wrongly geocoded incidents, kept in a sidecar file next
// to the input (INPUT.corrections.json) so the input itself is never
// rewritten, and applied again whenever that input is loaded. The viewer
// also keeps every fix in one file of its own, by incident id (ids are
// stable: hashes of content), so that the same incidents opened from
// another path (a copy, an export, the articles again) keep them too.

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "geo/base/lonlat.hpp"
#include "render/model/incident.hpp"

namespace incimap::app {

struct Correction {
  std::string incident_id;
  geo::LonLat where = geo::LonLat::from(geo::Longitude{0}, geo::Latitude{0});  // the corrected position
  std::string location;  // the place picked; empty when the marker was dragged
  geo::LonLat original = geo::LonLat::from(geo::Longitude{0}, geo::Latitude{0});  // where the geocoder put it
  std::string original_location;
};

// INPUT + ".corrections.json", beside the input (a file or a folder).
std::filesystem::path corrections_path(const std::string& input);

struct SidecarCorrections {
  std::vector<Correction> corrections;  // the valid entries
  // One message per entry that is not a valid correction ("SIDECAR:
  // correction N: reason"); such entries stay in the file.
  std::vector<std::string> invalid;
};

// The corrections stored for an input; empty when there is no sidecar. An
// invalid entry leaves out only itself. Throws geo::InputError naming the
// sidecar when it is not a corrections file at all.
SidecarCorrections read_corrections(const std::filesystem::path& sidecar);

// Replaces the sidecar durably (a temporary file renamed over it), keeping
// verbatim the entries of the old one that were not valid corrections; with
// nothing to store it removes the sidecar. A sidecar that cannot be read is
// first copied to SIDECAR.unreadable (or .unreadable.N), whose path is
// returned. Throws std::runtime_error naming the file, and then writes
// nothing.
std::optional<std::filesystem::path> write_corrections(const std::filesystem::path& sidecar,
                                                       std::span<const Correction> corrections);

// `stored` with the correction of `incident_id` replaced by `now`, or left
// out when `now` is null (the fix was undone).
std::vector<Correction> replace_correction(std::vector<Correction> stored, std::string_view incident_id,
                                           const Correction* now);

// The incident as corrected: at the corrected position, named after the
// picked place (when one was picked), and precisely placed (geo precision
// 1, confidence 1): a person has checked it.
render::Incident corrected(render::Incident incident, const Correction& correction);

struct AppliedCorrection {
  std::size_t incident = 0;  // index into the corrected list
  Correction correction;     // its original_* as the input gave them
  render::Incident original; // the record before the correction, for undo
};

// Corrects every incident a correction names (by id); of two for one id,
// the later in `corrections` wins. Corrections for ids no longer in the
// input are dropped.
std::vector<AppliedCorrection> apply_corrections(std::vector<render::Incident>& incidents,
                                                 std::span<const Correction> corrections);

}  // namespace incimap::app
