#include "app/cli/progress_meter.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace incimap::app {
namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

std::string format(const char* pattern, double a, double b = 0) {
  char text[64];
  std::snprintf(text, sizeof text, pattern, a, b);
  return text;
}

struct Unit {
  double bytes;
  const char* name;
};

// kB, MB or GB, whichever shows `bytes` with one to three digits before the point.
Unit unit_for(double bytes) {
  if (bytes >= 1e9) return {1e9, "GB"};
  if (bytes >= 1e6) return {1e6, "MB"};
  return {1e3, "kB"};
}

std::string time_left(double seconds) {
  const long s = std::lround(seconds);
  if (s < 60) return std::to_string(s) + " s";
  char text[32];
  std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
  return text;
}

}  // namespace

std::string progress_figures(std::uint64_t done, std::uint64_t total, double seconds) {
  const double rate = seconds > 0 ? double(done) / seconds : 0;
  const Unit size = unit_for(double(std::max(done, total)));
  std::string line;
  if (total > 0) {
    const double share = std::min(1.0, double(done) / double(total));
    line = format("%3.0f%% %.1f", share * 100, double(done) / size.bytes) +
           format(" of %.1f ", double(total) / size.bytes) + size.name;
  } else {
    line = format("%.1f ", double(done) / size.bytes) + size.name;
  }
  const Unit speed = unit_for(rate);
  line += format(", %.1f ", rate / speed.bytes) + speed.name + "/s";
  if (total > 0 && done < total && rate > 0) line += ", " + time_left(double(total - done) / rate) + " left";
  return line;
}

ProgressMeter::ProgressMeter(std::string label, std::uint64_t total_bytes, ProgressShown shown)
    : label_(std::move(label)),
      total_(total_bytes),
      shown_(shown == ProgressShown::if_terminal && ::isatty(STDERR_FILENO)),
      started_(std::chrono::steady_clock::now()),
      drawn_(started_) {}

ProgressMeter::~ProgressMeter() { finish(); }

void ProgressMeter::add(std::uint64_t bytes) {
  done_ += bytes;
  if (!shown_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - drawn_ < kRedrawEvery) return;
  drawn_ = now;
  draw();
}

void ProgressMeter::note(std::string text) {
  note_ = std::move(text);
  if (shown_) draw();
}

void ProgressMeter::finish() {
  if (!shown_ || finished_) return;
  finished_ = true;
  if (total_ > 0) done_ = std::max(done_, total_);  // inputs that shrank, or failed part-way
  note_.clear();
  draw();
  std::fputc('\n', stderr);
}

void ProgressMeter::draw() {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  std::string line = "\r" + label_ + ": " + progress_figures(done_, total_, seconds);
  if (!note_.empty()) line += " (" + note_ + ")";
  line += "\x1b[K";  // erase what a longer line left
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
}

}  // namespace incimap::app
