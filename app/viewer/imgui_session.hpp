#pragma once
// Dear ImGui for the viewer's window: the context, the GLFW and OpenGL 3
// backends, and imgui.ini, which keeps the panel layout and (in an
// [incimap][Window] entry of its own) the window's size between runs.

#include <filesystem>
#include <memory>

#include "app/viewer/dock_layout.hpp"
#include "app/viewer/glfw_window.hpp"

struct ImGuiContext;

namespace incimap::app {

struct WindowSettings {
  geo::ScreenSize size{1280, 800};  // screen coordinates
  WindowState state = WindowState::normal;
  bool loaded = false;  // the ini had an entry
  // The work area (ImGui pixels) the remembered panels were laid out for.
  std::optional<WorkArea> panel_area;
};

class ImGuiSession {
 public:
  // `ini_file` empty: the default layout, nothing read or written (tests,
  // benchmarks). Reads the ini at once so the window can open at its
  // remembered size.
  explicit ImGuiSession(std::filesystem::path ini_file);
  // Saves the ini (when there is one).
  ~ImGuiSession();
  ImGuiSession(const ImGuiSession&) = delete;
  ImGuiSession& operator=(const ImGuiSession&) = delete;

  const WindowSettings& window_settings() const noexcept { return settings_; }
  // What the ini will remember; the loop updates it as the window changes.
  void remember_window(geo::ScreenSize size, WindowState state, std::optional<WorkArea> panel_area) noexcept;


 private:
  std::filesystem::path ini_file_;
  std::string ini_file_name_;  // ImGui keeps the pointer
  WindowSettings settings_;
  ImGuiContext* context_ = nullptr;
};

// ImGui's GLFW and OpenGL 3 backends on one window; they go (GL objects
// deleted, GLFW callbacks restored) before the window does.
class ImGuiBackends {
 public:
  // Call after watch_window_events() so ImGui chains to those callbacks.
  // Needs the window's context current.
  explicit ImGuiBackends(GLFWwindow* window);
  ~ImGuiBackends();
  ImGuiBackends(const ImGuiBackends&) = delete;
  ImGuiBackends& operator=(const ImGuiBackends&) = delete;

  // Builds the font atlas into a texture sampled without filtering: glyphs
  // are rasterised at their exact pixel size and drawn on whole pixels, and a
  // software rasteriser samples nearest texels much faster. Call once the
  // fonts are added.
  void upload_fonts();
  void read_input();  // the backends' half of a new frame; io may be overridden after it
  void begin_frame();  // ImGui::NewFrame()
  void render();       // draws the panels into the bound framebuffer
};

}  // namespace incimap::app
