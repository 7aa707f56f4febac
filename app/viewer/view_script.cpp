#include "app/viewer/view_script.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/cli/args.hpp"
#include "app/viewer/map_options.hpp"

namespace incimap::app {
namespace {

struct VerbSpec {
  ScriptVerb verb;
  int min_args;
  int max_args;  // -1: the rest of the line is one argument
};

const std::map<std::string, VerbSpec, std::less<>>& verbs() {
  static const std::map<std::string, VerbSpec, std::less<>> kVerbs = {
      {"size", {ScriptVerb::size, 2, 2}},
      {"wait", {ScriptVerb::wait, 1, 1}},
      {"move", {ScriptVerb::move, 2, 2}},
      {"click", {ScriptVerb::click, 2, 2}},
      {"click-px", {ScriptVerb::click_px, 2, 2}},
      {"drag", {ScriptVerb::drag, 4, 4}},
      {"drag-px", {ScriptVerb::drag_px, 4, 4}},
      {"wheel", {ScriptVerb::wheel, 3, 3}},
      {"wheel-at", {ScriptVerb::wheel_at, 3, 3}},
      {"key", {ScriptVerb::key, 1, 1}},
      {"toggle-layer", {ScriptVerb::toggle_layer, 1, -1}},
      {"layers-by", {ScriptVerb::layers_by, 1, 1}},
      {"show", {ScriptVerb::show, 1, 1}},
      {"basemap", {ScriptVerb::basemap, 2, 2}},
      {"filter", {ScriptVerb::filter, 0, -1}},
      {"filter-type", {ScriptVerb::filter_type, 0, -1}},
      {"filter-country", {ScriptVerb::filter_country, 0, 1}},
      {"min-confidence", {ScriptVerb::min_confidence, 1, 1}},
      {"dates", {ScriptVerb::dates, 1, 2}},
      {"play", {ScriptVerb::play, 0, 0}},
      {"pause", {ScriptVerb::pause, 0, 0}},
      {"step", {ScriptVerb::step, 1, 1}},
      {"playback", {ScriptVerb::playback, 3, 3}},
      {"sort", {ScriptVerb::sort, 2, 2}},
      {"select", {ScriptVerb::select, 1, 1}},
      {"select-row", {ScriptVerb::select_row, 1, 1}},
      {"article", {ScriptVerb::article, 0, 0}},
      {"correct", {ScriptVerb::correct, 3, 4}},
      {"relocate", {ScriptVerb::relocate, 2, 2}},
      {"uncorrect", {ScriptVerb::uncorrect, 1, 1}},
      {"undo", {ScriptVerb::undo, 0, 0}},
      {"redo", {ScriptVerb::redo, 0, 0}},
      {"open", {ScriptVerb::open, 1, -1}},
      {"export", {ScriptVerb::export_incidents, 1, -1}},
      {"export-png", {ScriptVerb::export_png, 1, -1}},
      {"dialog", {ScriptVerb::dialog, 2, 2}},
      {"fit", {ScriptVerb::fit, 0, 0}},
      {"reset-layout", {ScriptVerb::reset_layout, 0, 0}},
      {"screenshot", {ScriptVerb::screenshot, 1, -1}},
      {"dump-state", {ScriptVerb::dump_state, 1, -1}},
      {"quit", {ScriptVerb::quit, 0, 0}},
  };
  return kVerbs;
}

const std::map<std::string, int, std::less<>>& key_codes() {
  static const std::map<std::string, int, std::less<>> kKeys = {
      {"F", GLFW_KEY_F},         {"f", GLFW_KEY_F},          {"Home", GLFW_KEY_HOME},   {"plus", GLFW_KEY_EQUAL},
      {"+", GLFW_KEY_EQUAL},     {"minus", GLFW_KEY_MINUS},  {"-", GLFW_KEY_MINUS},     {"left", GLFW_KEY_LEFT},
      {"right", GLFW_KEY_RIGHT}, {"up", GLFW_KEY_UP},        {"down", GLFW_KEY_DOWN},   {"Escape", GLFW_KEY_ESCAPE},
      {"Esc", GLFW_KEY_ESCAPE},  {"Enter", GLFW_KEY_ENTER},
  };
  return kKeys;
}

std::string trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r");
  return std::string(text.substr(begin, end - begin + 1));
}

double number(const std::string& text, const std::string& where) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    throw UsageError(where + ": \"" + text + "\" is not a number");
  }
  return value;
}

std::optional<Dialog> dialog_named(const std::string& name) {
  if (name == "open" || name == "open-replace") return Dialog::open_files;
  if (name == "export") return Dialog::export_incidents;
  if (name == "png") return Dialog::save_image;
  return std::nullopt;
}

constexpr TableColumn kColumns[] = {TableColumn::date,       TableColumn::event_type, TableColumn::location,
                                    TableColumn::country,    TableColumn::fatalities, TableColumn::confidence,
                                    TableColumn::title};

std::optional<TableSort> parse_sort(const std::vector<std::string>& args) {
  if (args.size() != 2 || (args[1] != "asc" && args[1] != "desc")) return std::nullopt;
  for (const TableColumn column : kColumns) {
    if (args[0] == column_name(column)) {
      return TableSort{column, args[1] == "asc" ? SortOrder::ascending : SortOrder::descending};
    }
  }
  return std::nullopt;
}

ScriptStep parse_line(const std::string& line, const std::string& where) {
  std::istringstream words(line);
  std::string verb;
  words >> verb;
  const auto found = verbs().find(verb);
  if (found == verbs().end()) throw UsageError(where + ": unknown script command '" + verb + "'");
  const VerbSpec spec = found->second;
  ScriptStep step{spec.verb, {}, 0};
  if (spec.max_args < 0) {
    std::string rest;
    std::getline(words, rest);
    rest = trim(rest);
    if (!rest.empty() || spec.min_args == 0) step.args.push_back(rest);
  } else {
    for (std::string word; words >> word;) step.args.push_back(word);
  }
  const int count = int(step.args.size());
  if (count < spec.min_args || (spec.max_args >= 0 && count > spec.max_args)) {
    throw UsageError(where + ": wrong number of arguments for '" + verb + "'");
  }
  const bool numeric = spec.verb == ScriptVerb::size || spec.verb == ScriptVerb::wait || spec.verb == ScriptVerb::move ||
                       spec.verb == ScriptVerb::click || spec.verb == ScriptVerb::click_px ||
                       spec.verb == ScriptVerb::drag || spec.verb == ScriptVerb::drag_px ||
                       spec.verb == ScriptVerb::wheel || spec.verb == ScriptVerb::wheel_at ||
                       spec.verb == ScriptVerb::min_confidence ||
                       spec.verb == ScriptVerb::select_row || spec.verb == ScriptVerb::step;
  if (numeric) {
    for (const std::string& arg : step.args) number(arg, where);
  }
  if (spec.verb == ScriptVerb::correct) {
    number(step.args[1], where);
    number(step.args[2], where);
  }
  if (spec.verb == ScriptVerb::key && !key_codes().contains(step.args[0])) {
    throw UsageError(where + ": unknown key '" + step.args[0] + "'");
  }
  if (spec.verb == ScriptVerb::layers_by) parse_grouping(step.args[0]);
  if (spec.verb == ScriptVerb::playback) {
    number(step.args[0], where);
    number(step.args[1], where);
    if (step.args[2] != "loop" && step.args[2] != "stop") throw UsageError(where + ": playback ends with loop or stop");
  }
  if (spec.verb == ScriptVerb::dialog && !dialog_named(step.args[0])) {
    throw UsageError(where + ": dialog open, open-replace, export or png, not '" + step.args[0] + "'");
  }
  if (spec.verb == ScriptVerb::sort && !parse_sort(step.args)) {
    throw UsageError(where + ": sort COLUMN asc|desc, with a column the table has");
  }
  if (spec.verb == ScriptVerb::basemap) {
    for (const std::string& arg : step.args) {
      if (arg != "on" && arg != "off") throw UsageError(where + ": basemap on|off on|off");
    }
  }
  if (spec.verb == ScriptVerb::show && step.args[0] != "markers" && step.args[0] != "density") {
    throw UsageError(where + ": show markers or show density, not '" + step.args[0] + "'");
  }
  return step;
}

std::optional<int> parse_script_day(const std::string& text) { return render::parse_day(text); }

}  // namespace

std::vector<ScriptStep> read_script(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw UsageError("--script " + path + ": cannot read it");
  std::vector<ScriptStep> steps;
  std::string line;
  for (int number_of_line = 1; std::getline(in, line); ++number_of_line) {
    const std::string text = trim(line);
    if (text.empty() || text.front() == '#') continue;
    ScriptStep step = parse_line(text, path + ":" + std::to_string(number_of_line));
    step.line = number_of_line;
    steps.push_back(std::move(step));
  }
  return steps;
}

std::optional<geo::ScreenPoint> ScriptPlayer::pixel_of(const ScriptContext& context, const std::string& lon,
                                                       const std::string& lat) const {
  const auto where = geo::LonLat::from(geo::Longitude{std::stod(lon)}, geo::Latitude{std::stod(lat)});
  const auto at = context.projection.forward(where);
  if (!at) return std::nullopt;
  return context.camera.to_screen(*at);
}

ScriptFrame ScriptPlayer::next_frame(const ScriptContext& context) {
  ScriptFrame frame;
  if (next_ < steps_.size() && (phase_ > 0 || context.idle)) {
    if (play(steps_[next_], context, frame)) {
      ++next_;
      phase_ = 0;
    } else {
      ++phase_;
    }
  }
  if (pointer_.x >= 0 && !frame.pointer) frame.pointer = pointer_;
  return frame;
}

bool ScriptPlayer::play_pointer(const ScriptStep& step, const ScriptContext& context, ScriptFrame& frame) {
  const auto& a = step.args;
  const bool in_pixels = step.verb == ScriptVerb::click_px || step.verb == ScriptVerb::drag_px || step.verb == ScriptVerb::wheel;
  const auto point = [&](std::size_t i) -> std::optional<geo::ScreenPoint> {
    if (in_pixels) return geo::ScreenPoint{std::stod(a[i]), std::stod(a[i + 1])};
    return pixel_of(context, a[i], a[i + 1]);
  };
  const auto start = point(0);
  if (!start) {
    problems_.push_back("line " + std::to_string(step.line) + ": the position is not on this projection's map");
    return true;
  }
  const geo::ScreenSize size = context.camera.viewport();
  if (phase_ == 0 && (start->x < 0 || start->y < 0 || start->x >= size.width || start->y >= size.height)) {
    problems_.push_back("line " + std::to_string(step.line) + ": the position is outside the window");
  }
  pointer_ = *start;
  frame.pointer = pointer_;
  switch (step.verb) {
    case ScriptVerb::move: return true;
    case ScriptVerb::wheel:
    case ScriptVerb::wheel_at:
      if (phase_ == 0) return false;
      frame.wheel = std::stod(a[2]);
      return true;
    case ScriptVerb::click:
    case ScriptVerb::click_px:
      // Hover first, press, release: three frames like a real click.
      frame.button_down = phase_ == 1;
      return phase_ == 2;
    case ScriptVerb::drag:
    case ScriptVerb::drag_px: {
      constexpr int kMoves = 6;
      const auto end = point(2);
      if (!end) return true;
      const double t = std::clamp(double(phase_ - 1) / kMoves, 0.0, 1.0);
      pointer_ = {start->x + (end->x - start->x) * t, start->y + (end->y - start->y) * t};
      frame.pointer = pointer_;
      frame.button_down = phase_ >= 1 && phase_ <= kMoves + 1;
      return phase_ == kMoves + 2;
    }
    default: return true;
  }
}

void ScriptPlayer::play_command(const ScriptStep& step, const ScriptContext& context, ScriptFrame& frame) {
  const auto& a = step.args;
  const ViewerModel& model = context.model;
  const auto problem = [&](const std::string& text) { problems_.push_back("line " + std::to_string(step.line) + ": " + text); };
  IncidentFilter filter = model.filter();
  switch (step.verb) {
    case ScriptVerb::toggle_layer: {
      const auto* map = model.map();
      const auto& layers = map ? map->layering().layers : std::vector<render::Layer>{};
      const auto found = std::find_if(layers.begin(), layers.end(), [&](const render::Layer& l) { return l.name == a[0]; });
      if (found == layers.end()) return problem("no layer '" + a[0] + "'");
      frame.commands.push_back(SetLayerVisibility{a[0], found->visible ? Visibility::hidden : Visibility::shown});
      return;
    }
    case ScriptVerb::layers_by: frame.commands.push_back(SetGrouping{parse_grouping(a[0])}); return;
    case ScriptVerb::basemap:
      frame.commands.push_back(SetBasemapChoice{{a[0] == "on", a[1] == "on"}});
      return;
    case ScriptVerb::show:
      frame.commands.push_back(
          SetIncidentStyle{a[0] == "density" ? render::IncidentStyle::density : render::IncidentStyle::markers});
      return;
    case ScriptVerb::filter: filter.text = a.empty() ? "" : a[0]; break;
    case ScriptVerb::filter_type: filter.event_type = a.empty() ? "" : a[0]; break;
    case ScriptVerb::filter_country: filter.country = a.empty() ? "" : a[0]; break;
    case ScriptVerb::min_confidence: filter.min_confidence = std::stod(a[0]); break;
    case ScriptVerb::dates: {
      if (a[0] == "all") {
        filter.days.reset();
        break;
      }
      const auto first = parse_script_day(a[0]);
      const auto last = a.size() > 1 ? parse_script_day(a[1]) : first;
      if (!first || !last) return problem("dates need YYYY-MM-DD");
      filter.days = DayRange{*first, *last};
      break;
    }
    case ScriptVerb::select:
    case ScriptVerb::correct:
    case ScriptVerb::uncorrect:
    case ScriptVerb::relocate: {
      const auto incident = model.find_incident(a[0]);
      if (!incident) return problem("no incident '" + a[0] + "'");
      if (step.verb == ScriptVerb::select) {
        frame.commands.push_back(SelectIncident{*incident, CameraMove::fly_to});
      } else if (step.verb == ScriptVerb::relocate) {
        frame.commands.push_back(CorrectToPlace{*incident, a[1], {}});
      } else if (step.verb == ScriptVerb::uncorrect) {
        frame.commands.push_back(UndoCorrection{*incident});
      } else {
        const auto where = geo::LonLat::from(geo::Longitude{std::stod(a[1])}, geo::Latitude{std::stod(a[2])});
        frame.commands.push_back(CorrectLocation{*incident, where, a.size() > 3 ? a[3] : std::string()});
      }
      return;
    }
    case ScriptVerb::select_row: {
      const auto row = std::size_t(std::stoul(a[0]));
      if (row == 0 || row > model.table_rows().size()) return problem("the table has no row " + a[0]);
      frame.commands.push_back(SelectIncident{model.table_rows()[row - 1], CameraMove::fly_to});
      return;
    }
    case ScriptVerb::article:
      if (!model.selected()) return problem("article: nothing is selected");
      frame.commands.push_back(ShowSourceArticle{*model.selected()});
      return;
    case ScriptVerb::open: frame.commands.push_back(OpenInputs{{a[0]}}); return;
    case ScriptVerb::export_incidents: frame.commands.push_back(ExportIncidents{a[0], geo::Overwrite::replace}); return;
    case ScriptVerb::export_png: frame.commands.push_back(ExportMapImage{a[0], geo::Overwrite::replace}); return;
    case ScriptVerb::fit: frame.commands.push_back(ZoomToFit{}); return;
    case ScriptVerb::play: frame.commands.push_back(SetPlayback{Playback::playing}); return;
    case ScriptVerb::pause: frame.commands.push_back(SetPlayback{Playback::stopped}); return;
    case ScriptVerb::step: frame.commands.push_back(StepPlayback{std::stoi(a[0])}); return;
    case ScriptVerb::playback:
      frame.commands.push_back(SetPlaybackSettings{
          {std::stod(a[0]), std::stoi(a[1]), a[2] == "loop" ? PlaybackEnd::loop : PlaybackEnd::stop}});
      return;
    case ScriptVerb::dialog:
      frame.commands.push_back(
          ShowDialog{*dialog_named(a[0]), a[1], a[0] == "open-replace" ? OpenMode::replace : OpenMode::add});
      return;
    case ScriptVerb::sort: frame.commands.push_back(SetTableSort{*parse_sort(a)}); return;
    case ScriptVerb::undo: frame.commands.push_back(UndoFix{}); return;
    case ScriptVerb::redo: frame.commands.push_back(RedoFix{}); return;
    case ScriptVerb::reset_layout: frame.commands.push_back(ResetLayout{}); return;
    default: return;
  }
  frame.commands.push_back(SetFilter{std::move(filter)});
}

bool ScriptPlayer::play(const ScriptStep& step, const ScriptContext& context, ScriptFrame& frame) {
  switch (step.verb) {
    case ScriptVerb::size:
      frame.window_size = geo::ScreenSize{std::stoi(step.args[0]), std::stoi(step.args[1])};
      return true;
    case ScriptVerb::wait: return phase_ >= std::stoi(step.args[0]);
    case ScriptVerb::move:
    case ScriptVerb::click:
    case ScriptVerb::click_px:
    case ScriptVerb::drag:
    case ScriptVerb::drag_px:
    case ScriptVerb::wheel:
    case ScriptVerb::wheel_at: return play_pointer(step, context, frame);
    case ScriptVerb::key:
      // Held for one frame, released the next.
      if (phase_ == 0) frame.key = key_codes().find(step.args[0])->second;
      return phase_ == 1;
    case ScriptVerb::screenshot: frame.screenshot = step.args[0]; return true;
    case ScriptVerb::dump_state: frame.dump_state = step.args[0]; return true;
    case ScriptVerb::quit: frame.quit = true; return true;
    default: play_command(step, context, frame); return true;
  }
}

}  // namespace incimap::app
