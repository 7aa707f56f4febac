#pragma once
// What `incimap view` was asked to do: the map options it shares with
// `render`, and the options for tests and measurements.

#include <optional>
#include <string>

#include "app/viewer/map_options.hpp"
#include "geo/projection/screen_point.hpp"

namespace incimap::app {

struct ViewOptions {
  MapOptions map;
  std::string gazetteer;                   // for articles and place look-ups
  std::optional<geo::ScreenSize> size;     // window size; default: the remembered one
  std::optional<std::string> script;       // --script FILE
  std::optional<std::string> screenshot;   // --screenshot PNG after the first idle frame, then quit
  std::optional<std::string> dump_state;   // --dump-state JSON written at quit
  std::optional<int> bench_frames;         // --bench-frames N
  // Scripted, screenshot and benchmark runs take input from no one.
  bool unattended() const noexcept { return script || screenshot || bench_frames; }
  // Screenshots and benchmarks use the default layout and leave the
  // remembered one alone, so they are repeatable; a script acts as a user
  // would (tests point $XDG_CONFIG_HOME elsewhere).
  bool remembers_layout() const noexcept { return !screenshot && !bench_frames; }
};

}  // namespace incimap::app
