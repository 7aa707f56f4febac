#include "app/viewer/menu_bar.hpp"

#include <filesystem>
#include <functional>

#include <imgui.h>
#include <imgui_stdlib.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/version.hpp"
#include "app/viewer/ui_style.hpp"
#include "geo/export/data_attribution.hpp"

namespace incimap::app {
namespace {

constexpr const char* kDialogTitles[] = {"", "Open files", "Export incidents", "Save map image", "About incimap",
                                         "Controls"};

void open_dialog(UiState& ui, Dialog dialog) {
  ui.dialog = dialog;
  ui.dialog_opened = false;
  ui.awaiting_write.reset();
  ui.dialog_error.clear();
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

void edit_menu(const ViewerModel& model, CommandList& commands) {
  if (!ImGui::BeginMenu("Edit")) return;
  if (ImGui::MenuItem("Undo location fix", "Ctrl+Z", false, model.can_undo_fix())) commands.push_back(UndoFix{});
  if (ImGui::MenuItem("Redo location fix", "Ctrl+Shift+Z", false, model.can_redo_fix())) commands.push_back(RedoFix{});
  ImGui::EndMenu();
}

void view_menu(const ViewerModel& model, bool has_user_basemap, UiState& ui, CommandList& commands) {
  if (!ImGui::BeginMenu("View")) return;
  ImGui::MenuItem("Layers", nullptr, &ui.panels.layers);
  ImGui::MenuItem("Filters", nullptr, &ui.panels.filters);
  ImGui::MenuItem("Incident table", nullptr, &ui.panels.table);
  ImGui::MenuItem("Messages", nullptr, &ui.panels.messages);
  if (ImGui::MenuItem("Reset layout")) commands.push_back(ResetLayout{});
  ImGui::Separator();
  if (ImGui::BeginMenu("Basemap")) {
    render::BasemapChoice choice = model.basemap_choice();
    bool changed = ImGui::MenuItem("Natural Earth (land, borders, coasts)", nullptr, &choice.natural_earth);
    changed |= ImGui::MenuItem("Your basemap (--basemap)", nullptr, &choice.user, has_user_basemap);
    if (changed) commands.push_back(SetBasemapChoice{choice});
    ImGui::EndMenu();
  }
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

void close_dialog(UiState& ui) {
  ImGui::CloseCurrentPopup();
  ui.dialog = Dialog::none;
  ui.awaiting_write.reset();
  ui.dialog_error.clear();
}

// The path box, focused when the dialog opens. True when Enter was pressed in it.
bool path_field(std::string& path, float width) {
  ImGui::SetNextItemWidth(width);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  return ImGui::InputText("##path", &path, ImGuiInputTextFlags_EnterReturnsTrue);
}

// A write the dialog asked for has finished: close on success, else keep
// the dialog open with the reason, so the user can fix the path and retry.
void follow_write(const ViewerModel& model, UiState& ui) {
  if (!ui.awaiting_write || model.last_write().serial <= *ui.awaiting_write) return;
  if (model.last_write().ok) {
    close_dialog(ui);
    return;
  }
  ui.dialog_error = model.last_write().message;
  ui.awaiting_write.reset();
}

void overwrite_and_buttons(const ViewerModel& model, UiState& ui, const char* action, bool ready, bool entered,
                           const std::function<void()>& run) {
  ImGui::Checkbox("Replace the file if it exists", &ui.overwrite);
  if (!ui.dialog_error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui_colour::kError));
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    ImGui::TextUnformatted(ui.dialog_error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  ImGui::Spacing();
  const bool waiting = ui.awaiting_write.has_value();
  ImGui::BeginDisabled(!ready || waiting);
  if ((ImGui::Button(action, {ImGui::GetFontSize() * 7, 0}) || (entered && ready)) && !waiting) {
    ui.awaiting_write = model.last_write().serial;
    ui.dialog_error.clear();
    run();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Cancel", {ImGui::GetFontSize() * 7, 0})) close_dialog(ui);
  if (waiting) {
    ImGui::SameLine();
    ImGui::TextDisabled("Writing…");
  }
  follow_write(model, ui);
}

geo::Overwrite overwrite_of(const UiState& ui) { return ui.overwrite ? geo::Overwrite::replace : geo::Overwrite::refuse; }

void open_files_body(const ViewerModel& model, UiState& ui, CommandList& commands) {
  ImGui::TextUnformatted("An incident file (GeoJSON, GeoPackage, any OGR format) or articles");
  ImGui::TextUnformatted("(.txt, .html, .json, .jsonl, .rss, .atom, or a folder of them):");
  const bool entered = path_field(ui.open_path, ImGui::GetFontSize() * 32);
  if (model.map()) {
    // What is loaded stays unless the user says otherwise.
    int replace = ui.open_replaces ? 1 : 0;
    ImGui::RadioButton("Add to the incidents loaded", &replace, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Replace them", &replace, 1);
    ui.open_replaces = replace == 1;
  }
  ImGui::TextDisabled("Tip: drop files onto the window.");
  ImGui::Spacing();
  ImGui::BeginDisabled(ui.open_path.empty());
  if (ImGui::Button("Open", {ImGui::GetFontSize() * 7, 0}) || (entered && !ui.open_path.empty())) {
    commands.push_back(OpenInputs{{ui.open_path}, ui.open_replaces ? OpenMode::replace : OpenMode::add, AfterOpen::fit});
    close_dialog(ui);
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Cancel", {ImGui::GetFontSize() * 7, 0})) close_dialog(ui);
}

void export_body(const ViewerModel& model, UiState& ui, CommandList& commands) {
  ImGui::Text("Writes the %zu incidents the map shows (filters and layers applied).", model.table_rows().size());
  ImGui::TextDisabled("The format follows the extension: .geojson .gpkg .csv .kml .fgb .shp");
  ImGui::TextDisabled("Corrected incidents carry geocode_status \"corrected\" and their original coordinates.");
  const bool entered = path_field(ui.export_path, ImGui::GetFontSize() * 32);
  overwrite_and_buttons(model, ui, "Export", !ui.export_path.empty(), entered,
                        [&] { commands.push_back(ExportIncidents{ui.export_path, overwrite_of(ui)}); });
}

void save_image_body(const ViewerModel& model, UiState& ui, CommandList& commands) {
  ImGui::TextUnformatted("Saves the map between the panels as you see it, with a legend.");
  const bool entered = path_field(ui.image_path, ImGui::GetFontSize() * 32);
  overwrite_and_buttons(model, ui, "Save", !ui.image_path.empty(), entered,
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
  if (ImGui::Button("Close", {ImGui::GetFontSize() * 7, 0})) close_dialog(ui);
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
  if (ImGui::Button("Close", {ImGui::GetFontSize() * 7, 0})) close_dialog(ui);
}

}  // namespace

std::string default_export_path(const ViewerModel& model, const char* suffix) {
  const auto& inputs = model.dataset().inputs;
  if (inputs.empty()) return std::string("incidents") + suffix;
  std::filesystem::path first(inputs.front().path);
  if (!first.has_filename()) first = first.parent_path();
  return (first.parent_path() / (first.stem().string() + suffix)).string();
}

void draw_menu_bar(const ViewerModel& model, bool has_user_basemap, UiState& ui, CommandList& commands) {
  if (!ImGui::BeginMainMenuBar()) return;
  file_menu(model, ui, commands);
  edit_menu(model, commands);
  view_menu(model, has_user_basemap, ui, commands);
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
  // Ctrl+Y too, as Windows editors redo.
  if (ImGui::IsKeyPressed(GLFW_KEY_Z) && !io.KeyShift) commands.push_back(UndoFix{});
  if ((ImGui::IsKeyPressed(GLFW_KEY_Z) && io.KeyShift) || ImGui::IsKeyPressed(GLFW_KEY_Y)) commands.push_back(RedoFix{});
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
    case Dialog::open_files: open_files_body(model, ui, commands); break;
    case Dialog::export_incidents: export_body(model, ui, commands); break;
    case Dialog::save_image: save_image_body(model, ui, commands); break;
    case Dialog::about: about_body(ui); break;
    case Dialog::controls: controls_body(ui); break;
    case Dialog::none: break;
  }
  ImGui::EndPopup();
}

}  // namespace incimap::app
