#pragma once
// Test scripts for the viewer (`incimap view --script FILE`): one command a
// line, run in order, each once the viewer is idle (nothing loading, no
// camera flight), so a script sees what a patient user would. Input is
// simulated through the same path as the real mouse and keyboard.
//
//   size W H              resize the window
//   wait N                let N frames pass
//   move LON LAT          put the pointer over a map position
//   click LON LAT         click there;  click-px X Y  a framebuffer pixel
//   drag LON LAT LON LAT  press, move, release;  drag-px X0 Y0 X1 Y1
//   wheel X Y NOTCHES     scroll at a pixel (positive zooms in);  wheel-at LON LAT NOTCHES  at a map position
//   key NAME              F, Home, plus, minus, left, right, up, down, Escape
//   toggle-layer NAME     flip a layer's visibility
//   layers-by KEY         event_type, source, country or month
//   show STYLE            markers or density
//   basemap NE USER       which basemaps to draw: Natural Earth, the --basemap; each on or off
//   filter TEXT           search text (the rest of the line; empty clears)
//   filter-type TYPE      event type ("" for any);  filter-country CC
//   min-confidence X      0..1
//   dates FROM TO         YYYY-MM-DD YYYY-MM-DD; "dates all" clears
//   play / pause          playback;  step N  its window N bins on (negative: back)
//   playback SPEED DAYS LOOP   e.g. "playback 2 7 stop": 2x, a week at a time, stop at the end
//   sort COLUMN ORDER     the table by date, event_type, location, country, fatalities,
//                         confidence or title; asc or desc
//   select ID             select an incident by id;  select-row N  the table's N-th row (from 1)
//   article               show the selected incident's source article
//   correct ID LON LAT [PLACE]   move an incident, as dragging the marker does
//   relocate ID PLACE     move it to the gazetteer's best match, as picking a candidate does
//   uncorrect ID          back where the geocoder put it, as "Undo the correction" does
//   undo / redo           take back the last location fix or make it again (Ctrl+Z, Ctrl+Shift+Z)
//   open PATH             load another input, as dropping it does
//   export PATH           write the shown incidents;  export-png PATH
//   fit                   zoom to the shown incidents
//   reset-layout          every panel back to its docked place, as View > Reset layout does
//   dialog KIND PATH      open the open (open-replace: set to replace), export or png dialog
//                         with PATH typed in (then key Enter)
//   screenshot PATH       save the window as PNG;  dump-state PATH  its state as JSON
//   quit

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/viewer/viewer_commands.hpp"
#include "app/viewer/viewer_model.hpp"
#include "geo/projection/screen_point.hpp"
#include "render/camera.hpp"

namespace incimap::app {

enum class ScriptVerb : std::uint8_t {
  size, wait, move, click, click_px, drag, drag_px, wheel, wheel_at, key, toggle_layer, layers_by, show, basemap, filter, filter_type,
  filter_country, min_confidence, dates, play, pause, step, playback, sort, select, select_row, article, correct, relocate, uncorrect, undo, redo, open, export_incidents, export_png, dialog, fit, reset_layout,
  screenshot, dump_state, quit,
};

struct ScriptStep {
  ScriptVerb verb = ScriptVerb::wait;
  std::vector<std::string> args;  // `filter`'s text is one argument
  int line = 0;
};

// Throws UsageError naming FILE:LINE for an unknown command or bad arguments.
std::vector<ScriptStep> read_script(const std::string& path);

// What the script does in one frame.
struct ScriptFrame {
  std::optional<geo::ScreenPoint> pointer;  // framebuffer pixels; stays until moved
  bool button_down = false;
  double wheel = 0;
  int key = -1;  // a GLFW key code held for this frame
  CommandList commands;
  std::optional<std::string> screenshot;
  std::optional<std::string> dump_state;
  std::optional<geo::ScreenSize> window_size;
  bool quit = false;
};

struct ScriptContext {
  const render::Camera& camera;
  const geo::Projection& projection;
  const ViewerModel& model;
  bool idle = false;  // nothing loading, no flight, the last frames unchanged
};

class ScriptPlayer {
 public:
  explicit ScriptPlayer(std::vector<ScriptStep> steps) : steps_(std::move(steps)) {}

  // Called once per frame before input is read.
  ScriptFrame next_frame(const ScriptContext& context);
  bool finished() const noexcept { return next_ >= steps_.size() && phase_ == 0; }
  // "FILE:LINE" problems met while running (an unknown layer, an id not loaded).
  const std::vector<std::string>& problems() const noexcept { return problems_; }

 private:
  // Runs one phase of the current step; returns true when the step is done.
  bool play(const ScriptStep& step, const ScriptContext& context, ScriptFrame& frame);
  bool play_pointer(const ScriptStep& step, const ScriptContext& context, ScriptFrame& frame);
  void play_command(const ScriptStep& step, const ScriptContext& context, ScriptFrame& frame);
  std::optional<geo::ScreenPoint> pixel_of(const ScriptContext& context, const std::string& lon,
                                           const std::string& lat) const;

  std::vector<ScriptStep> steps_;
  std::size_t next_ = 0;
  int phase_ = 0;  // frames into the current multi-frame step
  geo::ScreenPoint pointer_{-1, -1};
  std::vector<std::string> problems_;
};

}  // namespace incimap::app
