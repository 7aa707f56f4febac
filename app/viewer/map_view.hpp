#pragma once
// The map in the viewer's window: the camera and how input moves it (drag to
// pan, wheel and +/- to zoom about the cursor, arrows, F/Home to fit), what
// is under the cursor, clicks on markers and clusters, dragging a selected
// marker to correct its place, and drawing through render/. Knows no ImGui:
// input arrives as MapInput. Needs the window's GL context current for its
// whole life.

#include <memory>
#include <optional>
#include <vector>

#include "app/viewer/map_input.hpp"
#include "app/viewer/raster_warp_plan.hpp"
#include "app/viewer/screen_cover.hpp"
#include "app/viewer/viewer_commands.hpp"
#include "app/viewer/viewer_model.hpp"
#include "render/basemap/basemap_mesh.hpp"
#include "render/basemap/warped_raster.hpp"
#include "render/camera.hpp"
#include "render/image/rgba_image.hpp"
#include "render/labels/place_labels.hpp"
#include "render/map_renderer.hpp"
#include "render/markers/marks.hpp"

namespace incimap::app {

// Pixels along each window edge that panels cover: fitting keeps the data
// clear of them.
struct MapInsets {
  double left = 0, top = 0, right = 0, bottom = 0;
  double ui_scale = 1;  // framebuffer pixels per ImGui pixel (HiDPI)
  bool operator==(const MapInsets&) const = default;
};

enum class Motion : std::uint8_t { jump, fly };
// What a camera frames: an area as given (--bbox, 32 px to spare), or
// markers, whose discs must stay clear of the panels and edges.
enum class FitMargin : std::uint8_t { area, markers };


// A selected marker being dragged to a better place.
struct MarkerDrag {
  std::uint32_t incident = 0;
  geo::ScreenPoint at;
};

class MapView {
 public:
  MapView(const geo::Projection& projection, float ui_scale, geo::ScreenSize viewport);

  const render::Camera& camera() const noexcept { return camera_; }
  const std::optional<render::Mark>& hovered() const noexcept { return hovered_; }
  const std::optional<MarkerDrag>& marker_drag() const noexcept { return marker_drag_; }
  const render::MapRenderer& renderer() const noexcept { return *renderer_; }
  // Marks drawn in the last frame.
  std::size_t drawn_marks() const noexcept { return drawn_marks_; }
  // The density layer as last drawn (its peak per cell, incidents on its grid).
  double density_peak() const noexcept { return density_peak_; }
  std::uint32_t density_counted() const noexcept { return density_counted_; }

  void set_viewport(geo::ScreenSize viewport);
  void set_insets(const MapInsets& insets) noexcept { insets_ = insets; }
  const MapInsets& insets() const noexcept { return insets_; }
  // Screen areas the panels and the scale bar hide, where place names
  // would be lost (framebuffer pixels).
  std::vector<geo::MapRect> covered_areas() const;

  // Reacts to this frame's input; clicks become commands.
  void handle(const MapInput& input, const ViewerModel& model, CommandList& commands);
  // Moves animations on; true while one runs (the loop must keep drawing).
  bool advance(double seconds);
  bool animating() const noexcept { return flight_.has_value(); }

  // Cameras: jumps for first frames, short flights after a user's action.
  // Both keep what they frame clear of the panels (the insets).
  void fit(const ViewerModel& model, Motion motion);
  void zoom_to(const geo::MapRect& area, Motion motion, FitMargin margin_kind = FitMargin::markers);
  // Centres `at` in the clear area, zooming in to at most `max_metres_per_pixel`.
  void focus_on(geo::MapPoint at, double max_metres_per_pixel, Motion motion);
  void set_camera(const render::Camera& camera) noexcept { camera_ = camera; }
  // Zoom by `factor` (> 1 zooms in) about a pixel.
  void zoom_about(geo::ScreenPoint anchor, double factor);

  // Basemap detail: the one the current zoom would like and is missing.
  // Coarse and medium cover the world; fine (1:10m) covers a region around
  // the view, as tessellating the world at 1:10m takes many seconds.
  struct BasemapRequest {
    render::BasemapDetail detail;
    std::optional<std::array<double, 4>> region;  // west, south, east, north; none: the world
  };
  std::optional<BasemapRequest> wanted_basemap();
  void mark_basemap_requested(const BasemapRequest& request);
  void set_basemap(const BasemapRequest& request, const render::BasemapMesh& mesh);
  void set_user_basemap(const render::BasemapMesh& mesh);
  // A raster basemap is warped for the view (see raster_warp_plan.hpp):
  // `seconds` since the last frame time the debounce.
  void set_raster_extent(const geo::MapRect& extent) { raster_plan_.set_extent(extent); }
  std::optional<RasterWarpRequest> wanted_raster_warp(double seconds) { return raster_plan_.update(camera_, seconds); }
  // nullopt: the raster does not reach the requested area.
  void set_raster_basemap(const RasterWarpRequest& request, const std::optional<render::WarpedRaster>& raster);
  void raster_warp_failed(const RasterWarpRequest& request) { raster_plan_.finished(request); }
  bool raster_warp_pending() const { return raster_plan_.pending(); }
  void set_labels(std::vector<render::PlaceLabel> labels) { labels_ = std::move(labels); }

  // Draws into the window's framebuffer (viewport already set), only inside
  // `region` when given (see screen_cover.hpp); outside it the window is
  // cleared to the map's background.
  void draw(const ViewerModel& model, const std::optional<ScreenRect>& region = std::nullopt);
  // The part of the window the panels leave the map (framebuffer pixels).
  ScreenRect clear_area() const;
  // The map alone, with its legend and attribution inside its box, drawn
  // offscreen for the clear area: what "Save map as PNG" writes.
  render::RgbaImage draw_image(const ViewerModel& model);

 private:
  struct Flight {
    geo::MapPoint from_centre, to_centre;
    double from_mpp, to_mpp;
    double elapsed = 0, duration = 0.35;  // seconds
  };
  enum class Gesture : std::uint8_t { none, pan, marker };

  void constrain();
  void click(geo::ScreenPoint at, const ViewerModel& model, CommandList& commands) const;
  bool on_selected_marker(geo::ScreenPoint at, const ViewerModel& model) const;
  render::Camera fitted(const geo::MapRect& area, double min_extent, FitMargin margin_kind) const;
  void move_camera(const render::Camera& target, Motion motion);
  void handle_keys(const MapInput& input, const ViewerModel& model, CommandList& commands);
  void draw_drag_preview(const ViewerModel& model);
  void refresh_density(const ViewerModel& model, const render::IncidentMap& map);

  const geo::Projection& projection_;
  std::unique_ptr<render::MapRenderer> renderer_;
  render::IncidentMap no_incidents_;  // lets basemap and labels draw before anything is loaded
  render::Camera camera_;
  MapInsets insets_;
  std::vector<render::PlaceLabel> labels_;
  std::vector<render::BasemapDetail> requested_;
  std::optional<std::array<double, 4>> fine_region_;  // requested or loaded
  RasterWarpPlan raster_plan_;
  std::optional<render::Mark> hovered_;
  std::optional<Flight> flight_;
  Gesture gesture_ = Gesture::none;
  geo::ScreenPoint press_at_, last_at_;
  bool moved_since_press_ = false;
  std::optional<MarkerDrag> marker_drag_;
  std::size_t drawn_marks_ = 0;
  // What the density image was made for: redone only when the view or the model changes.
  struct DensityKey {
    geo::MapPoint centre;
    double metres_per_pixel = 0;
    geo::ScreenSize viewport;
    std::uint64_t revision = 0;
    bool operator==(const DensityKey&) const = default;
  };
  std::optional<DensityKey> density_key_;
  double density_peak_ = 0;
  std::uint32_t density_counted_ = 0;
};

// Projected extent shown at least when fitting (a single incident is shown
// with ~600 km of context).
inline constexpr double kMinFitExtentMetres = 600'000;
// Closest zoom, in metres per pixel: street level.
inline constexpr double kMinMetresPerPixel = 0.5;
// A press that moves less than this many pixels is a click, not a drag.
inline constexpr double kClickSlopPixels = 4;

}  // namespace incimap::app
