#pragma once
// Everything loaded: the incidents on the map, which input each came from,
// and the corrections applied to them. Built on the worker thread and
// handed whole to the model, which swaps it in between frames.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/viewer/article_incidents.hpp"
#include "app/viewer/corrections.hpp"
#include "app/viewer/input_loader.hpp"
#include "render/model/incident_map.hpp"

namespace incimap::app {

struct InputRecord {
  std::string path;
  InputKind kind = InputKind::incidents;
  std::uint32_t first = 0;  // its incidents are [first, first + count)
  std::uint32_t count = 0;
};

struct CorrectionEntry {
  Correction correction;
  render::Incident original;  // the record as the input gave it, for undo
};
using CorrectionTable = std::map<std::uint32_t, CorrectionEntry>;  // by incident index

struct Dataset {
  std::shared_ptr<render::IncidentMap> map;  // null until something loaded
  std::vector<InputRecord> inputs;
  CorrectionTable corrections;
  std::vector<std::string> warnings;  // "PATH: reason"
  std::vector<std::string> errors;    // inputs that could not be loaded at all
};

// Called with (inputs done, inputs to do, note).
using LoadProgress = std::function<void(std::size_t, std::size_t, const std::string&)>;

// `base` plus the incidents of `paths`, with a fresh cluster index in `crs`.
// Reads `base` only, so the frame loop may keep drawing it meanwhile; its
// incidents must not change until this returns. Never throws for bad inputs:
// they are listed in `errors`.
Dataset load_dataset(const Dataset& base, const std::vector<std::string>& paths, const std::string& crs,
                     render::LayerGrouping grouping, ArticleExtractor& extractor, const LoadProgress& progress,
                     const std::filesystem::path& remembered_corrections = {});

// The input an incident came from; null when out of range.
const InputRecord* input_of(const std::vector<InputRecord>& inputs, std::uint32_t incident) noexcept;

}  // namespace incimap::app
