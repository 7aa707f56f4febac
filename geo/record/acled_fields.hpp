#pragma once
// The record under ACLED's column names and codes (`--schema acled`), for
// scripts written against ACLED's exports: event_id_cnty, event_date,
// year, time_precision, disorder_type, event_type, sub_event_type, actor1,
// actor2, civilian_targeting, iso, country, admin1, location, latitude,
// longitude, geo_precision, source, notes, fatalities. README ("ACLED's
// columns") gives the mapping. Written only: a reader takes incimap's own
// schema back, not this one.

#include <span>

#include "geo/record/record_fields.hpp"

namespace incimap::geo {

// The first field is the id (event_id_cnty), as incident_fields()' is.
std::span<const FieldSpec> acled_fields() noexcept;

}  // namespace incimap::geo
