#include "app/viewer/viewer_app.hpp"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>

#include <imgui.h>
#include <imgui_internal.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/commands.hpp"
#include "app/viewer/article_panel.hpp"
#include "app/viewer/config_dir.hpp"
#include "app/viewer/details_panel.hpp"
#include "app/viewer/filters_panel.hpp"
#include "app/viewer/layers_panel.hpp"
#include "app/viewer/map_overlay.hpp"
#include "app/viewer/menu_bar.hpp"
#include "app/viewer/panel_layout.hpp"
#include "app/viewer/status_bar.hpp"
#include "app/viewer/table_panel.hpp"
#include "app/viewer/ui_style.hpp"
#include "app/viewer/window_capture.hpp"
#include "render/gl/gl.hpp"

namespace incimap::app {
namespace {

// Frames drawn after the last change before the loop may sleep: ImGui
// settles window sizes and hover states over a frame or two.
constexpr int kSettleFrames = 3;
// Playback moves the date range one histogram bin this often (seconds).
constexpr double kPlaybackStepSeconds = 0.4;
// Unattended runs (script, screenshot, benchmark) give up after this long.
constexpr double kUnattendedLimitSeconds = 180;
// Selecting from the table flies to the marker and shows at least a city's surroundings.
constexpr double kFocusMetresPerPixel = 600;

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
// clang before 17 does not deduce an aggregate's template arguments (P1816).
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

std::filesystem::path ini_file_for(const ViewOptions& options) {
  if (!options.remembers_layout()) return {};
  const auto dir = config_dir();
  return dir.empty() ? dir : dir / "imgui.ini";
}

WindowRequest window_request(const ViewOptions& options, const WindowSettings& remembered) {
  WindowRequest request;
  request.size = options.size.value_or(remembered.size);
  request.state = options.size || !options.remembers_layout() ? WindowState::normal : remembered.state;
  request.vsync = options.unattended() ? Vsync::off : Vsync::on;
  request.title = "incimap";
  return request;
}

GlfwWindowPtr open_watched_window(const WindowRequest& request, WindowEvents& events) {
  GlfwWindowPtr window = open_window(request);
  watch_window_events(window.get(), events);
  return window;
}

float content_scale_of(GLFWwindow* window) {
  float x = 1, y = 1;
  glfwGetWindowContentScale(window, &x, &y);
  return std::clamp(x, 1.0f, 4.0f);
}

geo::ScreenSize framebuffer_of(GLFWwindow* window) {
  int width = 0, height = 0;
  glfwGetFramebufferSize(window, &width, &height);
  return {std::max(width, 1), std::max(height, 1)};
}

// Set by SIGINT/SIGTERM: the loop then ends as if the window were closed,
// so the layout is saved. A signal handler may only touch such a flag.
volatile std::sig_atomic_t stop_requested = 0;

extern "C" void request_stop(int) { stop_requested = 1; }

float ui_scale() {
  const float scale = ImGui::GetIO().DisplayFramebufferScale.x;
  return scale > 0 ? scale : 1.0f;
}

// A shown ImGui window's rectangle in framebuffer pixels.
std::optional<PanelRect> window_rect(const char* id) {
  const ImGuiWindow* window = ImGui::FindWindowByName(id);
  if (!window || !window->Active || window->Hidden) return std::nullopt;
  const double scale = ui_scale();
  return PanelRect{window->Pos.x * scale, window->Pos.y * scale, window->Size.x * scale, window->Size.y * scale};
}

std::string file_name(const std::string& path) {
  const std::filesystem::path p(path);
  return p.has_filename() ? p.filename().string() : p.parent_path().filename().string();
}

}  // namespace

ViewerApp::ViewerApp(ViewOptions options)
    : options_(std::move(options)),
      imgui_(ini_file_for(options_)),
      window_(open_watched_window(window_request(options_, imgui_.window_settings()), events_)),
      content_scale_(content_scale_of(window_.get())),
      backends_(window_.get()),
      fonts_(content_scale_),
      model_(options_.map.projection, options_.map.grouping),
      map_view_(model_.projection(), content_scale_, framebuffer_of(window_.get())),
      places_(options_.gazetteer),
      extractor_(std::make_shared<ArticleExtractor>(options_.gazetteer)),
      tasks_([] { wake_event_loop(); },
             [this](const std::string& task, const std::string& message) {
               model_.notify(NoticeLevel::error, task + ": " + message);
             }) {
  apply_ui_style(content_scale_);
  backends_.upload_fonts();
  ui_.docking.remembered_for = imgui_.window_settings().panel_area;
  if (!options_.bench_frames) {
    if (const auto dir = config_dir(); !dir.empty()) model_.set_remembered_corrections(dir / "corrections.json");
  }
  if (options_.script) script_.emplace(read_script(*options_.script));
  if (options_.bench_frames) {
    bench_.emplace(*options_.bench_frames);
    // The whole world in every detail up front, so that no region is built
    // mid-run and pollutes the timings.
    for (const auto detail : {render::BasemapDetail::coarse, render::BasemapDetail::medium, render::BasemapDetail::fine}) {
      const MapView::BasemapRequest request{detail, detail == render::BasemapDetail::fine
                                                        ? std::optional(std::array<double, 4>{-180, -90, 180, 90})
                                                        : std::nullopt};
      map_view_.mark_basemap_requested(request);
      build_basemap(request);
    }
  }
  load_labels();
  if (options_.map.user_basemap) load_user_basemap(*options_.map.user_basemap);
  if (!options_.map.inputs.empty()) start_loading(options_.map.inputs);
  sync_window_title();
}

ViewerApp::~ViewerApp() = default;

geo::ScreenSize ViewerApp::framebuffer_size() const { return framebuffer_of(window_.get()); }

int ViewerApp::run() {
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  const auto started = std::chrono::steady_clock::now();
  auto last = started;
  while (!quit_ && !stop_requested && !glfwWindowShouldClose(window_.get())) {
    wait_for_events();
    if (nothing_to_draw()) continue;
    const auto now = std::chrono::steady_clock::now();
    frame(std::chrono::duration<double>(now - last).count());
    last = now;
    if (options_.unattended() && std::chrono::duration<double>(now - started).count() > kUnattendedLimitSeconds) {
      std::fprintf(stderr, "incimap view: gave up after %.0f s (still loading, or the script never became idle)\n",
                   kUnattendedLimitSeconds);
      return kExitFatal;
    }
  }
  if (options_.dump_state) dump_state(*options_.dump_state);
  const bool maximized = glfwGetWindowAttrib(window_.get(), GLFW_MAXIMIZED) == GLFW_TRUE;
  int width = 0, height = 0;
  glfwGetWindowSize(window_.get(), &width, &height);
  imgui_.remember_window({width, height}, maximized ? WindowState::maximized : WindowState::normal,
                         ui_.docking.last_area);
  if (script_) {
    for (const std::string& problem : script_->problems()) std::fprintf(stderr, "incimap view: script %s\n", problem.c_str());
  }
  return input_failed_ ? kExitSomeInputsFailed : kExitOk;
}

void ViewerApp::wait_for_events() {
  if (options_.unattended() || frames_to_settle_ > 0 || map_view_.animating()) {
    glfwPollEvents();
  } else if (tasks_.busy() || map_view_.raster_warp_pending() || model_.playback() == Playback::playing ||
             ImGui::GetIO().WantTextInput) {
    // Progress bars, playback and a blinking text cursor need a few frames a second.
    glfwWaitEventsTimeout(model_.playback() == Playback::playing
                              ? kPlaybackStepSeconds / model_.playback_settings().speed / 4
                              : 0.05);
  } else {
    // Wakes once a second even so, to notice a stop signal.
    glfwWaitEventsTimeout(1.0);
  }
}

bool ViewerApp::nothing_to_draw() const {
  return !options_.unattended() && frames_to_settle_ == 0 && events_.activity == seen_activity_ &&
         model_.revision() == seen_revision_ && !tasks_.busy() && !map_view_.animating() &&
         !map_view_.raster_warp_pending() &&
         model_.playback() == Playback::stopped && !ImGui::GetIO().WantTextInput;
}

bool ViewerApp::idle() const {
  return !loading_ && pending_loads_.empty() && !tasks_.busy() && !map_view_.animating() && frames_to_settle_ == 0 &&
         !map_view_.raster_warp_pending();
}

void ViewerApp::settle_after_changes() {
  if (model_.revision() != seen_revision_ || events_.activity != seen_activity_ || map_view_.animating()) {
    frames_to_settle_ = kSettleFrames;
    seen_revision_ = model_.revision();
    seen_activity_ = events_.activity;
  } else if (frames_to_settle_ > 0) {
    --frames_to_settle_;
  }
}

void ViewerApp::frame(double seconds) {
  const auto frame_started = std::chrono::steady_clock::now();
  tasks_.run_completions();
  if (!events_.dropped.empty()) start_loading(std::exchange(events_.dropped, {}));
  map_view_.set_viewport(framebuffer_size());
  if (model_.playback() == Playback::playing) {
    playback_clock_ += seconds;
    if (playback_clock_ >= kPlaybackStepSeconds / model_.playback_settings().speed) {
      playback_clock_ = 0;
      model_.step_playback();
    }
  }
  const std::optional<ScriptFrame> script = next_script_frame();
  backends_.read_input();
  override_input(script);
  backends_.begin_frame();

  CommandList commands;
  if (script) commands = script->commands;
  map_view_.handle(map_input(), model_, commands);
  draw_panels(commands);
  update_insets();
  frame_initial_view();
  reveal_selected_marker();
  apply_all(commands);
  map_view_.advance(seconds);
  request_basemaps();
  request_raster_warp(seconds);
  const bool measuring = bench_ && bench_->started() && !bench_->finished();
  if (bench_) step_benchmark();

  const geo::ScreenSize size = framebuffer_size();
  glViewport(0, 0, size.width, size.height);
  glDisable(GL_SCISSOR_TEST);
  map_view_.draw(model_, map_region());
  backends_.render();
  if (script && script->screenshot) take_screenshot(*script->screenshot);
  if (script && script->dump_state) dump_state(*script->dump_state);
  if (options_.screenshot && !screenshot_taken_ && idle()) {
    take_screenshot(*options_.screenshot);
    screenshot_taken_ = true;
    quit_ = !script_;
  }
  glfwSwapBuffers(window_.get());
  if (measuring) {
    glFinish();
    const auto elapsed = std::chrono::steady_clock::now() - frame_started;
    bench_->record_frame(std::chrono::duration<double, std::milli>(elapsed).count());
  }
  settle_after_changes();
  if (script && script->quit) quit_ = true;
  if (script && script->window_size) glfwSetWindowSize(window_.get(), script->window_size->width, script->window_size->height);
}

void ViewerApp::draw_panels(CommandList& commands) {
  draw_menu_bar(model_, map_view_.renderer().has_user_basemap(), ui_, commands);
  handle_menu_shortcuts(model_, ui_, commands);
  draw_layers_panel(model_, ui_, commands);
  draw_filters_panel(model_, ui_, commands);
  draw_table_panel(model_, ui_, commands);
  draw_details_panel(model_, fonts_, places_, ui_, commands);
  draw_article_panel(model_, ui_);
  draw_messages_panel(model_, ui_, commands);
  const float scale = ui_scale();
  std::optional<geo::LonLat> cursor;
  if (ImGui::IsMousePosValid()) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    cursor = model_.projection().inverse(map_view_.camera().to_map({double(mouse.x * scale), double(mouse.y * scale)}));
  }
  draw_status_bar(model_, tasks_.status(), cursor, ui_);
  draw_dialogs(model_, ui_, commands);
  draw_map_tooltip(model_, map_view_);
  draw_scale_bar(model_, map_view_, scale);
}

std::map<std::string, PanelRect> ViewerApp::panel_rects() const {
  std::map<std::string, PanelRect> rects;
  const std::pair<const char*, const char*> kPanels[] = {
      {kLayersWindow, kLayersWindow},     {kFiltersWindow, kFiltersWindow},   {kDetailsWindow, kDetailsWindow},
      {kTableWindow, kTableWindowId},     {kMessagesWindow, kMessagesWindow}, {kArticleWindow, kArticleWindow}};
  for (const auto& [name, id] : kPanels) {
    if (const auto rect = window_rect(id)) rects[name] = *rect;
  }
  return rects;
}

std::optional<ScreenRect> ViewerApp::map_region() const {
  const float scale = ui_scale();
  // Margins around docked panels (8 px in the default layout) are closed.
  const double gap_tolerance = 10.0 * scale;
  return uncovered_bounds(framebuffer_size(), covered_by_windows(), gap_tolerance);
}

std::vector<ScreenRect> ViewerApp::covered_by_windows() const {
  const float scale = ui_scale();
  const float inset = 0;
  constexpr ImGuiWindowFlags kSeeThrough =
      ImGuiWindowFlags_Popup | ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Modal;
  std::vector<ScreenRect> covered;
  for (const ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
    if (!window->Active || window->Hidden || (window->Flags & kSeeThrough) != 0) continue;
    if (window->Size.x <= 2 * inset || window->Size.y <= 2 * inset) continue;
    covered.push_back({{double((window->Pos.x + inset) * scale), double((window->Pos.y + inset) * scale)},
                       {double((window->Pos.x + window->Size.x - inset) * scale),
                        double((window->Pos.y + window->Size.y - inset) * scale)}});
  }
  return covered;
}

void ViewerApp::update_insets() {
  const geo::ScreenSize size = framebuffer_size();
  const float scale = ui_scale();
  const double edge = 48.0 * scale;  // a panel this close to an edge is docked there
  MapInsets insets;
  insets.ui_scale = scale;
  insets.top = double(ImGui::GetMainViewport()->WorkPos.y * scale);
  const double status_bar = double(status_bar_height() * scale);
  insets.bottom = status_bar;
  for (const auto& [name, rect] : panel_rects()) {
    if (name == kMessagesWindow || name == kArticleWindow) continue;  // they float
    const bool at_left = rect.x < edge, at_right = rect.x + rect.width > size.width - edge;
    const bool at_bottom = rect.y + rect.height > size.height - status_bar - edge;
    // A wide panel along the bottom takes height; a tall one at a side takes width.
    if (at_bottom && (rect.width > rect.height || !(at_left || at_right))) {
      insets.bottom = std::max(insets.bottom, size.height - rect.y);
    } else if (at_left) {
      insets.left = std::max(insets.left, rect.x + rect.width);
    } else if (at_right) {
      insets.right = std::max(insets.right, size.width - rect.x);
    }
  }
  map_view_.set_insets(insets);
}

void ViewerApp::apply_all(CommandList& commands) {
  for (Command& command : commands) apply(std::move(command));
  commands.clear();
}

void ViewerApp::select(const SelectIncident& command) {
  model_.select(command.incident);
  ui_.scroll_table_to = command.incident;
  if (command.camera == CameraMove::fly_to && model_.map() && command.incident < model_.incident_count()) {
    map_view_.focus_on(model_.map()->positions()[command.incident], kFocusMetresPerPixel, Motion::fly);
  } else {
    reveal_ = command.incident;
    reveal_frames_left_ = 2;
  }
}

void ViewerApp::frame_initial_view() {
  // After the panels' first layout, so the view is framed in the space they leave.
  if (!initial_view_pending_) return;
  if (options_.map.inputs.empty() && !options_.map.bbox && !loading_) {
    map_view_.fit(model_, Motion::jump);  // the world, in the space the panels leave
    initial_view_pending_ = false;
  } else if (options_.map.bbox) {
    map_view_.zoom_to(project_bbox(model_.projection(), *options_.map.bbox), Motion::jump, FitMargin::area);
    initial_view_pending_ = false;
  } else if (model_.incident_count() > 0) {
    map_view_.fit(model_, Motion::jump);
    initial_view_pending_ = false;
  }
}

void ViewerApp::reveal_selected_marker() {
  if (!reveal_ || !model_.map() || *reveal_ >= model_.incident_count()) return;
  if (panel_rects().count(kDetailsWindow) == 0 && --reveal_frames_left_ > 0) return;
  const geo::MapPoint at = model_.map()->positions()[*reveal_];
  reveal_.reset();
  const geo::ScreenPoint on_screen = map_view_.camera().to_screen(at);
  const MapInsets& insets = map_view_.insets();
  const geo::ScreenSize size = map_view_.camera().viewport();
  constexpr double kMargin = 24;
  const bool clear = on_screen.x >= insets.left + kMargin && on_screen.x <= size.width - insets.right - kMargin &&
                     on_screen.y >= insets.top + kMargin && on_screen.y <= size.height - insets.bottom - kMargin;
  if (!clear) map_view_.focus_on(at, map_view_.camera().metres_per_pixel(), Motion::fly);
}

void ViewerApp::apply(Command command) {
  std::visit(Overloaded{
                 [&](const SelectIncident& c) { select(c); },
                 [&](const ClearSelection&) { model_.clear_selection(); },
                 [&](ListIncidents& c) { model_.list_incidents(std::move(c.incidents)); },
                 [&](const ZoomToArea& c) { map_view_.zoom_to(c.area, Motion::fly); },
                 [&](const ZoomToFit&) { map_view_.fit(model_, Motion::fly); },
                 [&](const SetLayerVisibility& c) { model_.set_layer_visibility(c.layer, c.visibility); },
                 [&](const SetLayerColour& c) { model_.set_layer_colour(c.layer, c.colour); },
                 [&](const SetGrouping& c) { model_.set_grouping(c.grouping); },
                 [&](const SetIncidentStyle& c) { model_.set_incident_style(c.style); },
                 [&](const SetBasemapChoice& c) { model_.set_basemap_choice(c.choice); },
                 [&](SetFilter& c) { model_.set_filter(std::move(c.filter)); },
                 [&](const SetPlayback& c) { model_.set_playback(c.playback); },
                 [&](const SetPlaybackSettings& c) { model_.set_playback_settings(c.settings); },
                 [&](const StepPlayback& c) { model_.step_playback(c.bins); },
                 [&](const SetTableSort& c) { model_.set_table_sort(c.sort); },
                 [&](CorrectLocation& c) { model_.correct(c.incident, c.where, std::move(c.location)); },
                 [&](const CorrectToPlace& c) { correct_to_place(c); },
                 [&](const UndoCorrection& c) { model_.undo_correction(c.incident); },
                 [&](const UndoFix&) { model_.undo_fix(); },
                 [&](const RedoFix&) { model_.redo_fix(); },
                 [&](OpenInputs& c) { start_loading(std::move(c.paths), c.mode, c.after); },
                 [&](const ShowSourceArticle& c) { show_source_article(c.incident); },
                 [&](const ExportIncidents& c) { export_incidents(c); },
                 [&](const ExportMapImage& c) { export_map_image(c); },
                 [&](const ClearNotices&) { model_.clear_notices(); },
                 [&](const ResetLayout&) { ui_.docking.reset_all(); },
                 [&](const ShowDialog& c) { show_dialog(c); },
                 [&](const Quit&) { quit_ = true; },
             },
             command);
}

void ViewerApp::show_dialog(const ShowDialog& command) {
  ui_.dialog = command.dialog;
  ui_.dialog_opened = false;
  ui_.awaiting_write.reset();
  ui_.dialog_error.clear();
  switch (command.dialog) {
    case Dialog::open_files:
      ui_.open_path = command.path;
      ui_.open_replaces = command.open_mode == OpenMode::replace;
      break;
    case Dialog::export_incidents: ui_.export_path = command.path; break;
    case Dialog::save_image: ui_.image_path = command.path; break;
    default: break;
  }
}

void ViewerApp::take_screenshot(const std::string& path) {
  try {
    render::write_png(path, read_window_pixels(framebuffer_size()));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "incimap view: %s\n", e.what());
    input_failed_ = true;
  }
}

void ViewerApp::dump_state(const std::string& path) {
  try {
    write_viewer_state(path, {model_, map_view_, ui_, panel_rects(), framebuffer_size(),
                              window_rect(kStatusWindow).value_or(PanelRect{}), ui_scale()});
  } catch (const std::exception& e) {
    std::fprintf(stderr, "incimap view: %s\n", e.what());
  }
}

void ViewerApp::step_benchmark() {
  if (!bench_->started()) {
    if (idle() && model_.map()) bench_->start(map_view_.camera());
    return;
  }
  if (!bench_->finished()) {
    map_view_.set_camera(bench_->next_camera());
    return;
  }
  std::printf("incimap view: benchmark, %zu incidents, %dx%d, %s\n", model_.incident_count(), framebuffer_size().width,
              framebuffer_size().height, reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
  std::printf("%s\n", format_summary(bench_->summary()).c_str());
  std::fflush(stdout);
  quit_ = true;
}

void ViewerApp::sync_window_title() {
  std::string title = "incimap";
  const auto& inputs = model_.dataset().inputs;
  if (!inputs.empty()) {
    title += " — " + file_name(inputs.front().path);
    if (inputs.size() > 1) title += " and " + std::to_string(inputs.size() - 1) + " more";
    title += " (" + std::to_string(model_.incident_count()) + " incidents)";
  }
  glfwSetWindowTitle(window_.get(), title.c_str());
}

}  // namespace incimap::app
