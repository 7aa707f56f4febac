#include "app/viewer/imgui_session.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include <imgui.h>
#include <imgui_internal.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include "render/gl/gl.hpp"

namespace incimap::app {
namespace {

constexpr const char* kSettingsType = "incimap";

void* open_entry(ImGuiContext*, ImGuiSettingsHandler* handler, const char* name) {
  return std::strcmp(name, "Window") == 0 ? handler->UserData : nullptr;
}

void read_line(ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
  auto& settings = *static_cast<WindowSettings*>(entry);
  int a = 0, b = 0;
  WorkArea area;
  if (std::sscanf(line, "PanelArea=%f,%f,%f,%f", &area.x, &area.y, &area.width, &area.height) == 4) {
    if (area.width >= 1 && area.height >= 1 && area.width <= 16384 && area.height <= 16384) settings.panel_area = area;
  } else if (std::sscanf(line, "Size=%d,%d", &a, &b) == 2 && a >= 200 && b >= 150 && a <= 16384 && b <= 16384) {
    settings.size = {a, b};
    settings.loaded = true;
  } else if (std::sscanf(line, "Maximized=%d", &a) == 1) {
    settings.state = a ? WindowState::maximized : WindowState::normal;
  }
}

void write_all(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* out) {
  const auto& settings = *static_cast<const WindowSettings*>(handler->UserData);
  out->appendf("[%s][Window]\nSize=%d,%d\nMaximized=%d\n", kSettingsType, settings.size.width,
               settings.size.height, settings.state == WindowState::maximized ? 1 : 0);
  if (const auto& a = settings.panel_area) out->appendf("PanelArea=%g,%g,%g,%g\n", a->x, a->y, a->width, a->height);
  out->append("\n");
}

}  // namespace

ImGuiSession::ImGuiSession(std::filesystem::path ini_file) : ini_file_(std::move(ini_file)) {
  IMGUI_CHECKVERSION();
  context_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  ImGuiSettingsHandler handler;
  handler.TypeName = kSettingsType;
  handler.TypeHash = ImHashStr(kSettingsType);
  handler.ReadOpenFn = open_entry;
  handler.ReadLineFn = read_line;
  handler.WriteAllFn = write_all;
  handler.UserData = &settings_;
  context_->SettingsHandlers.push_back(handler);
  if (ini_file_.empty()) {
    io.IniFilename = nullptr;
    return;
  }
  ini_file_name_ = ini_file_.string();
  io.IniFilename = ini_file_name_.c_str();
  if (std::filesystem::exists(ini_file_)) ImGui::LoadIniSettingsFromDisk(ini_file_name_.c_str());
}

ImGuiSession::~ImGuiSession() { ImGui::DestroyContext(context_); }  // writes the ini

void ImGuiSession::remember_window(geo::ScreenSize size, WindowState state,
                                   std::optional<WorkArea> panel_area) noexcept {
  if (state == WindowState::normal && size.width > 0 && size.height > 0) settings_.size = size;
  settings_.state = state;
  if (panel_area) settings_.panel_area = panel_area;
}

ImGuiBackends::ImGuiBackends(GLFWwindow* window) {
  if (!ImGui_ImplGlfw_InitForOpenGL(window, true)) throw WindowUnavailable("ImGui's GLFW backend did not start");
  if (!ImGui_ImplOpenGL3_Init("#version 330 core")) {
    ImGui_ImplGlfw_Shutdown();
    throw WindowUnavailable("ImGui's OpenGL 3 backend did not start");
  }
}

ImGuiBackends::~ImGuiBackends() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
}

void ImGuiBackends::upload_fonts() {
  ImGui::GetIO().Fonts->Flags |= ImFontAtlasFlags_NoBakedLines;  // lines antialiased by geometry, not by filtering
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  const auto texture = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(ImGui::GetIO().Fonts->TexID));
  GLint bound = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glBindTexture(GL_TEXTURE_2D, GLuint(bound));
}

void ImGuiBackends::read_input() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
}

void ImGuiBackends::begin_frame() { ImGui::NewFrame(); }

void ImGuiBackends::render() {
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace incimap::app
