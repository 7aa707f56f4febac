// ViewerApp's input: scripted frames, scripted input standing in for the
// mouse and keyboard, and this frame's input as the map sees it.

#include <cfloat>

#include <imgui.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/viewer/viewer_app.hpp"

namespace incimap::app {

std::optional<ScriptFrame> ViewerApp::next_script_frame() {
  if (!script_ && !bench_) return std::nullopt;
  ScriptFrame frame;
  if (script_) {
    frame = script_->next_frame({map_view_.camera(), model_.projection(), model_, idle()});
  } else {
    // The benchmark hovers the middle of the map: picking runs every frame, as with a user's mouse.
    const geo::ScreenSize size = framebuffer_size();
    frame.pointer = geo::ScreenPoint{size.width / 2.0, size.height / 2.0};
  }
  if (frame.button_down || frame.wheel != 0 || frame.key >= 0 || !frame.commands.empty() ||
      frame.window_size) {
    ++events_.activity;
  }
  return frame;
}

void ViewerApp::override_input(const std::optional<ScriptFrame>& script) {
  if (!options_.unattended()) return;
  // Scripted input replaces the real mouse and keyboard entirely.
  ImGuiIO& io = ImGui::GetIO();
  const float scale = io.DisplayFramebufferScale.x > 0 ? io.DisplayFramebufferScale.x : 1.0f;
  if (script && script->pointer) {
    if (script->pointer != last_script_pointer_) ++events_.activity;
    last_script_pointer_ = script->pointer;
    io.MousePos = {float(script->pointer->x) / scale, float(script->pointer->y) / scale};
  } else {
    io.MousePos = {-FLT_MAX, -FLT_MAX};
  }
  for (bool& down : io.MouseDown) down = false;
  io.MouseDown[0] = script && script->button_down;
  io.MouseWheel = script ? float(script->wheel) : 0.0f;
  if (last_script_key_ >= 0) io.KeysDown[last_script_key_] = false;
  last_script_key_ = script ? script->key : -1;
  if (last_script_key_ >= 0) io.KeysDown[last_script_key_] = true;
}

MapInput ViewerApp::map_input() const {
  const ImGuiIO& io = ImGui::GetIO();
  const float scale = io.DisplayFramebufferScale.x > 0 ? io.DisplayFramebufferScale.x : 1.0f;
  MapInput input;
  PointerInput& pointer = input.pointer;
  pointer.at = {double(io.MousePos.x * scale), double(io.MousePos.y * scale)};
  const geo::ScreenSize size = map_view_.camera().viewport();
  const bool inside = ImGui::IsMousePosValid() && pointer.at.x >= 0 && pointer.at.y >= 0 &&
                      pointer.at.x < size.width && pointer.at.y < size.height;
  pointer.over_map = inside && !io.WantCaptureMouse;
  pointer.pressed = pointer.over_map && io.MouseClicked[0];
  pointer.down = io.MouseDown[0];
  pointer.released = io.MouseReleased[0];
  pointer.double_clicked = pointer.over_map && io.MouseDoubleClicked[0];
  pointer.wheel = pointer.over_map ? double(io.MouseWheel) : 0.0;
  if (!io.WantCaptureKeyboard && !io.WantTextInput && !io.KeyCtrl) {
    MapKeys& keys = input.keys;
    keys.zoom_in = ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD);
    keys.zoom_out = ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT);
    keys.fit = ImGui::IsKeyPressed(GLFW_KEY_F, false) || ImGui::IsKeyPressed(GLFW_KEY_HOME, false);
    keys.left = ImGui::IsKeyPressed(GLFW_KEY_LEFT);
    keys.right = ImGui::IsKeyPressed(GLFW_KEY_RIGHT);
    keys.up = ImGui::IsKeyPressed(GLFW_KEY_UP);
    keys.down = ImGui::IsKeyPressed(GLFW_KEY_DOWN);
    keys.escape = ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false);
  }
  return input;
}

}  // namespace incimap::app
