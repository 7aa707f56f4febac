#pragma once
// `incimap view`: the window, the frame loop and the glue between model,
// map and panels. Each frame reads input (real or scripted), lets the map
// and the panels turn it into commands, applies them to the model, and
// draws; long work goes to the task runner and comes back as completions.
// The loop sleeps in glfwWaitEvents while nothing changes.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/viewer/article_incidents.hpp"
#include "app/viewer/frame_benchmark.hpp"
#include "app/viewer/glfw_window.hpp"
#include "app/viewer/imgui_session.hpp"
#include "app/viewer/map_view.hpp"
#include "app/viewer/place_search.hpp"
#include "app/viewer/state_dump.hpp"
#include "app/viewer/task_runner.hpp"
#include "app/viewer/ui_fonts.hpp"
#include "app/viewer/ui_state.hpp"
#include "app/viewer/view_options.hpp"
#include "app/viewer/view_script.hpp"
#include "app/viewer/viewer_model.hpp"
#include "render/basemap/raster_basemap.hpp"

namespace incimap::app {

class ViewerApp {
 public:
  // Opens the window (throws WindowUnavailable without a display) and
  // starts loading the inputs. Throws UsageError for a bad --script.
  explicit ViewerApp(ViewOptions options);
  ~ViewerApp();
  ViewerApp(const ViewerApp&) = delete;
  ViewerApp& operator=(const ViewerApp&) = delete;

  // Until the window closes, the script quits, the screenshot is taken or
  // the benchmark ends. Returns the exit code: 1 when an input failed.
  int run();

 private:
  void frame(double seconds);
  void wait_for_events();
  bool idle() const;
  bool nothing_to_draw() const;
  void settle_after_changes();

  std::optional<ScriptFrame> next_script_frame();
  void override_input(const std::optional<ScriptFrame>& script);
  MapInput map_input() const;
  void draw_panels(CommandList& commands);
  void update_insets();
  std::map<std::string, PanelRect> panel_rects() const;
  std::vector<ScreenRect> covered_by_windows() const;
  std::optional<ScreenRect> map_region() const;

  void apply(Command command);
  void apply_all(CommandList& commands);
  void select(const SelectIncident& command);
  void reveal_selected_marker();
  void frame_initial_view();
  void correct_to_place(const CorrectToPlace& command);
  void start_loading(std::vector<std::string> paths, OpenMode mode = OpenMode::add,
                     AfterOpen after = AfterOpen::keep_view);
  // What to do with the camera once a load lands: the first data gets the
  // initial view (--bbox, else the data); an Open from the dialog frames all.
  enum class Framing : std::uint8_t { keep, initial, fit };
  void finish_loading(Dataset dataset, Framing framing);
  void request_basemaps();
  void build_basemap(const MapView::BasemapRequest& request);
  void load_labels();
  void load_user_basemap(const std::string& path);
  void request_raster_warp(double seconds);
  void show_source_article(std::uint32_t incident);
  void export_incidents(const ExportIncidents& command);
  void export_map_image(const ExportMapImage& command);

  void show_dialog(const ShowDialog& command);
  void take_screenshot(const std::string& path);
  void dump_state(const std::string& path);
  void step_benchmark();
  void sync_window_title();
  geo::ScreenSize framebuffer_size() const;

  ViewOptions options_;
  GlfwSession glfw_;
  ImGuiSession imgui_;  // before the window: the ini holds its size
  WindowEvents events_;
  GlfwWindowPtr window_;
  float content_scale_ = 1;
  ImGuiBackends backends_;
  UiFonts fonts_;
  ViewerModel model_;
  MapView map_view_;
  PlaceSearch places_;
  std::shared_ptr<ArticleExtractor> extractor_;  // used on the worker thread only
  UiState ui_;
  std::optional<ScriptPlayer> script_;
  std::optional<FrameBenchmark> bench_;
  std::vector<std::string> pending_loads_;  // paths waiting for the running load
  OpenMode pending_mode_ = OpenMode::add;
  AfterOpen pending_after_ = AfterOpen::keep_view;
  bool loading_ = false;
  bool initial_view_pending_ = true;  // --bbox, or the first incidents loaded
  bool quit_ = false;
  bool screenshot_taken_ = false;
  bool input_failed_ = false;
  int last_script_key_ = -1;
  std::optional<geo::ScreenPoint> last_script_pointer_;
  // A marker selected on the map, to bring out from under the details panel
  // once that panel has opened (the frame after the click).
  std::optional<std::uint32_t> reveal_;
  int reveal_frames_left_ = 0;
  int frames_to_settle_ = 3;
  std::uint64_t seen_revision_ = 0;
  std::uint64_t seen_activity_ = 0;
  double playback_clock_ = 0;
  std::optional<std::string> screenshot_request_;
  std::optional<std::string> dump_request_;
  // Opened and warped on the worker only (jobs run one at a time); shared so
  // each warp job can hold it.
  std::shared_ptr<const render::RasterBasemap> raster_basemap_;
  TaskRunner tasks_;  // last: its worker stops before anything it refers to goes
};

}  // namespace incimap::app
