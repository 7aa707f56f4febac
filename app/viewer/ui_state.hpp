#pragma once
// What the panels remember between frames that is not the model's business:
// which panels are open, dialog fields, the place search of a correction,
// where the source article would be read from.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/viewer/dock_layout.hpp"
#include "app/viewer/source_article.hpp"
#include "app/viewer/status_layout.hpp"
#include "geo/resolve/place_mention.hpp"

namespace incimap::app {

enum class Dialog : std::uint8_t { none, open_files, export_incidents, save_image, about, controls };

struct PanelVisibility {
  bool layers = true;
  bool filters = true;
  bool table = true;
  bool messages = false;
  bool article = false;
};

// Looking up another place for the selected incident.
struct PlaceQuery {
  std::optional<std::uint32_t> incident;  // the incident the query is for
  std::string text;
  std::vector<geo::GazetteerPlace> results;
  bool searched = false;
};

// Where "Show full article" would read the selected incident's article,
// worked out when the selection changes (not every frame: it touches the disk).
struct SourcePreview {
  std::string incident_id;  // the incident it is for
  SourceLocation location;
};

struct UiState {
  PanelVisibility panels;
  PanelDocking docking;
  Dialog dialog = Dialog::none;
  bool dialog_opened = false;  // the popup was opened for the current dialog
  std::string open_path;
  std::string export_path;
  std::string image_path;
  bool overwrite = false;
  bool open_replaces = false;  // the Open dialog's choice: replace what is loaded, or add to it
  // A dialog that wrote a file waits, open, for the model's outcome past
  // this serial: it closes on success and shows the error otherwise.
  std::optional<std::uint64_t> awaiting_write;
  std::string dialog_error;
  PlaceQuery place;
  SourcePreview source;
  std::optional<std::uint32_t> scroll_table_to;  // a map click brings the row into view
  std::size_t notices_seen = 0;
  int filter_resets = 0;  // the search box's id follows it (filters_panel.cpp)
  StatusLayout status_bar;  // as last drawn, in the bar's pixels (ImGui's)
};

}  // namespace incimap::app
