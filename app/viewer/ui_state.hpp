#pragma once
// What the panels remember between frames that is not the model's business:
// which panels are open, dialog fields, the place search of a correction.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

struct UiState {
  PanelVisibility panels;
  Dialog dialog = Dialog::none;
  bool dialog_opened = false;  // the popup was opened for the current dialog
  std::string open_path;
  std::string export_path;
  std::string image_path;
  bool overwrite = false;
  PlaceQuery place;
  std::optional<std::uint32_t> scroll_table_to;  // a map click brings the row into view
  std::size_t notices_seen = 0;
};

}  // namespace incimap::app
