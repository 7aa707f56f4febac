#pragma once
// The viewer's window: GLFW set up and torn down, one window with an
// OpenGL 3.3 core context, and the window events the frame loop needs
// beyond what ImGui reads (files dropped on it, anything that should wake
// an idle loop).

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "geo/projection/screen_point.hpp"

struct GLFWwindow;

namespace incimap::app {

class WindowUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// glfwInit for its lifetime. Throws WindowUnavailable with GLFW's reason
// (typically: no display).
class GlfwSession {
 public:
  GlfwSession();
  ~GlfwSession();
  GlfwSession(const GlfwSession&) = delete;
  GlfwSession& operator=(const GlfwSession&) = delete;
};

struct GlfwWindowDestroyer {
  void operator()(GLFWwindow* window) const noexcept;
};
using GlfwWindowPtr = std::unique_ptr<GLFWwindow, GlfwWindowDestroyer>;

enum class Vsync : std::uint8_t { on, off };
enum class WindowState : std::uint8_t { normal, maximized };

struct WindowRequest {
  geo::ScreenSize size{1280, 800};  // screen coordinates
  std::string title = "incimap";
  WindowState state = WindowState::normal;
  Vsync vsync = Vsync::on;
  int samples = 4;  // multisampling for smooth coastlines; dropped on a software rasteriser
};

// Opens the window with its context current on this thread, inside the
// primary monitor's work area (window_placement.hpp). Multisampling
// doubles a software rasteriser's (llvmpipe's) frame time, so there the
// window is opened again without it. Throws WindowUnavailable naming GLFW's reason.
GlfwWindowPtr open_window(const WindowRequest& request);

struct WindowEvents {
  std::vector<std::string> dropped;  // paths dropped since the loop last took them
  std::uint64_t activity = 0;        // bumped by every input event
};

// Routes the window's events into `events`, which must outlive the window.
// Call before ImGui installs its callbacks: ImGui chains to these.
void watch_window_events(GLFWwindow* window, WindowEvents& events);

// Wakes a loop blocked in glfwWaitEventsTimeout; safe from any thread.
void wake_event_loop() noexcept;

}  // namespace incimap::app
