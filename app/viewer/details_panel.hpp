#pragma once
// The details panel: everything known about the selected incident (title,
// date and its precision, event type, actors, casualties, place and geo
// precision, confidence, the geocoder's candidates, the excerpt with the
// place mention marked, the source), the list of incidents sharing one spot
// when their cluster was clicked, and fixing a wrong location. It shows
// while something is selected or listed; closing it clears the selection.

#include <string>

#include "app/viewer/place_search.hpp"
#include "app/viewer/ui_fonts.hpp"
#include "app/viewer/ui_state.hpp"
#include "app/viewer/viewer_commands.hpp"
#include "app/viewer/viewer_model.hpp"

namespace incimap::app {

void draw_details_panel(const ViewerModel& model, const UiFonts& fonts, PlaceSearch& places, UiState& ui,
                        CommandList& commands);

// The card's Place and Precision rows, and its Corrected row: after a fix
// they say so and what the geocoder had said, never the old place as if it stood.
std::string place_description(const render::Incident& incident, const CorrectionEntry* correction);
std::string precision_description(const render::Incident& incident, const CorrectionEntry* correction);
std::string correction_description(const CorrectionEntry& correction);

// How precise a date or a place is, in words.
const char* describe(geo::DatePrecision precision) noexcept;
const char* describe(geo::GeoPrecision precision) noexcept;

}  // namespace incimap::app
