#pragma once
// Closed word classes the recognizer reads around a candidate name. These are
// grammar, not data: small, fixed, English.

#include <string_view>

namespace incimap::geo {

// Month, weekday and holiday names: "May", "Sunday", "Christmas" are never
// places here.
bool is_calendar_word(std::string_view folded) noexcept;

// Titles and roles before a person's name: "President", "Sen.", "journalist".
bool is_person_title(std::string_view folded) noexcept;

// Words that make a preceding place name part of an organisation's name:
// "Dublin City Council", "Ohio State University", "Texas Department".
bool is_organisation_word(std::string_view folded) noexcept;

// Words that make a preceding place name a publication or broadcaster:
// "Washington Examiner", "Fox News", "Chicago Tribune". Unlike other
// organisations, these do not mention the place.
bool is_media_word(std::string_view folded) noexcept;

// Capitalised modifiers that may stand before a place without making it part
// of another name: "Northern Iraq", "Greater London", "Downtown Chicago".
bool is_place_modifier(std::string_view folded) noexcept;

// Generic place types after a name: "Diyala province", "Hamdaniya district".
bool is_place_type_word(std::string_view folded) noexcept;
// The last word of a capitalised name that makes it a site or an area the
// gazetteer may lack: "T-4 Military Airport", "Kungana Village".
bool is_site_type_word(std::string_view folded) noexcept;
// "edge", "outskirts", "north": in "the edge of X", what follows is a place.
bool is_place_part_word(std::string_view folded) noexcept;

// Lower-case words allowed inside a multi-word name: "Bosnia and
// Herzegovina", "Isle of Man", "Ras al Ain", "Port-au-Prince", "Frankfurt am
// Main", "U.S. Embassy in Baghdad".
bool is_name_connector(std::string_view folded) noexcept;

// Lower-case Arabic articles that open a name: "al-Busayrah", "ad-Dawr".
bool is_arabic_article(std::string_view folded) noexcept;

// Words after a name that say it is a division: "the Mopti region",
// "Diyala province", "Kandahar district".
bool is_division_word(std::string_view folded) noexcept;

// The last word of a street, road or natural feature name that no populated
// place list holds: "Main Street", "Red River", "Lake Lanier" (as first word).
bool is_feature_type_word(std::string_view folded) noexcept;

// Words that, followed by a number, name a road: "Highway 19", "Route 7".
bool is_road_prefix(std::string_view folded) noexcept;

// Ethnic, religious and political group names that gazetteers also hold as
// small places: "Arab" (Alabama), "Christian", "Sunni".
bool is_group_word(std::string_view folded) noexcept;

// Verbs of saying after a name: "Jones said", "Smith told".
bool is_speech_verb(std::string_view folded) noexcept;

// Prepositions that announce a place: "in", "near", "outside", "from".
bool is_locative_cue(std::string_view folded) noexcept;

// Words after a place name that make it a disease's: "Lyme disease", "West
// Nile virus", "Rift Valley fever", "Hong Kong flu".
bool is_disease_word(std::string_view folded) noexcept;

// Named climate patterns that gazetteers hold as towns: "El Niño" (a town in
// Mexico), "La Niña". Takes the folded name ("el nino").
bool is_climate_pattern(std::string_view folded_name) noexcept;

// Function words that open a sentence capitalised: "The", "In", "But".
bool is_function_word(std::string_view folded) noexcept;

}  // namespace incimap::geo
