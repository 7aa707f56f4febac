#include "gen_geonames/synthetic_gazetteer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "gen_geonames/country_frames.hpp"
#include "gen_geonames/feature_kinds.hpp"
#include "gen_geonames/geonames_format.hpp"
#include "gen_geonames/name_maker.hpp"
#include "gen_geonames/name_variants.hpp"
#include "gen_geonames/random.hpp"
#include "geo/gazetteer/fold.hpp"

namespace incimap::tools {
namespace {

// Bytes collected before they go to the stream: large writes, few calls.
constexpr std::size_t kFlushBytes = 1u << 20;
// Admin1 codes start here so they never equal a real GeoNames admin1 code
// (two characters) of the same country: an index built from this table and
// the real division lists keeps both apart.
constexpr int kFirstAdmin1Code = 501;
constexpr int kMaxAdmin2PerAdmin1 = 24;
// Places per admin2 division in a full-size table, as in GeoNames (~150).
constexpr std::uint64_t kPlacesPerAdmin2 = 150;
constexpr double kDiacriticShare = 0.12;         // primary names written with accents
constexpr double kHistoricNameShare = 0.05;      // places with a former name (alternates file only)
constexpr double kPostalCodeShare = 0.10;        // populated places with a postal code (alternates file only)
constexpr std::uint64_t kLinkedPopulation = 10'000;  // places this large have a Wikipedia link
constexpr std::uint64_t kLargePopulation = 100'000;  // places this large have names in more languages
constexpr int kLargePlaceExtraAlternates = 4;
constexpr int kMaxAlternates = 30;

constexpr std::array<std::string_view, 8> kOtherLatinLanguages = {"de", "fr", "es", "it", "pl", "nl", "tr", "pt"};
constexpr std::array<std::string_view, 3> kCyrillicLanguages = {"ru", "uk", "bg"};

struct Division {
  std::string code;
  geo::LonLat centre = geo::LonLat::from(geo::Longitude{0}, geo::Latitude{0});
  double spread_degrees = 0;  // standard deviation of its places around the centre
};

struct Admin1Division {
  Division division;
  std::vector<Division> admin2;
};

struct CountryLayout {
  const CountryFrame* frame = nullptr;
  std::vector<Admin1Division> admin1;
};

std::uint64_t total_admin1_count() noexcept {
  std::uint64_t total = 0;
  for (const CountryFrame& frame : country_frames()) total += static_cast<std::uint64_t>(frame.admin1_count);
  return total;
}

int admin2_per_admin1(std::uint64_t rows) noexcept {
  const std::uint64_t per = rows / total_admin1_count() / kPlacesPerAdmin2;
  return static_cast<int>(std::clamp<std::uint64_t>(per, 1, kMaxAdmin2PerAdmin1));
}

// A point near `centre`, normally spread, inside the country's box. Points
// that fall outside are drawn again (clamping would line them up on the
// box's edge); after a few tries the centre itself is used.
geo::LonLat scatter(Random& random, const CountryFrame& frame, geo::LonLat centre, double spread_degrees) {
  constexpr int kTries = 8;
  for (int i = 0; i < kTries; ++i) {
    const double lat = centre.lat() + random.normal() * spread_degrees;
    const double lon = centre.lon() + random.normal() * spread_degrees;
    if (lat >= frame.south && lat <= frame.north && lon >= frame.west && lon <= frame.east)
      return geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{lat});
  }
  return centre;
}

std::string zero_padded(int number, std::size_t width) {
  std::string s = std::to_string(number);
  if (s.size() < width) s.insert(0, width - s.size(), '0');
  return s;
}

std::vector<CountryLayout> lay_out_divisions(Random& random, int admin2_count) {
  std::vector<CountryLayout> countries;
  for (const CountryFrame& frame : country_frames()) {
    CountryLayout country{&frame, {}};
    // Divisions tile the box: each spreads over about its share of the area.
    const double area = (frame.north - frame.south) * (frame.east - frame.west);
    const double admin1_spread = 0.5 * std::sqrt(area / frame.admin1_count);
    for (int a = 0; a < frame.admin1_count; ++a) {
      Admin1Division admin1;
      admin1.division.code = std::to_string(kFirstAdmin1Code + a);
      admin1.division.centre = geo::LonLat::from(geo::Longitude{random.uniform(frame.west, frame.east)},
                                                 geo::Latitude{random.uniform(frame.south, frame.north)});
      admin1.division.spread_degrees = admin1_spread;
      const double admin2_spread = std::max(0.05, admin1_spread / std::sqrt(admin2_count));
      for (int b = 0; b < admin2_count; ++b) {
        admin1.admin2.push_back(
            {zero_padded(b + 1, 3), scatter(random, frame, admin1.division.centre, admin1_spread), admin2_spread});
      }
      country.admin1.push_back(std::move(admin1));
    }
    countries.push_back(std::move(country));
  }
  return countries;
}

const CountryLayout& pick_country(Random& random, const std::vector<CountryLayout>& countries) {
  double total = 0;
  for (const CountryLayout& c : countries) total += c.frame->weight;
  double remaining = random.uniform() * total;
  for (const CountryLayout& c : countries) {
    if (remaining < c.frame->weight) return c;
    remaining -= c.frame->weight;
  }
  return countries.back();
}

std::string modification_date(Random& random) {
  return std::to_string(2010 + random.below(15)) + "-" + zero_padded(static_cast<int>(1 + random.below(12)), 2) + "-" +
         zero_padded(static_cast<int>(1 + random.below(28)), 2);
}

// The names of one place, with the keys incimap's index would store for them.
class NameSet {
 public:
  explicit NameSet(const std::string& primary) { keys_.push_back(geo::fold_name(primary)); }

  // True when `name` is a new string for the place; counts its index key.
  bool add(const std::string& name, bool latin) {
    if (std::find(names_.begin(), names_.end(), name) != names_.end()) return false;
    names_.push_back(name);
    if (latin) add_key(name);
    return true;
  }

  // A key the index stores whether or not the table lists the name.
  bool add_key(const std::string& name) {
    std::string key = geo::fold_name(name);
    if (std::find(keys_.begin(), keys_.end(), key) != keys_.end()) return false;
    keys_.push_back(std::move(key));
    return true;
  }

  std::size_t key_count() const noexcept { return keys_.size(); }

 private:
  std::vector<std::string> names_;
  std::vector<std::string> keys_;
};

class Generator {
 public:
  Generator(const GenerationOptions& options, std::ostream& table, std::ostream* alternate_names)
      : options_(options), random_(options.seed), names_(options.seed), table_(table),
        alternate_names_(alternate_names), next_geonameid_(options.first_geonameid) {}

  GenerationStats run() {
    const auto countries = lay_out_divisions(random_, admin2_per_admin1(options_.rows));
    for (const CountryLayout& country : countries) write_divisions(country);
    while (stats_.rows < options_.rows) {
      const CountryLayout& country = pick_country(random_, countries);
      const Admin1Division& admin1 = country.admin1[random_.below(static_cast<std::uint32_t>(country.admin1.size()))];
      const Division& admin2 = admin1.admin2[random_.below(static_cast<std::uint32_t>(admin1.admin2.size()))];
      write_place(pick_feature_kind(random_), *country.frame, admin1.division.code, admin2.code,
                  scatter(random_, *country.frame, admin2.centre, admin2.spread_degrees));
    }
    flush(true);
    return stats_;
  }

 private:
  void write_divisions(const CountryLayout& country) {
    for (const Admin1Division& admin1 : country.admin1) {
      write_place(admin1_kind(), *country.frame, admin1.division.code, "", admin1.division.centre);
      ++stats_.division_rows;
      for (const Division& admin2 : admin1.admin2) {
        write_place(admin2_kind(), *country.frame, admin1.division.code, admin2.code, admin2.centre);
        ++stats_.division_rows;
      }
    }
  }

  // Writes one row and its alternate names.
  void write_place(const FeatureKind& kind, const CountryFrame& frame, const std::string& admin1_code,
                          const std::string& admin2_code, geo::LonLat position) {
    const std::string base = names_.base(random_);
    GeoNamesRow row;
    row.geonameid = next_geonameid_;
    next_geonameid_ += 1 + random_.below(3);  // GeoNames ids have gaps where rows were deleted
    row.asciiname = apply_pattern(random_.pick(kind.patterns), base);
    row.name = random_.chance(kDiacriticShare) ? with_diacritics(random_, row.asciiname) : row.asciiname;
    row.position = position;
    row.feature_class = kind.feature_class;
    row.feature_code = kind.code;
    row.country_code = frame.code;
    row.admin1_code = admin1_code;
    row.admin2_code = admin2_code;
    row.population = draw_population(random_, kind.population);
    row.dem_metres = static_cast<int>(kind.feature_class == 'T' ? random_.uniform(200, 3000) : random_.uniform(0, 800));
    row.timezone = frame.timezone;
    row.modified = modification_date(random_);

    NameSet names(row.name);
    std::vector<std::string_view> languages;
    add_alternates(kind, base, row, names, languages);
    append_geonames_row(table_buffer_, row);
    ++stats_.rows;
    if (row.population > 0) ++stats_.populated_rows;
    stats_.table_index_names += names.key_count();
    if (alternate_names_) write_alternate_names(kind, row, names, languages);
    flush(false);
  }

  int alternate_count(const FeatureKind& kind, std::uint64_t population) {
    int count = static_cast<int>(std::lround(random_.exponential(kind.mean_alternates * options_.alternates_scale)));
    if (population >= kLargePopulation) count += kLargePlaceExtraAlternates;
    return std::min(count, kMaxAlternates);
  }

  // Fills the row's alternates column; `languages` gets the language each
  // alternate is filed under in the alternate names file.
  void add_alternates(const FeatureKind& kind, const std::string& base, GeoNamesRow& row, NameSet& names,
                      std::vector<std::string_view>& languages) {
    const int count = alternate_count(kind, row.population);
    for (int i = 0; i < count; ++i) {
      const double u = random_.uniform();
      std::string alternate;
      std::string_view language;
      bool latin = true;
      if (u < 0.60) {
        alternate = respelled(random_, row.asciiname);
        language = latin_language();
      } else if (u < 0.75) {
        alternate = with_diacritics(random_, row.asciiname);
        language = random_.pick<std::string_view>(kOtherLatinLanguages);
      } else if (u < 0.90) {
        alternate = in_cyrillic(row.asciiname);
        language = random_.pick<std::string_view>(kCyrillicLanguages);
        latin = false;
      } else {
        alternate = apply_pattern(random_.pick(kind.patterns), base);
        language = latin_language();
      }
      if (alternate == row.name || alternate.size() < 2 || !names.add(alternate, latin)) continue;
      row.alternates.push_back(std::move(alternate));
      languages.push_back(language);
    }
  }

  // English, unspecified or another Latin-script language, in the shares of
  // GeoNames' Latin alternate names.
  std::string_view latin_language() {
    const double u = random_.uniform();
    if (u < 0.35) return "en";
    if (u < 0.70) return "";
    return random_.pick<std::string_view>(kOtherLatinLanguages);
  }

  void write_alternate_names(const FeatureKind& kind, const GeoNamesRow& row, NameSet& names,
                             const std::vector<std::string_view>& languages) {
    for (std::size_t i = 0; i < row.alternates.size(); ++i)
      write_alternate(row.geonameid, languages[i], row.alternates[i], false);
    if (row.population >= kLinkedPopulation)
      write_alternate(row.geonameid, "link", "https://en.wikipedia.org/wiki/" + row.asciiname, false);
    if (kind.feature_class == 'P' && random_.chance(kPostalCodeShare))
      write_alternate(row.geonameid, "post", std::to_string(10000 + random_.below(89999)), false);
    if (random_.chance(kHistoricNameShare)) write_alternate(row.geonameid, "en", respelled(random_, row.asciiname), true);
    if (kind.code == admin1_kind().code) {
      // State abbreviations ("Calif.", "NSW") are filed under "abbr".
      std::string abbreviation = row.asciiname.substr(0, std::min<std::size_t>(3, row.asciiname.size()));
      for (char& c : abbreviation) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      write_alternate(row.geonameid, "abbr", abbreviation, false);
      if (names.add_key(abbreviation)) ++stats_.alternates_file_index_names;
    }
  }

  void write_alternate(std::uint32_t geonameid, std::string_view language, const std::string& name, bool historic) {
    AlternateNameRow alternate;
    alternate.alternate_name_id = ++alternate_name_id_;
    alternate.geonameid = geonameid;
    alternate.language = language;
    alternate.name = name;
    alternate.historic = historic;
    alternate.short_name = language == "abbr";
    append_alternate_name_row(alternates_buffer_, alternate);
    ++stats_.alternate_name_rows;
  }

  void flush(bool always) {
    if (always || table_buffer_.size() >= kFlushBytes) {
      table_.write(table_buffer_.data(), static_cast<std::streamsize>(table_buffer_.size()));
      table_buffer_.clear();
    }
    if (alternate_names_ && (always || alternates_buffer_.size() >= kFlushBytes)) {
      alternate_names_->write(alternates_buffer_.data(), static_cast<std::streamsize>(alternates_buffer_.size()));
      alternates_buffer_.clear();
    }
  }

  const GenerationOptions& options_;
  Random random_;
  NameMaker names_;
  std::ostream& table_;
  std::ostream* alternate_names_;
  std::uint32_t next_geonameid_;
  std::uint32_t alternate_name_id_ = 0;
  std::string table_buffer_;
  std::string alternates_buffer_;
  GenerationStats stats_;
};

}  // namespace

std::uint64_t minimum_rows() noexcept { return 4 * total_admin1_count(); }

GenerationStats generate_geonames(const GenerationOptions& options, std::ostream& table,
                                  std::ostream* alternate_names) {
  if (options.rows < minimum_rows())
    throw std::invalid_argument("at least " + std::to_string(minimum_rows()) + " rows are needed to hold the divisions");
  return Generator(options, table, alternate_names).run();
}

}  // namespace incimap::tools
