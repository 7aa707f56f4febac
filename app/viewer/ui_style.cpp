#include "app/viewer/ui_style.hpp"

namespace incimap::app {

ImVec4 to_imgui(const render::Rgba& colour) noexcept { return {colour.r, colour.g, colour.b, colour.a}; }

ImU32 to_imgui_u32(const render::Rgba& colour) noexcept { return ImGui::ColorConvertFloat4ToU32(to_imgui(colour)); }

void apply_ui_style(float content_scale) {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 6;
  style.ChildRounding = 4;
  style.FrameRounding = 4;
  style.PopupRounding = 4;
  style.GrabRounding = 4;
  style.ScrollbarRounding = 6;
  style.TabRounding = 4;
  style.WindowBorderSize = 1;
  style.FrameBorderSize = 0;
  style.WindowPadding = {10, 8};
  style.FramePadding = {6, 4};
  style.ItemSpacing = {8, 6};
  style.CellPadding = {6, 3};
  style.ScrollbarSize = 12;
  style.WindowTitleAlign = {0.0f, 0.5f};

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = {0.13f, 0.15f, 0.18f, 1.00f};
  c[ImGuiCol_TextDisabled] = {0.45f, 0.48f, 0.53f, 1.00f};
  c[ImGuiCol_WindowBg] = {0.98f, 0.98f, 0.99f, 1.00f};  // opaque: the map is not drawn under panels
  c[ImGuiCol_PopupBg] = {1.00f, 1.00f, 1.00f, 0.98f};
  c[ImGuiCol_Border] = {0.76f, 0.79f, 0.83f, 0.80f};
  c[ImGuiCol_FrameBg] = {0.92f, 0.93f, 0.95f, 1.00f};
  c[ImGuiCol_FrameBgHovered] = {0.87f, 0.90f, 0.94f, 1.00f};
  c[ImGuiCol_FrameBgActive] = {0.82f, 0.87f, 0.93f, 1.00f};
  c[ImGuiCol_TitleBg] = {0.90f, 0.92f, 0.94f, 1.00f};
  c[ImGuiCol_TitleBgActive] = {0.84f, 0.88f, 0.93f, 1.00f};
  c[ImGuiCol_TitleBgCollapsed] = {0.90f, 0.92f, 0.94f, 0.90f};
  c[ImGuiCol_MenuBarBg] = {0.95f, 0.96f, 0.97f, 1.00f};
  c[ImGuiCol_Header] = {0.80f, 0.87f, 0.95f, 1.00f};
  c[ImGuiCol_HeaderHovered] = {0.72f, 0.82f, 0.94f, 1.00f};
  c[ImGuiCol_HeaderActive] = {0.62f, 0.76f, 0.93f, 1.00f};
  c[ImGuiCol_Button] = {0.88f, 0.90f, 0.93f, 1.00f};
  c[ImGuiCol_ButtonHovered] = {0.76f, 0.84f, 0.94f, 1.00f};
  c[ImGuiCol_ButtonActive] = {0.64f, 0.77f, 0.93f, 1.00f};
  c[ImGuiCol_CheckMark] = {0.12f, 0.43f, 0.78f, 1.00f};
  c[ImGuiCol_SliderGrab] = {0.30f, 0.52f, 0.80f, 1.00f};
  c[ImGuiCol_SliderGrabActive] = {0.12f, 0.43f, 0.78f, 1.00f};
  c[ImGuiCol_PlotHistogram] = {0.30f, 0.52f, 0.80f, 1.00f};
  c[ImGuiCol_TableHeaderBg] = {0.91f, 0.93f, 0.95f, 1.00f};
  c[ImGuiCol_TableRowBgAlt] = {0.95f, 0.96f, 0.97f, 0.60f};
  c[ImGuiCol_Separator] = {0.80f, 0.83f, 0.87f, 1.00f};
  style.ScaleAllSizes(content_scale);
}

}  // namespace incimap::app
