#include "app/viewer/glfw_window.hpp"

#include <mutex>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/viewer/window_placement.hpp"
#include "render/gl/gl.hpp"

namespace incimap::app {
namespace {

// GLFW reports errors through a callback without user data.
std::mutex last_error_mutex;
std::string last_error;

void remember_error(int code, const char* description) {
  const std::lock_guard lock(last_error_mutex);
  last_error = std::string(description ? description : "unknown error") + " (GLFW error " + std::to_string(code) + ")";
}

std::string glfw_reason() {
  const std::lock_guard lock(last_error_mutex);
  return last_error.empty() ? std::string("no reason given") : last_error;
}

WindowEvents& events_of(GLFWwindow* window) { return *static_cast<WindowEvents*>(glfwGetWindowUserPointer(window)); }

void note_activity(GLFWwindow* window) { ++events_of(window).activity; }

}  // namespace

GlfwSession::GlfwSession() {
  glfwSetErrorCallback(remember_error);
  if (glfwInit() != GLFW_TRUE) throw WindowUnavailable("cannot start GLFW: " + glfw_reason());
}

GlfwSession::~GlfwSession() { glfwTerminate(); }

void GlfwWindowDestroyer::operator()(GLFWwindow* window) const noexcept { glfwDestroyWindow(window); }

namespace {

bool renders_in_software() {
  const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  const std::string name = renderer ? renderer : "";
  return name.find("llvmpipe") != std::string::npos || name.find("softpipe") != std::string::npos;
}

MonitorWorkArea primary_work_area() {
  MonitorWorkArea area;
  GLFWmonitor* monitor = glfwGetPrimaryMonitor();
  if (!monitor) return area;
  glfwGetMonitorWorkarea(monitor, &area.x, &area.y, &area.width, &area.height);
  float y_scale = 1;
  glfwGetMonitorContentScale(monitor, &area.content_scale, &y_scale);
  return area;
}

GlfwWindowPtr open_window_once(const WindowRequest& request) {
  const WindowPlacement placement = place_window(request.size, primary_work_area());
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SAMPLES, request.samples);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  glfwWindowHint(GLFW_MAXIMIZED, request.state == WindowState::maximized ? GLFW_TRUE : GLFW_FALSE);
  GlfwWindowPtr window(
      glfwCreateWindow(placement.size.width, placement.size.height, request.title.c_str(), nullptr, nullptr));
  if (!window) throw WindowUnavailable("cannot open an OpenGL 3.3 window: " + glfw_reason());
  if (request.state != WindowState::maximized) glfwSetWindowPos(window.get(), placement.x, placement.y);
  glfwMakeContextCurrent(window.get());
  glfwSwapInterval(request.vsync == Vsync::on ? 1 : 0);
  return window;
}

}  // namespace

GlfwWindowPtr open_window(const WindowRequest& request) {
  GlfwWindowPtr window = open_window_once(request);
  if (request.samples == 0 || !renders_in_software()) return window;
  window.reset();
  WindowRequest single_sampled = request;
  single_sampled.samples = 0;
  return open_window_once(single_sampled);
}

void watch_window_events(GLFWwindow* window, WindowEvents& events) {
  glfwSetWindowUserPointer(window, &events);
  glfwSetDropCallback(window, [](GLFWwindow* w, int count, const char** paths) {
    for (int i = 0; i < count; ++i) events_of(w).dropped.emplace_back(paths[i]);
    note_activity(w);
  });
  glfwSetCursorPosCallback(window, [](GLFWwindow* w, double, double) { note_activity(w); });
  glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int, int, int) { note_activity(w); });
  glfwSetScrollCallback(window, [](GLFWwindow* w, double, double) { note_activity(w); });
  glfwSetKeyCallback(window, [](GLFWwindow* w, int, int, int, int) { note_activity(w); });
  glfwSetCharCallback(window, [](GLFWwindow* w, unsigned int) { note_activity(w); });
  glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int) { note_activity(w); });
  glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int) { note_activity(w); });
  glfwSetFramebufferSizeCallback(window, [](GLFWwindow* w, int, int) { note_activity(w); });
  glfwSetWindowRefreshCallback(window, [](GLFWwindow* w) { note_activity(w); });
  glfwSetWindowContentScaleCallback(window, [](GLFWwindow* w, float, float) { note_activity(w); });
}

void wake_event_loop() noexcept { glfwPostEmptyEvent(); }

}  // namespace incimap::app
