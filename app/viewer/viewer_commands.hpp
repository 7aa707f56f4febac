#pragma once
// What panels and the map ask for. They never change the model themselves:
// they append commands, and the frame loop applies them after drawing.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "app/viewer/incident_filter.hpp"
#include "app/viewer/incident_table.hpp"
#include "app/viewer/ui_state.hpp"
#include "app/viewer/viewer_model.hpp"
#include "geo/export/staged_output.hpp"
#include "geo/base/lonlat.hpp"
#include "geo/projection/map_point.hpp"
#include "render/colour.hpp"
#include "render/model/layering.hpp"

namespace incimap::app {

enum class CameraMove : std::uint8_t { stay, fly_to };

struct SelectIncident {
  std::uint32_t incident = 0;
  CameraMove camera = CameraMove::stay;
};
struct ClearSelection {};
// Several incidents at one spot: list them in the details panel.
struct ListIncidents {
  std::vector<std::uint32_t> incidents;
};
struct ZoomToArea {
  geo::MapRect area;  // projected metres
};
struct ZoomToFit {};
struct SetLayerVisibility {
  std::string layer;
  Visibility visibility = Visibility::shown;
};
struct SetLayerColour {
  std::string layer;
  render::Rgba colour;
};
struct SetGrouping {
  render::LayerGrouping grouping = render::LayerGrouping::event_type;
};
struct SetBasemapChoice {
  render::BasemapChoice choice;
};
struct SetIncidentStyle {
  render::IncidentStyle style = render::IncidentStyle::markers;
};
struct SetFilter {
  IncidentFilter filter;
};
struct SetPlayback {
  Playback playback = Playback::stopped;
};
struct SetPlaybackSettings {
  PlaybackSettings settings;
};
// Playback's date window moved by hand, `bins` histogram bins (negative: back).
struct StepPlayback {
  int bins = 1;
};
struct SetTableSort {
  TableSort sort;
};
struct CorrectLocation {
  std::uint32_t incident = 0;
  geo::LonLat where;
  std::string location;  // the picked place; empty when dragged
};
// Moves an incident to the gazetteer's best match for a place name (in its
// country first), as picking one of the geocoder's candidates does.
struct CorrectToPlace {
  std::uint32_t incident = 0;
  std::string place;
  std::string country;  // ISO alpha-2; empty: the incident's own
};
struct UndoCorrection {
  std::uint32_t incident = 0;
};
// Ctrl+Z and Ctrl+Shift+Z over location fixes.
struct UndoFix {};
struct RedoFix {};
// Whether opened files join what is loaded or take its place.
enum class OpenMode : std::uint8_t { add, replace };
// After loading, frame everything loaded (the Open dialog) or leave the view
// as it is (files dropped onto a view the user has set up).
enum class AfterOpen : std::uint8_t { keep_view, fit };
struct OpenInputs {
  std::vector<std::string> paths;
  OpenMode mode = OpenMode::add;
  AfterOpen after = AfterOpen::keep_view;
};
struct ShowSourceArticle {
  std::uint32_t incident = 0;
};
struct ExportIncidents {
  std::string path;
  geo::Overwrite overwrite = geo::Overwrite::refuse;
};
struct ExportMapImage {
  std::string path;
  geo::Overwrite overwrite = geo::Overwrite::refuse;
};
// Opens a dialog with its path filled in, as the menu and typing would (scripts).
struct ShowDialog {
  Dialog dialog = Dialog::none;
  std::string path;
  OpenMode open_mode = OpenMode::add;  // the Open dialog's choice
};
struct ClearNotices {};
// Every panel back to its place in the docked layout (View > Reset layout).
struct ResetLayout {};
struct Quit {};

using Command = std::variant<SelectIncident, ClearSelection, ListIncidents, ZoomToArea, ZoomToFit, SetLayerVisibility,
                             SetLayerColour, SetGrouping, SetBasemapChoice, SetIncidentStyle, SetFilter, SetPlayback, SetPlaybackSettings, StepPlayback, SetTableSort, CorrectLocation,
                             CorrectToPlace, UndoCorrection, UndoFix, RedoFix, OpenInputs, ShowSourceArticle, ExportIncidents, ExportMapImage, ShowDialog,
                             ClearNotices, ResetLayout, Quit>;
using CommandList = std::vector<Command>;

}  // namespace incimap::app
