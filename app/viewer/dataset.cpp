#include "app/viewer/dataset.hpp"

#include <algorithm>
#include <iterator>

#include "render/model/load_incidents.hpp"

namespace incimap::app {

Dataset load_dataset(const Dataset& base, const std::vector<std::string>& paths, const std::string& crs,
                     render::LayerGrouping grouping, ArticleExtractor& extractor, const LoadProgress& progress,
                     const std::filesystem::path& remembered_corrections) {
  Dataset dataset;
  dataset.inputs = base.inputs;
  dataset.corrections = base.corrections;
  std::vector<render::Incident> incidents;
  if (base.map) incidents.assign(base.map->incidents().begin(), base.map->incidents().end());
  // In thousandths of a file, so that the bar moves while one large file is read.
  constexpr std::size_t kSteps = 1000;
  const std::size_t total = paths.size() * kSteps;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (progress) progress(i * kSteps, total, "reading " + paths[i]);
    LoadedInput loaded = load_input(
        paths[i], extractor,
        [&](std::size_t articles) {
          if (progress) progress(i * kSteps, total, paths[i] + ": " + std::to_string(articles) + " articles geoparsed");
        },
        [&](double done) {
          if (progress) progress(i * kSteps + std::size_t(done * (kSteps - 1)), total, "reading " + paths[i]);
        },
        remembered_corrections);
    dataset.warnings.insert(dataset.warnings.end(), loaded.warnings.begin(), loaded.warnings.end());
    if (!loaded.error.empty()) {
      dataset.errors.push_back(loaded.error);
      continue;
    }
    const auto first = std::uint32_t(incidents.size());
    for (AppliedCorrection& applied : loaded.corrections) {
      dataset.corrections[first + std::uint32_t(applied.incident)] = {std::move(applied.correction),
                                                                        std::move(applied.original)};
    }
    dataset.inputs.push_back({loaded.path, loaded.kind, first, std::uint32_t(loaded.incidents.size())});
    render::append_incidents(incidents, std::move(loaded.incidents));
  }
  if (progress) progress(total, total, "indexing " + std::to_string(incidents.size()) + " incidents");
  // Projection is not thread-safe: this thread gets its own.
  const geo::Projection projection(crs);
  dataset.map = std::make_shared<render::IncidentMap>(std::move(incidents), projection, grouping);
  return dataset;
}

const InputRecord* input_of(const std::vector<InputRecord>& inputs, std::uint32_t incident) noexcept {
  const auto found = std::find_if(inputs.begin(), inputs.end(), [incident](const InputRecord& input) {
    return incident >= input.first && incident < input.first + input.count;
  });
  return found == inputs.end() ? nullptr : &*found;
}

}  // namespace incimap::app
