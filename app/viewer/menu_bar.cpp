#include "app/viewer/menu_bar.hpp"

#include <filesystem>
#include <functional>

#include <imgui.h>
#include <imgui_stdlib.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/version.hpp"
#include "geo/export/data_attribution.hpp"

namespace incimap::app {
namespace {

constexpr const char* kDialogTitles[] = {"", "Open files", "Export incidents", "Save map image", "About incimap",
                                         "Controls"};

void open_dialog(UiState& ui, Dialog dialog) {
  ui.dialog = dialog;
  ui.dialog_opened = false;
}

void file_menu(const ViewerModel& model, UiState& ui, CommandList& commands) {
  if (!ImGui::BeginMenu("File")) return;
  if (ImGui::MenuItem("Open…", "Ctrl+O")) open_dialog(ui, Dialog::open_files);
  ImGui::Separator();
  if (ImGui::MenuItem("Export shown incidents…", "Ctrl+E", false, model.map() != nullptr)) {
    if (ui.export_path.empty()) ui.export_path = default_export_path(model, "-filtered.geojson");
    open_dialog(ui, Dialog::export_incidents);
  }
  if (ImGui::MenuItem("Save map as PNG…", "Ctrl+S")) {
    if (ui.image_path.empty()) ui.image_path = default_export_path(model, "-map.png");
    open_dialog(ui, Dialog::save_image);
  }
  ImGui::Separator();
  if (ImGui::MenuItem("Quit", "Ctrl+Q")) commands.push_back(Quit{});
  ImGui::EndMenu();
}

void view_menu(UiState& ui, CommandList& commands) {
  if (!ImGui::BeginMenu("View")) return;
  ImGui::MenuItem("Layers", nullptr, &ui.panels.layers);
  ImGui::MenuItem("Filters", nullptr, &ui.panels.filters);
  ImGui::MenuItem("Incident table", nullptr, &ui.panels.table);
  ImGui::MenuItem("Messages", nullptr, &ui.panels.messages);
  ImGui::Separator();
  if (ImGui::MenuItem("Zoom to fit", "F")) commands.push_back(ZoomToFit{});
  ImGui::EndMenu();
}

void help_menu(UiState& ui) {
  if (!ImGui::BeginMenu("Help")) return;
  if (ImGui::MenuItem("Controls")) open_dialog(ui, Dialog::controls);
  if (ImGui::MenuItem("About incimap")) open_dialog(ui, Dialog::about);
  ImGui::EndMenu();
}

void overwrite_and_buttons(UiState& ui, const char* action, bool ready, const std::function<void()>& run) {
  ImGui::Checkbox("Replace the file if it exists", &ui.overwrite);
  ImGui::Spacing();
  ImGui::BeginDisabled(!ready);
  if (ImGui::Button(action, {ImGui::GetFontSize() * 7, 0})) {
    run();
    ImGui::CloseCurrentPopup();
    ui.dialog = Dialog::none;
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Cancel", {ImGui::GetFontSize() * 7, 0})) {
    ImGui::CloseCurrentPopup();
    ui.dialog = Dialog::none;
  }
}

geo::Overwrite overwrite_of(const UiState& ui) { return ui.overwrite ? geo::Overwrite::replace : geo::Overwrite::refuse; }

void path_field(std::string& path, float width) {
  ImGui::SetNextItemWidth(width);
  if (!ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
  ImGui::InputText("##path", &path);
}

void open_files_body(UiState& ui, CommandList& commands) {
  ImGui::TextUnformatted("An incident file (GeoJSON, GeoPackage, any OGR format) or articles");
  ImGui::TextUnformatted("(.txt, .html, .json, .jsonl, .rss, .atom, or a folder of them):");
  path_field(ui.open_path, ImGui::GetFontSize() * 32);
  ImGui::TextDisabled("Tip: drop files onto the window.");
  ImGui::Spacing();
  ImGui::BeginDisabled(ui.open_path.empty());
  if (ImGui::Button("Open", {ImGui::GetFontSize() * 7, 0})) {
    commands.push_back(OpenInputs{{ui.open_path}});
    ImGui::CloseCurrentPopup();
    ui.dialog = Dialog::none;
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Cancel", {ImGui::GetFontSize() * 7, 0})) {
    ImGui::CloseCurrentPopup();
    ui.dialog = Dialog::none;
  }
}

void export_body(const ViewerModel& model, UiState& ui, CommandList& commands) {
  ImGui::Text("Writes the %zu incidents the map shows (filters and layers applied).", model.table_rows().size());
  ImGui::TextDisabled("The format follows the extension: .geojson .gpkg .csv .kml .fgb .shp");
  ImGui::TextDisabled("Corrected incidents carry geocode_status \"corrected\" and their original coordinates.");
  path_field(ui.export_path, ImGui::GetFontSize() * 32);
  overwrite_and_buttons(ui, "Export", !ui.export_path.empty(),
                        [&] { commands.push_back(ExportIncidents{ui.export_path, overwrite_of(ui)}); });
}

void save_image_body(UiState& ui, CommandList& commands) {
  ImGui::TextUnformatted("Saves the map as you see it, with a legend, at the window's size.");
  path_field(ui.image_path, ImGui::GetFontSize() * 32);
  overwrite_and_buttons(ui, "Save", !ui.image_path.empty(),
                        [&] { commands.push_back(ExportMapImage{ui.image_path, overwrite_of(ui)}); });
}

void about_body(UiState& ui) {
  ImGui::Text("incimap %s", kVersion);
  ImGui::TextUnformatted("News articles to a map of incidents, offline.");
  ImGui::Spacing();
  ImGui::TextUnformatted("MIT licence. Libraries and their licences: share/doc/incimap/THIRD-PARTY.md.");
  ImGui::Spacing();
  // The credit the data licences ask for, from the table the exports use.
  for (const geo::DataSource& source : geo::data_sources()) {
    ImGui::Text("%.*s: %.*s (%.*s), %.*s", int(source.what.size()), source.what.data(), int(source.name.size()),
                source.name.data(), int(source.licence.size()), source.licence.data(), int(source.url.size()),
                source.url.data());
  }
  ImGui::TextUnformatted("UI: Dear ImGui, GLFW. Font: DejaVu Sans.");
  ImGui::Spacing();
  if (ImGui::Button("Close", {ImGui::GetFontSize() * 7, 0})) {
    ImGui::CloseCurrentPopup();
    ui.dialog = Dialog::none;
  }
}

void controls_body(UiState& ui) {
  constexpr const char* kRows[][2] = {
      {"Drag the map", "pan"},
      {"Wheel, + / -", "zoom about the cursor / the centre"},
      {"Double-click", "zoom in"},
      {"Arrow keys", "pan"},
      {"F or Home", "zoom to the shown incidents"},
      {"Click a marker", "its details"},
      {"Click a cluster", "zoom in; list the incidents when they share one spot"},
      {"Drag the selected marker", "correct its location (saved beside the input)"},
      {"Esc", "clear the selection"},
      {"Drop files on the window", "open them"},
  };
  if (ImGui::BeginTable("##controls", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
    for (const auto& row : kRows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row[0]);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row[1]);
    }
    ImGui::EndTable();
  }
  if (ImGui::Button("Close", {ImGui::GetFontSize() * 7, 0})) {
    ImGui::CloseCurrentPopup();
    ui.dialog = Dialog::none;
  }
}

}  // namespace

std::string default_export_path(const ViewerModel& model, const char* suffix) {
  const auto& inputs = model.dataset().inputs;
  if (inputs.empty()) return std::string("incidents") + suffix;
  std::filesystem::path first(inputs.front().path);
  if (!first.has_filename()) first = first.parent_path();
  return (first.parent_path() / (first.stem().string() + suffix)).string();
}

void draw_menu_bar(const ViewerModel& model, UiState& ui, CommandList& commands) {
  if (!ImGui::BeginMainMenuBar()) return;
  file_menu(model, ui, commands);
  view_menu(ui, commands);
  help_menu(ui);
  ImGui::EndMainMenuBar();
}

void handle_menu_shortcuts(const ViewerModel& model, UiState& ui, CommandList& commands) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || !io.KeyCtrl) return;
  if (ImGui::IsKeyPressed(GLFW_KEY_O)) open_dialog(ui, Dialog::open_files);
  if (ImGui::IsKeyPressed(GLFW_KEY_E) && model.map()) {
    if (ui.export_path.empty()) ui.export_path = default_export_path(model, "-filtered.geojson");
    open_dialog(ui, Dialog::export_incidents);
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_S)) {
    if (ui.image_path.empty()) ui.image_path = default_export_path(model, "-map.png");
    open_dialog(ui, Dialog::save_image);
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_Q)) commands.push_back(Quit{});
}

void draw_dialogs(const ViewerModel& model, UiState& ui, CommandList& commands) {
  if (ui.dialog == Dialog::none) return;
  const char* title = kDialogTitles[int(ui.dialog)];
  if (!ui.dialog_opened) {
    ImGui::OpenPopup(title);
    ui.dialog_opened = true;
  }
  const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, {0.5f, 0.5f});
  bool open = true;
  if (!ImGui::BeginPopupModal(title, &open, ImGuiWindowFlags_AlwaysAutoResize)) {
    ui.dialog = Dialog::none;  // closed with the title bar's button or Esc
    return;
  }
  switch (ui.dialog) {
    case Dialog::open_files: open_files_body(ui, commands); break;
    case Dialog::export_incidents: export_body(model, ui, commands); break;
    case Dialog::save_image: save_image_body(ui, commands); break;
    case Dialog::about: about_body(ui); break;
    case Dialog::controls: controls_body(ui); break;
    case Dialog::none: break;
  }
  ImGui::EndPopup();
}

}  // namespace incimap::app
