#pragma once
// Progress of a long command on stderr, as GDAL's tools show it: the share
// of the input bytes done, the rate and the time left, redrawn in place on
// one line. Only for a person watching: nothing when stderr is not a
// terminal (a log, a pipe, a test) or with -q.

#include <chrono>
#include <cstdint>
#include <string>

namespace incimap::app {

enum class ProgressShown { if_terminal, never };

class ProgressMeter {
 public:
  // `total_bytes` 0: unknown (stdin), then the meter shows bytes and rate only.
  ProgressMeter(std::string label, std::uint64_t total_bytes, ProgressShown shown);
  ProgressMeter(const ProgressMeter&) = delete;
  ProgressMeter& operator=(const ProgressMeter&) = delete;
  ~ProgressMeter();

  bool shown() const noexcept { return shown_; }
  // Known only once the inputs are listed, which is worth doing only when shown.
  void set_total(std::uint64_t total_bytes) noexcept { total_ = total_bytes; }
  // `bytes` more of the input are done; redraws at most ten times a second.
  void add(std::uint64_t bytes);
  // What is being worked on, after the figures ("reading cities500.txt").
  void note(std::string text);
  // What starts a message line while the meter is drawn: a carriage return
  // and an erase, so the message does not run on after the figures (the
  // next redraw puts them back under it). Empty when not shown.
  const char* message_prefix() const noexcept { return shown_ && !finished_ ? "\r\x1b[K" : ""; }
  // The last line, ended; later calls do nothing.
  void finish();

 private:
  void draw();

  std::string label_;
  std::uint64_t total_ = 0;
  std::uint64_t done_ = 0;
  std::string note_;
  bool shown_ = false;
  bool finished_ = false;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point drawn_;
};

// The line the meter draws: "45% 12.3 of 27.0 MB, 4.1 MB/s, 3 s left".
// `total` 0: unknown. Separate from the drawing so that it can be tested.
std::string progress_figures(std::uint64_t done, std::uint64_t total, double seconds);

}  // namespace incimap::app
