#include "app/viewer/map_view.hpp"

#include <algorithm>
#include <cmath>

#include "render/gl/offscreen_target.hpp"
#include "render/map_frame.hpp"
#include "render/markers/density.hpp"
#include "render/markers/marker_instances.hpp"
#include "render/overlay/legend.hpp"

namespace incimap::app {
namespace {

// Per wheel notch and per +/- press.
constexpr double kWheelZoomFactor = 1.25;
constexpr double kKeyZoomFactor = 1.6;
// Arrow keys move the map by this fraction of the window.
constexpr double kKeyPanFraction = 0.2;
// Clicking a cluster zooms to its members with at least this much context.
constexpr double kClusterZoomMinExtentMetres = 1000;
// Between a fitted marker's disc and the edge of the map's clear area.
constexpr double kFitAirPixels = 12;
constexpr double kAreaMarginPixels = 32;

double ease_in_out(double t) noexcept { return t < 0.5 ? 2 * t * t : 1 - std::pow(-2 * t + 2, 2) / 2; }

}  // namespace

MapView::MapView(const geo::Projection& projection, float ui_scale, geo::ScreenSize viewport)
    : projection_(projection),
      renderer_(std::make_unique<render::MapRenderer>(projection, ui_scale)),
      no_incidents_({}, projection),
      camera_(render::Camera::fitting(viewport, projection.world_bounds(), 8)) {}

void MapView::set_viewport(geo::ScreenSize viewport) {
  if (viewport.width <= 0 || viewport.height <= 0 || viewport == camera_.viewport()) return;
  camera_.set_viewport(viewport);
  constrain();
}

void MapView::constrain() {
  const double whole_world = render::Camera::fitting(camera_.viewport(), projection_.world_bounds(), 8).metres_per_pixel();
  camera_.constrain(projection_.world_bounds(), kMinMetresPerPixel, whole_world * 1.5);
}

render::Camera MapView::fitted(const geo::MapRect& area, double min_extent, FitMargin margin_kind) const {
  const geo::ScreenSize full = camera_.viewport();
  const geo::ScreenSize clear{std::max(64, int(full.width - insets_.left - insets_.right)),
                              std::max(64, int(full.height - insets_.top - insets_.bottom))};
  // The largest marker's disc and a little air stay inside the clear area.
  const double margin = margin_kind == FitMargin::markers ? render::kMaxMarkRadius + kFitAirPixels : kAreaMarginPixels;
  const render::Camera inner = render::Camera::fitting(clear, area, margin, min_extent);
  // The clear area's centre sits off the window's centre by half the inset difference.
  const double dx = (insets_.left - insets_.right) / 2, dy = (insets_.top - insets_.bottom) / 2;
  const double mpp = inner.metres_per_pixel();
  return render::Camera(full, {inner.centre().x - dx * mpp, inner.centre().y + dy * mpp}, mpp);
}

void MapView::move_camera(const render::Camera& target, Motion motion) {
  if (motion == Motion::jump) {
    flight_.reset();
    camera_ = render::Camera(camera_.viewport(), target.centre(), target.metres_per_pixel());
    constrain();
    return;
  }
  flight_ = Flight{camera_.centre(), target.centre(), camera_.metres_per_pixel(), target.metres_per_pixel()};
}

void MapView::fit(const ViewerModel& model, Motion motion) {
  const render::IncidentMap* map = model.map();
  const geo::MapRect area = map && map->shown_count() > 0 ? map->shown_bounds() : projection_.world_bounds();
  move_camera(fitted(area, kMinFitExtentMetres, FitMargin::markers), motion);
}

void MapView::zoom_to(const geo::MapRect& area, Motion motion, FitMargin margin_kind) {
  move_camera(fitted(area, kClusterZoomMinExtentMetres, margin_kind), motion);
}

void MapView::focus_on(geo::MapPoint at, double max_metres_per_pixel, Motion motion) {
  const double mpp = std::min(camera_.metres_per_pixel(), max_metres_per_pixel);
  // The clear area's centre sits off the window's centre by half the inset difference.
  const double dx = (insets_.left - insets_.right) / 2, dy = (insets_.top - insets_.bottom) / 2;
  move_camera(render::Camera(camera_.viewport(), {at.x - dx * mpp, at.y + dy * mpp}, mpp), motion);
}

bool MapView::advance(double seconds) {
  if (!flight_) return false;
  flight_->elapsed += seconds;
  const double t = ease_in_out(std::min(1.0, flight_->elapsed / flight_->duration));
  const geo::MapPoint centre{flight_->from_centre.x + (flight_->to_centre.x - flight_->from_centre.x) * t,
                             flight_->from_centre.y + (flight_->to_centre.y - flight_->from_centre.y) * t};
  // Zoom moves evenly in scale, not in metres per pixel.
  const double mpp = std::exp(std::log(flight_->from_mpp) + (std::log(flight_->to_mpp) - std::log(flight_->from_mpp)) * t);
  camera_ = render::Camera(camera_.viewport(), centre, mpp);
  constrain();
  if (flight_->elapsed >= flight_->duration) flight_.reset();
  return true;
}

void MapView::zoom_about(geo::ScreenPoint anchor, double factor) {
  flight_.reset();
  camera_.zoom_about(anchor, factor);
  constrain();
}

bool MapView::on_selected_marker(geo::ScreenPoint at, const ViewerModel& model) const {
  const render::IncidentMap* map = model.map();
  const auto selected = model.selected();
  if (!map || !selected || !map->is_shown(*selected)) return false;
  const geo::ScreenPoint marker = camera_.to_screen(map->positions()[*selected]);
  const double radius = std::max(render::incident_radius(map->incidents()[*selected].fatalities_or_zero()), 6.0);
  return std::hypot(marker.x - at.x, marker.y - at.y) <= radius;
}

void MapView::click(geo::ScreenPoint at, const ViewerModel& model, CommandList& commands) const {
  const render::IncidentMap* map = model.map();
  // The density layer has no markers to hit.
  const bool markers = model.incident_style() == render::IncidentStyle::markers;
  const auto mark = map && markers ? map->marks().pick(camera_, at) : std::nullopt;
  if (!mark) {
    commands.push_back(ClearSelection{});
    return;
  }
  if (!mark->is_cluster()) {
    commands.push_back(SelectIncident{mark->incident, CameraMove::stay});
    return;
  }
  const auto marks = map->marks();
  const geo::MapRect bounds = marks.members_bounds(*mark);
  // Members closer than a cluster cell at the closest zoom never split: list them.
  const double never_split = kMinMetresPerPixel * render::kClusterCellPixels;
  if (std::max(bounds.width(), bounds.height()) < never_split) {
    commands.push_back(ListIncidents{marks.members(*mark)});
  } else {
    commands.push_back(ZoomToArea{bounds});
  }
}

void MapView::handle_keys(const MapInput& input, const ViewerModel& model, CommandList& commands) {
  const MapKeys& keys = input.keys;
  const geo::ScreenSize size = camera_.viewport();
  // + and - zoom about the cursor when it is on the map, else about the map's middle.
  const geo::ScreenPoint anchor = input.pointer.over_map ? input.pointer.at
                                                         : geo::ScreenPoint{(insets_.left + size.width - insets_.right) / 2,
                                                                            (insets_.top + size.height - insets_.bottom) / 2};
  if (keys.zoom_in) zoom_about(anchor, kKeyZoomFactor);
  if (keys.zoom_out) zoom_about(anchor, 1 / kKeyZoomFactor);
  const double step_x = size.width * kKeyPanFraction, step_y = size.height * kKeyPanFraction;
  // An arrow shows more of the map in its direction: the map moves the other way.
  if (keys.left) camera_.pan_by_pixels(step_x, 0);
  if (keys.right) camera_.pan_by_pixels(-step_x, 0);
  if (keys.up) camera_.pan_by_pixels(0, step_y);
  if (keys.down) camera_.pan_by_pixels(0, -step_y);
  if (keys.left || keys.right || keys.up || keys.down) constrain();
  if (keys.fit) commands.push_back(ZoomToFit{});
  if (keys.escape && model.selected()) commands.push_back(ClearSelection{});
}

void MapView::handle(const MapInput& input, const ViewerModel& model, CommandList& commands) {
  handle_keys(input, model, commands);
  const PointerInput& pointer = input.pointer;
  if (pointer.pressed && pointer.over_map) {
    gesture_ = on_selected_marker(pointer.at, model) && !model.busy() ? Gesture::marker : Gesture::pan;
    press_at_ = last_at_ = pointer.at;
    moved_since_press_ = false;
    flight_.reset();
  }
  if (gesture_ != Gesture::none && pointer.down) {
    if (std::hypot(pointer.at.x - press_at_.x, pointer.at.y - press_at_.y) > kClickSlopPixels) moved_since_press_ = true;
    if (moved_since_press_ && gesture_ == Gesture::pan) {
      camera_.pan_by_pixels(pointer.at.x - last_at_.x, pointer.at.y - last_at_.y);
      constrain();
    }
    if (moved_since_press_ && gesture_ == Gesture::marker) marker_drag_ = MarkerDrag{*model.selected(), pointer.at};
    last_at_ = pointer.at;
  }
  if (gesture_ != Gesture::none && (pointer.released || !pointer.down)) {
    if (!moved_since_press_) {
      click(pointer.at, model, commands);
    } else if (marker_drag_) {
      if (const auto where = projection_.inverse(camera_.to_map(pointer.at))) {
        commands.push_back(CorrectLocation{marker_drag_->incident, *where, {}});
      }
    }
    gesture_ = Gesture::none;
    marker_drag_.reset();
  }
  if (pointer.over_map && pointer.wheel != 0) zoom_about(pointer.at, std::pow(kWheelZoomFactor, pointer.wheel));
  if (pointer.over_map && pointer.double_clicked) zoom_about(pointer.at, 2.0);

  const render::IncidentMap* map = model.map();
  const bool can_hover = pointer.over_map && gesture_ == Gesture::none && map &&
                         model.incident_style() == render::IncidentStyle::markers;
  hovered_ = can_hover ? map->marks().pick(camera_, pointer.at) : std::nullopt;
}

namespace {

bool covers(const std::array<double, 4>& outer, const std::array<double, 4>& inner) {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

// The view's box grown by its own size on every side: room to pan before
// the region has to be built again.
std::array<double, 4> around(const std::array<double, 4>& view) {
  const double w = view[2] - view[0], h = view[3] - view[1];
  return {std::max(-180.0, view[0] - w), std::max(-90.0, view[1] - h), std::min(180.0, view[2] + w),
          std::min(90.0, view[3] + h)};
}

}  // namespace

std::optional<MapView::BasemapRequest> MapView::wanted_basemap() {
  // Coarse first (fast), then the finer ones as the zoom calls for them.
  const render::BasemapDetail wanted = render::detail_for(camera_.metres_per_pixel());
  for (int d = 0; d <= int(wanted) && d < int(render::BasemapDetail::fine); ++d) {
    const auto detail = render::BasemapDetail(d);
    if (std::find(requested_.begin(), requested_.end(), detail) == requested_.end()) return BasemapRequest{detail, {}};
  }
  if (wanted != render::BasemapDetail::fine) return std::nullopt;
  const auto view = projection_.lonlat_bounds(camera_.visible_rect());
  if (!view || (fine_region_ && covers(*fine_region_, *view))) return std::nullopt;
  if (fine_region_) renderer_->clear_basemap(render::BasemapDetail::fine);  // it no longer covers the view
  return BasemapRequest{render::BasemapDetail::fine, around(*view)};
}

void MapView::mark_basemap_requested(const BasemapRequest& request) {
  if (request.region) {
    fine_region_ = request.region;
  } else {
    requested_.push_back(request.detail);
  }
}

void MapView::set_basemap(const BasemapRequest& request, const render::BasemapMesh& mesh) {
  // A regional mesh that arrives after the view moved on to another region is dropped.
  if (request.region && request.region != fine_region_) return;
  renderer_->set_basemap(request.detail, mesh);
}

void MapView::set_user_basemap(const render::BasemapMesh& mesh) { renderer_->set_user_basemap(mesh); }

void MapView::set_raster_basemap(const RasterWarpRequest& request, const std::optional<render::WarpedRaster>& raster) {
  raster_plan_.finished(request);
  // Drawn even when the view has moved on meanwhile: it sits at its own place,
  // and the plan asks for the next one.
  if (raster) {
    renderer_->set_raster_basemap(*raster);
  } else {
    renderer_->clear_raster_basemap();
  }
}

std::vector<geo::MapRect> MapView::covered_areas() const {
  const geo::ScreenSize size = camera_.viewport();
  const double w = size.width, h = size.height;
  const MapInsets& in = insets_;
  // The scale bar's box (map_overlay.cpp), with room for its longest label.
  const double bar_w = 160 * in.ui_scale, bar_h = 44 * in.ui_scale;
  return {{0, 0, in.left, h},
          {w - in.right, 0, w, h},
          {0, 0, w, in.top},
          {0, h - in.bottom, w, h},
          {in.left, h - in.bottom - bar_h, in.left + bar_w, h - in.bottom}};
}

void MapView::draw(const ViewerModel& model, const std::optional<ScreenRect>& region) {
  if (region) {
    const render::Rgba& background = renderer_->style().background;
    glClearColor(background.r, background.g, background.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    // GL counts scissor rows from the bottom.
    const int height = camera_.viewport().height;
    glEnable(GL_SCISSOR_TEST);
    glScissor(GLint(region->min.x), GLint(height - region->max.y), GLsizei(region->width()), GLsizei(region->height()));
  }
  const render::IncidentMap& map = model.map() ? *model.map() : no_incidents_;
  renderer_->set_basemap_choice(model.basemap_choice());
  render::FrameHighlight highlight;
  highlight.hovered = hovered_;
  if (model.selected() && model.map() && model.map()->is_shown(*model.selected())) highlight.selected = model.selected();
  if (model.incident_style() == render::IncidentStyle::density) refresh_density(model, map);
  drawn_marks_ =
      render::draw_map_frame(*renderer_, camera_, map, labels_, highlight, covered_areas(), model.incident_style()).size();
  draw_drag_preview(model);
  glDisable(GL_SCISSOR_TEST);
}

void MapView::refresh_density(const ViewerModel& model, const render::IncidentMap& map) {
  const DensityKey key{camera_.centre(), camera_.metres_per_pixel(), camera_.viewport(), model.revision()};
  if (density_key_ == key) return;
  density_key_ = key;
  const render::DensityLayer layer = render::density_layer(map, camera_);
  density_peak_ = layer.peak;
  density_counted_ = layer.counted;
  renderer_->set_density(layer.raster);
}

void MapView::draw_drag_preview(const ViewerModel& model) {
  if (!marker_drag_ || !model.map()) return;
  const render::IncidentMap& map = *model.map();
  const render::Incident& incident = map.incidents()[marker_drag_->incident];
  const render::Rgba colour = map.layering().layers[map.layering().layer_of[marker_drag_->incident]].colour;
  const double radius = render::incident_radius(incident.fatalities_or_zero());
  const std::vector<render::MarkerInstance> preview = {
      render::marker_instance(marker_drag_->at, render::Rgba::from_rgb(0x111111).with_alpha(0.3f), radius + 6, 0, false),
      render::marker_instance(marker_drag_->at, colour, radius, 0, false)};
  renderer_->draw_markers(camera_.viewport(), preview);
}

ScreenRect MapView::clear_area() const {
  const geo::ScreenSize full = camera_.viewport();
  const double left = std::round(insets_.left), top = std::round(insets_.top);
  const double width = std::max(64.0, std::round(full.width - insets_.right) - left);
  const double height = std::max(64.0, std::round(full.height - insets_.bottom) - top);
  return {{left, top}, {left + width, top + height}};
}

render::RgbaImage MapView::draw_image(const ViewerModel& model) {
  // The map between the panels, as the window shows it there.
  const ScreenRect area = clear_area();
  const geo::ScreenSize size{int(area.width()), int(area.height())};
  const render::Camera camera(size, camera_.to_map({(area.min.x + area.max.x) / 2, (area.min.y + area.max.y) / 2}),
                              camera_.metres_per_pixel());
  const render::OffscreenTarget target(size);
  target.bind();
  const render::IncidentMap& map = model.map() ? *model.map() : no_incidents_;
  renderer_->set_basemap_choice(model.basemap_choice());
  if (model.incident_style() == render::IncidentStyle::density) {
    renderer_->set_density(render::density_layer(map, camera).raster);
    density_key_.reset();  // the window's own is made again for its next frame
  }
  const render::Legend legend = render::layout_legend(map, size, renderer_->fonts(), camera.visible_rect());
  const std::vector<geo::MapRect> covered{legend.box, render::attribution_box(size, renderer_->fonts())};
  render::draw_map_frame(*renderer_, camera, map, labels_, {}, covered, model.incident_style());
  render::ScreenBatch overlay(renderer_->fonts());
  render::add_legend(overlay, legend, renderer_->style());
  render::add_attribution(overlay, size, renderer_->style());
  renderer_->draw_screen(size, overlay);
  render::RgbaImage image = target.read_pixels();
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return image;
}

}  // namespace incimap::app
