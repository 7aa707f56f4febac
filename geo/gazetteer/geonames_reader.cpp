#include "geo/gazetteer/geonames_reader.hpp"

#include <charconv>
#include <fstream>

#include "geo/base/input_error.hpp"
#include "geo/text/encoding.hpp"

namespace incimap::geo {
namespace {

// Splits on tabs without allocating; empty fields are kept.
std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  fields.reserve(20);
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

template <typename T>
bool parse_number(std::string_view s, T& out) {
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

void add_alternates(std::string_view list, const std::string& primary, std::vector<SourceName>& names) {
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    const std::string_view name = list.substr(start, comma - start);
    start = comma + 1;
    if (name.size() < 2 || name.size() > 80 || name == primary || !is_latin_script(name)) continue;
    names.push_back({std::string(name), NameKind::alternate});
  }
}

}  // namespace

bool is_latin_script(std::string_view utf8) noexcept {
  for (std::size_t pos = 0; pos < utf8.size();) {
    const char32_t cp = next_code_point(utf8, pos);
    // Basic Latin through Latin Extended-B, IPA-free; plus general punctuation.
    if (cp >= 0x250 && !(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0x1E00 && cp <= 0x1EFF)) return false;
  }
  return true;
}

GeoType geo_type_for(char feature_class, std::string_view code) noexcept {
  if (feature_class == 'A') {
    if (code.starts_with("PCL") || code == "TERR") return GeoType::country;
    if (code == "ADM1" || code == "ADM1H") return GeoType::admin1;
    if (code.starts_with("ADM")) return GeoType::admin2;
    return GeoType::admin1;
  }
  if (feature_class == 'P') return GeoType::city;
  // Regions and the waters news names like regions: oceans, seas, gulfs,
  // bays, straits, channels.
  if (code == "CONT" || code == "RGN" || code == "RGNE" || code == "GULF" || code == "SEA" || code == "OCN" ||
      code == "PEN" || code == "BAY" || code == "STRT" || code == "CHN")
    return GeoType::region;
  return GeoType::landmark;
}

bool parse_geonames_row(std::string_view line, SourcePlace& out, std::string& problem) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const auto f = split_tabs(line);
  if (f.size() < 19) {
    problem = "expected 19 tab-separated columns, found " + std::to_string(f.size());
    return false;
  }
  GazetteerPlace& p = out.place;
  double lat = 0;
  double lon = 0;
  if (!parse_number(f[0], p.geonameid)) return problem = "bad geonameid '" + std::string(f[0]) + "'", false;
  if (!parse_number(f[4], lat) || !parse_number(f[5], lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180)
    return problem = "bad coordinates '" + std::string(f[4]) + "," + std::string(f[5]) + "'", false;
  if (f[1].empty()) return problem = "empty name", false;
  p.name = std::string(f[1]);
  p.position = LonLat::from(Longitude{lon}, Latitude{lat});
  p.feature_class = f[6].empty() ? 'P' : f[6][0];
  p.feature_code = std::string(f[7]);
  p.country = std::string(f[8]);
  out.admin1_code = std::string(f[10]);
  out.admin2_code = std::string(f[11]);
  p.population = 0;
  parse_number(f[14], p.population);
  p.type = geo_type_for(p.feature_class, p.feature_code);
  p.parent_geonameid = 0;
  if (f.size() >= 20) parse_number(f[19], p.parent_geonameid);
  out.names.clear();
  out.names.push_back({p.name, NameKind::primary});
  if (!f[2].empty() && f[2] != f[1]) out.names.push_back({std::string(f[2]), NameKind::alternate});
  add_alternates(f[3], p.name, out.names);
  return true;
}

ReadStats read_geonames_table(const std::string& path, const std::function<void(SourcePlace&&)>& sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot open GeoNames table");
  ReadStats stats;
  std::string line;
  SourcePlace place;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::string problem;
    if (!parse_geonames_row(line, place, problem)) {
      if (stats.skipped++ == 0) stats.first_problem = "line " + std::to_string(line_number) + ": " + problem;
      continue;
    }
    ++stats.rows;
    sink(std::move(place));
    place = SourcePlace{};
  }
  if (stats.rows == 0) {
    throw InputError(path, "no GeoNames rows" + (stats.first_problem.empty() ? std::string() : " (" + stats.first_problem + ")"));
  }
  return stats;
}

std::unordered_map<std::uint32_t, std::vector<SourceName>> read_alternate_names(const std::string& path,
                                                                                 ReadStats& stats) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot open alternate names file");
  std::unordered_map<std::uint32_t, std::vector<SourceName>> names;
  std::string line;
  while (std::getline(in, line)) {
    const auto f = split_tabs(line);
    std::uint32_t id = 0;
    if (f.size() < 4 || !parse_number(f[1], id)) {
      ++stats.skipped;
      continue;
    }
    const std::string_view language = f[2];
    const bool historic = f.size() > 7 && f[7] == "1";
    if (historic) continue;
    NameKind kind = NameKind::alternate;
    if (language == "abbr") kind = NameKind::abbreviation;
    else if (!(language.empty() || language == "en")) continue;
    if (f[3].size() < 2 || !is_latin_script(f[3])) continue;
    ++stats.rows;
    names[id].push_back({std::string(f[3]), kind});
  }
  return names;
}

}  // namespace incimap::geo
