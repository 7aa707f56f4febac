// ViewerApp's long work, handed to the task runner: loading inputs, building
// basemaps and labels, reading a source article, exporting. Each job runs on
// the worker thread and returns a completion the frame loop runs.

#include <algorithm>
#include <filesystem>

#include "app/viewer/incident_export.hpp"
#include "app/viewer/source_article.hpp"
#include "app/viewer/viewer_app.hpp"
#include "render/basemap/vector_features.hpp"
#include "render/gl/gl.hpp"
#include "render/image/rgba_image.hpp"

namespace incimap::app {

void ViewerApp::correct_to_place(const CorrectToPlace& command) {
  if (command.incident >= model_.incident_count()) return;
  const std::string& country = command.country.empty() ? model_.incidents()[command.incident].country : command.country;
  const auto places = places_.find(command.place, country, 1);
  if (places.empty()) {
    model_.notify(NoticeLevel::warning, places_.available() ? "No place named " + command.place + " in the gazetteer"
                                                            : "No gazetteer index: drag the marker instead");
    return;
  }
  model_.correct(command.incident, places.front().position, places.front().name);
}

void ViewerApp::start_loading(std::vector<std::string> paths, OpenMode mode, AfterOpen after) {
  if (loading_) {
    // One load at a time: each builds on the dataset the last one produced.
    if (mode == OpenMode::replace) pending_loads_.clear();
    pending_loads_.insert(pending_loads_.end(), paths.begin(), paths.end());
    if (mode == OpenMode::replace) pending_mode_ = OpenMode::replace;
    if (after == AfterOpen::fit) pending_after_ = AfterOpen::fit;
    return;
  }
  loading_ = true;
  model_.lock_for_task();
  const Framing framing = after == AfterOpen::fit ? Framing::fit
                          : model_.map() == nullptr ? Framing::initial
                                                    : Framing::keep;
  Dataset base = mode == OpenMode::replace ? Dataset{} : model_.dataset();
  tasks_.submit("Loading", [this, base = std::move(base), paths = std::move(paths), framing,
                            crs = model_.projection().crs(), grouping = model_.grouping(),
                            extractor = extractor_, remembered = model_.remembered_corrections()](TaskProgress& progress) -> TaskRunner::Completion {
    auto dataset = std::make_shared<Dataset>();
    try {
      *dataset = load_dataset(base, paths, crs, grouping, *extractor,
                              [&](std::size_t done, std::size_t total, const std::string& note) {
                                progress.report(total ? float(done) / float(total) : -1.0f, note);
                              },
                              remembered);
    } catch (const std::exception& e) {
      // The dataset stays as it was; say why nothing new arrived.
      dataset.reset();
      return [this, message = std::string(e.what())] {
        model_.notify(NoticeLevel::error, "Loading failed: " + message);
        input_failed_ = true;
        finish_loading({}, Framing::keep);
      };
    }
    return [this, dataset, framing] { finish_loading(std::move(*dataset), framing); };
  });
}

void ViewerApp::finish_loading(Dataset dataset, Framing framing) {
  loading_ = false;
  model_.unlock_after_task();
  if (dataset.map) {
    for (const std::string& error : dataset.errors) model_.notify(NoticeLevel::error, error);
    for (const std::string& warning : dataset.warnings) model_.notify(NoticeLevel::warning, warning);
    if (!dataset.errors.empty()) input_failed_ = true;
    std::size_t added = 0;
    for (const InputRecord& input : dataset.inputs) {
      const auto& old_inputs = model_.dataset().inputs;
      const bool kept = std::any_of(old_inputs.begin(), old_inputs.end(),
                                    [&](const InputRecord& o) { return o.path == input.path && o.first == input.first; });
      if (!kept) added += input.count;
    }
    model_.replace_dataset(std::move(dataset));
    model_.notify(NoticeLevel::info, "Loaded " + std::to_string(added) + " incidents");
    if (model_.incident_count() > 0) {
      // The initial view waits for the panels' first layout (frame_initial_view).
      if (framing == Framing::initial) initial_view_pending_ = true;
      if (framing == Framing::fit && !initial_view_pending_) map_view_.fit(model_, Motion::fly);
    }
    sync_window_title();
  }
  if (!pending_loads_.empty()) {
    start_loading(std::exchange(pending_loads_, {}), std::exchange(pending_mode_, OpenMode::add),
                  std::exchange(pending_after_, AfterOpen::keep_view));
  }
}

void ViewerApp::request_basemaps() {
  // Not while the camera flies: the regions it passes would be built for nothing.
  if (map_view_.animating()) return;
  while (const auto request = map_view_.wanted_basemap()) {
    map_view_.mark_basemap_requested(*request);
    build_basemap(*request);
  }
}

void ViewerApp::build_basemap(const MapView::BasemapRequest& request) {
  tasks_.submit("Building the basemap", [this, request, crs = model_.projection().crs()](TaskProgress&) {
    const geo::Projection projection(crs);
    auto mesh = std::make_shared<render::BasemapMesh>(
        render::build_natural_earth_mesh(projection, request.detail, request.region));
    return [this, request, mesh] { map_view_.set_basemap(request, *mesh); };
  });
}

void ViewerApp::load_labels() {
  tasks_.submit("Reading place names", [this, crs = model_.projection().crs()](TaskProgress&) {
    const geo::Projection projection(crs);
    auto labels = std::make_shared<std::vector<render::PlaceLabel>>(render::load_place_labels(projection));
    return [this, labels] { map_view_.set_labels(std::move(*labels)); };
  });
}

void ViewerApp::load_user_basemap(const std::string& path) {
  tasks_.submit("Reading " + path, [this, path, crs = model_.projection().crs()](TaskProgress&) -> TaskRunner::Completion {
    const geo::Projection projection(crs);
    if (render::basemap_file_kind(path) == render::BasemapFileKind::raster) {
      // Only opened here; the pieces the view shows are warped as it moves.
      auto raster = std::make_shared<const render::RasterBasemap>(path, projection);
      return [this, raster] {
        raster_basemap_ = raster;
        map_view_.set_raster_extent(raster->extent());
      };
    }
    auto mesh = std::make_shared<render::BasemapMesh>(
        render::build_vector_mesh(render::read_vector_features(path), projection));
    return [this, mesh] { map_view_.set_user_basemap(*mesh); };
  });
}

void ViewerApp::request_raster_warp(double seconds) {
  if (!raster_basemap_) return;
  const auto request = map_view_.wanted_raster_warp(seconds);
  if (!request) return;
  tasks_.submit("Warping " + raster_basemap_->path(),
                [this, raster = raster_basemap_, request = *request](TaskProgress&) -> TaskRunner::Completion {
                  try {
                    auto warped = std::make_shared<std::optional<render::WarpedRaster>>(
                        raster->warp(request.area, request.metres_per_pixel));
                    return [this, request, warped] { map_view_.set_raster_basemap(request, *warped); };
                  } catch (const std::exception& e) {
                    return [this, request, message = std::string(e.what())] {
                      map_view_.raster_warp_failed(request);
                      model_.notify(NoticeLevel::error, message);
                    };
                  }
                });
}

void ViewerApp::show_source_article(std::uint32_t incident) {
  if (incident >= model_.incident_count()) return;
  std::vector<std::filesystem::path> base_dirs = source_base_dirs(model_.dataset().inputs, incident);
  ui_.panels.article = true;
  tasks_.submit("Reading the source article",
                [this, incident, record = model_.incidents()[incident], base_dirs](TaskProgress&) -> TaskRunner::Completion {
                  try {
                    auto article = std::make_shared<SourceArticle>(read_source_article(record, base_dirs));
                    return [this, incident, article] { model_.set_article(incident, std::move(*article)); };
                  } catch (const std::exception& e) {
                    return [this, message = std::string(e.what())] {
                      model_.notify(NoticeLevel::error, "Cannot show the article: " + message);
                      ui_.panels.article = false;
                    };
                  }
                });
}

void ViewerApp::export_incidents(const ExportIncidents& command) {
  if (!model_.map() || model_.busy()) {
    model_.record_write(false, "Export waits for loading to finish; try again in a moment.");
    return;
  }
  model_.lock_for_task();
  tasks_.submit("Exporting", [this, path = command.path, overwrite = command.overwrite,
                              rows = std::vector<std::uint32_t>(model_.table_rows().begin(), model_.table_rows().end()),
                              map = model_.dataset().map, corrections = model_.dataset().corrections](TaskProgress& progress) {
    progress.report(-1.0f, "Writing " + std::to_string(rows.size()) + " incidents to " + path);
    std::vector<ExportRecord> records;
    records.reserve(rows.size());
    for (const std::uint32_t i : rows) {
      const auto correction = corrections.find(i);
      records.push_back({&map->incidents()[i], correction == corrections.end() ? nullptr : &correction->second.correction});
    }
    std::string outcome;
    bool ok = true;
    try {
      app::export_incidents(path, records, overwrite);
      outcome = "Exported " + std::to_string(records.size()) + " incidents to " + path;
    } catch (const std::exception& e) {
      outcome = std::string("Export failed: ") + e.what();
      ok = false;
    }
    return TaskRunner::Completion([this, ok, outcome] {
      model_.unlock_after_task();
      model_.record_write(ok, outcome);
    });
  });
}

void ViewerApp::export_map_image(const ExportMapImage& command) {
  if (command.overwrite == geo::Overwrite::refuse && std::filesystem::exists(command.path)) {
    model_.record_write(false, command.path + " exists (tick \"Replace the file\" to overwrite it)");
    return;
  }
  auto image = std::make_shared<render::RgbaImage>(map_view_.draw_image(model_));
  const geo::ScreenSize size = framebuffer_size();
  glViewport(0, 0, size.width, size.height);
  tasks_.submit("Saving the map image", [this, image, path = command.path](TaskProgress&) -> TaskRunner::Completion {
    try {
      render::write_png(path, *image);
      return [this, path, image] {
        model_.record_write(true, "Saved the map (" + std::to_string(image->width) + "×" +
                                      std::to_string(image->height) + ") to " + path);
      };
    } catch (const std::exception& e) {
      return [this, message = std::string(e.what())] { model_.record_write(false, message); };
    }
  });
}

}  // namespace incimap::app
