#pragma once
// Hand-made geoparser output for incident tests: resolved places and their
// mentions in a test text, as recognize + resolve would hand them over.

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "geo/ingest/article.hpp"
#include "geo/resolve/place_mention.hpp"

namespace incimap::geo::testing {

inline GazetteerPlace place(std::string name, double lat, double lon, GeoType type, std::string country,
                            std::uint32_t geonameid, std::uint32_t population = 0) {
  GazetteerPlace p;
  p.geonameid = geonameid;
  p.population = population;
  p.name = std::move(name);
  p.position = LonLat::from(Longitude{lon}, Latitude{lat});
  p.type = type;
  p.country = std::move(country);
  p.feature_class = type == GeoType::landmark ? 'S' : type == GeoType::city ? 'P' : 'A';
  return p;
}

// Real coordinates and populations (GeoNames / the embassy's published
// position): the location ranker weighs a town's size.
inline GazetteerPlace baghdad() { return place("Baghdad", 33.34058, 44.40088, GeoType::city, "IQ", 98182, 7216000); }
inline GazetteerPlace iraq() { return place("Iraq", 33.0, 44.0, GeoType::country, "IQ", 99237); }
inline GazetteerPlace united_states() { return place("United States", 39.76, -98.5, GeoType::country, "US", 6252001); }
inline GazetteerPlace iran() { return place("Iran", 32.0, 53.0, GeoType::country, "IR", 130758); }
inline GazetteerPlace us_embassy_baghdad() {
  return place("Embassy of the United States, Baghdad", 33.298, 44.396, GeoType::landmark, "IQ", 0);
}
inline GazetteerPlace green_zone() { return place("Green Zone", 33.3046, 44.3830, GeoType::landmark, "IQ", 0); }
inline GazetteerPlace mosul() { return place("Mosul", 36.335, 43.11889, GeoType::city, "IQ", 99072, 1739800); }
inline GazetteerPlace kirkuk() { return place("Kirkuk", 35.46806, 44.39222, GeoType::city, "IQ", 94787); }
inline GazetteerPlace peshawar() { return place("Peshawar", 34.008, 71.57849, GeoType::city, "PK", 1168197); }
inline GazetteerPlace islamabad() { return place("Islamabad", 33.72148, 73.04329, GeoType::city, "PK", 1176615); }
inline GazetteerPlace kharkiv() { return place("Kharkiv", 49.98081, 36.25272, GeoType::city, "UA", 706483); }
inline GazetteerPlace kabul() { return place("Kabul", 34.52813, 69.17233, GeoType::city, "AF", 1138958); }

struct Gazetteer {
  std::string phrase;
  GazetteerPlace place;
  MentionKind kind = MentionKind::place;
};

// Every occurrence of each phrase in `text`, longest phrases first so
// "U.S. Embassy" wins over "U.S.", sorted by offset. Matches whole words.
inline std::vector<PlaceMention> mentions_in(std::string_view text, std::vector<Gazetteer> gazetteer) {
  std::sort(gazetteer.begin(), gazetteer.end(),
            [](const Gazetteer& a, const Gazetteer& b) { return a.phrase.size() > b.phrase.size(); });
  auto is_word_byte = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  std::vector<bool> taken(text.size(), false);
  std::vector<PlaceMention> out;
  for (const Gazetteer& entry : gazetteer) {
    for (std::size_t pos = text.find(entry.phrase); pos != std::string_view::npos;
         pos = text.find(entry.phrase, pos + 1)) {
      const std::size_t end = pos + entry.phrase.size();
      const bool whole = (pos == 0 || !is_word_byte(text[pos - 1])) && (end == text.size() || !is_word_byte(text[end]));
      if (!whole || std::any_of(taken.begin() + pos, taken.begin() + end, [](bool t) { return t; })) continue;
      std::fill(taken.begin() + pos, taken.begin() + end, true);
      out.push_back(PlaceMention{.start = static_cast<std::uint32_t>(pos),
                                 .end = static_cast<std::uint32_t>(end),
                                 .text = entry.phrase,
                                 .kind = entry.kind,
                                 .place = entry.place,
                                 .confidence = 0.9,
                                 .candidates = {}});
    }
  }
  std::sort(out.begin(), out.end(), [](const PlaceMention& a, const PlaceMention& b) { return a.start < b.start; });
  return out;
}

// An article as ingest makes one from a title and a body.
inline Article article(std::string title, const std::string& body, std::optional<PublishedTime> published,
                       std::string id = "test-article") {
  Article a;
  a.id = std::move(id);
  a.title = std::move(title);
  a.text = a.title.empty() ? body : a.title + "\n\n" + body;
  a.body_start = a.title.empty() ? 0 : a.title.size() + 2;
  a.body_end = a.text.size();
  a.published = published;
  a.path = "tests/" + a.id + ".txt";
  a.url = "https://example.org/" + a.id;
  a.source = "Example News";
  return a;
}

// The byte offset of `phrase` in `text`; throws when absent so a test
// cannot silently compare against npos.
inline std::uint32_t offset_of(std::string_view text, std::string_view phrase) {
  const std::size_t pos = text.find(phrase);
  if (pos == std::string_view::npos) throw std::logic_error("test text lacks: " + std::string(phrase));
  return static_cast<std::uint32_t>(pos);
}

}  // namespace incimap::geo::testing
