#include "geo/resolve/resolver.hpp"

#include "geo/resolve/coordinated_mentions.hpp"
#include "geo/resolve/nearest_other_group.hpp"
#include "geo/resolve/place_mention_json.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>

namespace incimap::geo {
namespace {

using index_format::kNone;
using index_format::NameEntry;
using index_format::PlaceRecord;

// Weights of the evidence, in score units (a candidate's score is a sum; the
// softmax of scores gives the confidence). Tuned on the LGL and TR-News dev
// corpora with scripts/eval-geoparser.sh.
constexpr double kCountryPrior = 10.0;
constexpr double kRegionPrior = 8.0;
constexpr double kAdmin1Prior = 7.5;
constexpr double kAdmin2Prior = 4.0;
constexpr double kCapitalBonus = 2.0;
constexpr double kSeatBonus = 0.7;
constexpr double kLandmarkPrior = 6.0;
constexpr double kAlternatePenalty = 2.5;
constexpr double kNamesakeDivisionPenalty = 3.0;
constexpr double kDivisionWordBonus = 4.0;
constexpr std::uint32_t kHamletPopulation = 5000;
constexpr double kDominantCountryShare = 0.5;
constexpr double kCountryContext = 6.0;
constexpr double kAdmin1Context = 3.5;
constexpr double kContainment = 8.0;
constexpr double kColocation = 3.0;
constexpr double kCountyNamed = 4.0;
constexpr double kColocationScaleKm = 300.0;
// "Nevada, New Mexico and Oregon": each listed name that can be a division
// of the country all of them can be divisions of.
constexpr double kCoordinatedDivisions = 5.0;
// A country, an admin1, a world capital or a city of millions: the diffuse
// context of one article (its country share, an admin1 named somewhere, a
// nearby town) may not push it onto a far smaller namesake; only specific
// evidence may ("Paris, Texas", a list of Texas towns). Below it by this much.
constexpr double kProminenceMargin = 0.5;
constexpr std::uint32_t kProminentCapitalPopulation = 100000;
constexpr std::uint32_t kProminentCityPopulation = 1000000;
// A namesake city at least this share of a prominent city's population is
// its peer, not a namesake far smaller: Birmingham, Alabama and Birmingham,
// England, or Edmonton, London and Edmonton, Alberta, weigh each other by
// context alone.
constexpr double kPeerPopulationShare = 0.05;
// Co-location evidence (exp(-d/300 km)) at which another name of the article
// is close enough to name a namesake: within 200 km.
const double kNamedNearby = std::exp(-200.0 / kColocationScaleKm);
constexpr int kRounds = 3;

std::string_view country_of(const PlaceRecord& r) { return {r.country, strnlen(r.country, 2)}; }
// Two ISO letters in one integer: the country context is looked up once per
// candidate per round.
using CountryKey = std::uint16_t;
CountryKey country_key(const PlaceRecord& r) {
  return static_cast<CountryKey>(static_cast<unsigned char>(r.country[0]) << 8 | static_cast<unsigned char>(r.country[1]));
}

GeoType type_of(const PlaceRecord& r) { return static_cast<GeoType>(r.geo_type); }

// A position as a point on the unit sphere: the distance between two is one
// subtraction and a square root instead of four trigonometric calls.
using UnitVector = std::array<double, 3>;

UnitVector unit_vector(const PlaceRecord& r) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double lat = r.lat * kRad;
  const double lon = r.lon * kRad;
  return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

// Chord length on the Earth (R = 6371 km): within 0.2% of the great-circle
// distance below 1,000 km, and an underestimate beyond, where the
// co-location evidence has decayed to nothing anyway.
// Takes the squared distance of the two unit vectors (NearestOtherGroup's).
double chord_km(double squared_unit_distance) { return 6371.0 * std::sqrt(squared_unit_distance); }

// Evidence that names this reading itself, fixed by the text ("X, Y"
// containment, a list of one country's divisions): worth `value` each round.
// `why` is written only when explaining.
struct SpecificEvidence {
  double value;
  std::string why;
};

struct Candidate {
  std::uint32_t place;
  NameKind kind;
  double prior = 0;
  double score = 0;
  std::vector<std::string> evidence;
  std::size_t prior_evidence = 0;  // entries of `evidence` that explain the prior
  UnitVector where{};
  std::vector<SpecificEvidence> specific;
  bool specifically_named = false;  // this round: some evidence names this reading itself
};

struct MentionState {
  const RecognizedMention* mention;
  std::uint32_t name_group = 0;  // mentions with the same text (case folded) share a group
  std::vector<Candidate> candidates;  // deduplicated by place
  std::size_t best = 0;
  std::size_t next_in_pair = SIZE_MAX;  // "X, Y": index of Y
  std::size_t prev_in_pair = SIZE_MAX;
  bool has_specific = false;  // some candidate has SpecificEvidence of its own
  // The word joining the pair starting here: "," ("X, Y"), "in", "-"
  // ("Paris-Henry County") or "and" ("Paris and Henry County").
  std::string_view pair_word;
};

std::string format_number(double v) {
  char buf[32];
  if (v >= 1e6) std::snprintf(buf, sizeof buf, "%.1fM", v / 1e6);
  else if (v >= 1e3) std::snprintf(buf, sizeof buf, "%.0fk", v / 1e3);
  else std::snprintf(buf, sizeof buf, "%.0f", v);
  return buf;
}

class ArticleResolver {
 public:
  ArticleResolver(const GazetteerIndex& index, std::string_view text, const std::vector<Token>& tokens,
                  const std::vector<RecognizedMention>& mentions, Explain explain)
      : index_(index), text_(text), tokens_(tokens), explain_(explain == Explain::yes) {
    states_.reserve(mentions.size());
    for (const auto& m : mentions) states_.push_back(make_state(m));
    link_pairs();
    read_division_lists(coordinated_runs(text, tokens, mentions));
    add_containment_evidence();
    add_county_evidence();
    mark_specific_evidence();
  }

  std::vector<PlaceMention> run() {
    for (auto& s : states_) pick_best(s);
    for (int round = 0; round < kRounds; ++round) {
      gather_context();
      for (std::size_t i = 0; i < states_.size(); ++i) rescore(i);
    }
    std::vector<PlaceMention> out;
    out.reserve(states_.size());
    for (const auto& s : states_) out.push_back(to_output(s));
    return out;
  }

 private:
  MentionState make_state(const RecognizedMention& m) {
    MentionState s{&m, name_group_of(m), {}, 0, SIZE_MAX, SIZE_MAX, false, {}};
    for (const NameEntry& e : m.entries) {
      const auto kind = static_cast<NameKind>(e.kind);
      auto existing = std::find_if(s.candidates.begin(), s.candidates.end(),
                                   [&](const Candidate& c) { return c.place == e.place; });
      if (existing != s.candidates.end()) {
        if (kind < existing->kind) existing->kind = kind;
        continue;
      }
      s.candidates.push_back({e.place, kind, 0, 0, {}, 0, {}, {}, false});
    }
    for (auto& c : s.candidates) {
      c.prior = prior(c, m);
      c.where = unit_vector(index_.record(c.place));
    }
    prefer_cities_over_their_namesake_divisions(s);
    for (auto& c : s.candidates) c.prior_evidence = c.evidence.size();
    return s;
  }

  // "Basra", "Kirkuk", "Zürich": news names the city far more often than the
  // governorate or canton named after it. A division loses its prior edge
  // when its seat (PPLA) bears the same name. "New York" keeps the state: its
  // seat is Albany.
  void prefer_cities_over_their_namesake_divisions(MentionState& s) const {
    for (auto& division : s.candidates) {
      if (type_of(index_.record(division.place)) != GeoType::admin1) continue;
      const bool namesake_city = std::any_of(s.candidates.begin(), s.candidates.end(), [&](const Candidate& c) {
        const PlaceRecord& r = index_.record(c.place);
        return type_of(r) == GeoType::city && std::string_view(r.feature_code) == "PPLA" &&
               r.admin1_place == division.place;
      });
      if (!namesake_city) continue;
      division.prior -= kNamesakeDivisionPenalty;
      if (explain_) division.evidence.push_back("its seat has the same name");
    }
  }

  std::uint32_t name_group_of(const RecognizedMention& m) {
    std::string key(text_.substr(m.start, m.end - m.start));
    for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return groups_.emplace(std::move(key), static_cast<std::uint32_t>(groups_.size())).first->second;
  }

  double prior(Candidate& c, const RecognizedMention& m) const {
    const PlaceRecord& r = index_.record(c.place);
    const std::string_view code(r.feature_code, strnlen(r.feature_code, sizeof r.feature_code));
    double p = 0;
    switch (type_of(r)) {
      case GeoType::country: p = kCountryPrior + 0.3 * std::log10(static_cast<double>(r.population) + 1.0); break;
      case GeoType::region: p = kRegionPrior; break;
      case GeoType::admin1: p = kAdmin1Prior; break;
      case GeoType::admin2: p = kAdmin2Prior; break;
      case GeoType::landmark: p = kLandmarkPrior - (m.last_token - m.first_token == 1 ? 2.0 : 0.0); break;
      case GeoType::city:
        p = 1.0 + std::log10(static_cast<double>(r.population) + 1.0);
        if (code == "PPLC") p += kCapitalBonus;
        else if (code == "PPLA") p += kSeatBonus;
        break;
    }
    if (c.kind == NameKind::alternate) p -= kAlternatePenalty;
    // "the Mopti region": the text says it is a division.
    if (m.division_word_after && is_division(r)) p += kDivisionWordBonus;
    if (explain_) {
      c.evidence.push_back(std::string(geo_type_name(type_of(r))) +
                           (r.population ? " pop " + format_number(r.population) : std::string()));
      if (c.kind == NameKind::alternate) c.evidence.push_back("alternate name");
    }
    return p;
  }

  // "Bangor, Maine", "Paris in Texas": a mention, a comma or "in", a mention.
  void link_pairs() {
    for (std::size_t i = 0; i + 1 < states_.size(); ++i) {
      const auto& a = *states_[i].mention;
      const auto& b = *states_[i + 1].mention;
      const std::string_view between = b.first_token == a.last_token + 1 ? tokens_[a.last_token].in(text_) : "";
      // A town joined by a hyphen or "and" to the county around it names the
      // two together ("the Paris-Henry County Arts Council", "residents of
      // Paris and Henry County"); containment evidence needs the one to lie
      // in the other, so two towns so joined gain nothing.
      const bool hyphen = between == "-" && tokens_[a.last_token - 1].end == tokens_[a.last_token].start &&
                          tokens_[a.last_token].end == tokens_[b.first_token].start;
      if (between == "," || between == "in" || between == "and" || hyphen) {
        states_[i].pair_word = between;
        states_[i].next_in_pair = i + 1;
        states_[i + 1].prev_in_pair = i;
      }
    }
  }

  // "Nevada, New Mexico and Oregon", "Cebu, Bohol and Leyte": when every
  // name of a run can be a division of one level (admin1, else admin2) of
  // one country, each is read as that division, and its commas join a list
  // rather than "X, Y" pairs.
  void read_division_lists(const std::vector<MentionRun>& runs) {
    for (const MentionRun& run : runs) {
      for (const GeoType level : {GeoType::admin1, GeoType::admin2}) {
        const CountryKey country = country_of_all_divisions(run, level);
        if (country == 0) continue;
        mark_division_list(run, level, country);
        break;
      }
    }
  }

  void mark_division_list(const MentionRun& run, GeoType level, CountryKey country) {
    for (std::size_t i = run.first; i < run.last; ++i) {
      MentionState& s = states_[i];
      if (i + 1 < run.last && s.next_in_pair == i + 1) {
        s.next_in_pair = SIZE_MAX;
        states_[i + 1].prev_in_pair = SIZE_MAX;
      }
      for (auto& c : s.candidates) {
        const PlaceRecord& r = index_.record(c.place);
        if (type_of(r) != level || country_key(r) != country) continue;
        c.specific.push_back({kCoordinatedDivisions, explain_ ? "listed with other " +
                                                                    std::string(geo_type_name(level)) +
                                                                    " divisions of " + std::string(country_of(r))
                                                              : std::string()});
      }
    }
  }

  // The country every mention of `run` has a `level` division candidate in
  // (the first such, in the first mention's candidate order); 0 when none.
  CountryKey country_of_all_divisions(const MentionRun& run, GeoType level) const {
    const auto has_division_in = [&](const MentionState& s, CountryKey country) {
      return std::any_of(s.candidates.begin(), s.candidates.end(), [&](const Candidate& c) {
        const PlaceRecord& r = index_.record(c.place);
        return type_of(r) == level && country_key(r) == country;
      });
    };
    for (const auto& c : states_[run.first].candidates) {
      const PlaceRecord& r = index_.record(c.place);
      if (type_of(r) != level || country_key(r) == 0) continue;
      const CountryKey country = country_key(r);
      bool all = true;
      for (std::size_t i = run.first + 1; i < run.last && all; ++i) all = has_division_in(states_[i], country);
      if (all) return country;
    }
    return 0;
  }

  static std::string pair_form(const MentionState& x) {
    if (x.pair_word == ",") return " (\"X, Y\")";
    return " (\"X " + std::string(x.pair_word) + " Y\")";
  }

  // Whether the pair starting at `x` may read `container` as containing
  // its first name: "X, Y" and "X in Y" any container; "X and Y" and
  // "X-Y" only a county ("Paris and Henry County"), since "China and
  // Japan" lists two countries, not a village in Japan.
  bool contains_as_paired(const MentionState& x, std::uint32_t container) const {
    if (x.pair_word == "," || x.pair_word == "in") return true;
    return type_of(index_.record(container)) == GeoType::admin2;
  }

  // "Bangor, Maine": Bangor in Maine, and Maine containing Bangor.
  void add_containment_evidence() {
    for (auto& s : states_) {
      for (auto& c : s.candidates) {
        if (s.next_in_pair != SIZE_MAX) {
          for (const auto& y : states_[s.next_in_pair].candidates) {
            if (!lies_in(c.place, y.place) || !contains_as_paired(s, y.place)) continue;
            c.specific.push_back({kContainment, explain_ ? "in " + std::string(index_.name(y.place)) +
                                                               pair_form(s)
                                                         : std::string()});
            break;
          }
        }
        if (s.prev_in_pair != SIZE_MAX) {
          for (const auto& x : states_[s.prev_in_pair].candidates) {
            if (!lies_in(x.place, c.place) || !contains_as_paired(states_[s.prev_in_pair], c.place)) continue;
            c.specific.push_back({kContainment, explain_ ? "contains " + std::string(index_.name(x.place)) +
                                                               pair_form(states_[s.prev_in_pair])
                                                         : std::string()});
            break;
          }
        }
      }
    }
  }

  // "Huntsville ... Walker County": a town and a county it lies in, both
  // named somewhere in the article, read as each other (Huntsville, Texas
  // in Walker County, Texas, not Huntsville, Alabama and the Walker County
  // of Georgia). Any of each name's readings may pair, not only the
  // current best: neither name settles the other first. A county named like
  // a town in it ("Kufa", district and town) names no county: "Kufa town
  // near Najaf" is the town.
  void add_county_evidence() {
    const auto only_county = [&](const MentionState& s, const Candidate& county) {
      return std::none_of(s.candidates.begin(), s.candidates.end(),
                          [&](const Candidate& o) { return lies_in(o.place, county.place); });
    };
    std::unordered_map<std::uint32_t, std::uint32_t> county_group;  // county candidate -> name group
    std::unordered_map<std::uint32_t, std::uint32_t> town_county_group;  // county a town candidate lies in -> group
    constexpr std::uint32_t kSeveral = std::numeric_limits<std::uint32_t>::max();
    const auto remember = [&](std::unordered_map<std::uint32_t, std::uint32_t>& map, std::uint32_t key,
                              std::uint32_t group) {
      const auto [it, inserted] = map.emplace(key, group);
      if (!inserted && it->second != group) it->second = kSeveral;
    };
    for (const auto& s : states_) {
      for (const auto& c : s.candidates) {
        const PlaceRecord& r = index_.record(c.place);
        if (type_of(r) == GeoType::admin2 && only_county(s, c)) remember(county_group, c.place, s.name_group);
        else if (type_of(r) == GeoType::city && r.admin2_place != kNone)
          remember(town_county_group, r.admin2_place, s.name_group);
      }
    }
    if (county_group.empty() || town_county_group.empty()) return;
    const auto named_by_other = [&](const std::unordered_map<std::uint32_t, std::uint32_t>& map, std::uint32_t key,
                                    std::uint32_t group) {
      const auto it = map.find(key);
      return it != map.end() && (it->second == kSeveral || it->second != group);
    };
    for (auto& s : states_) {
      for (auto& c : s.candidates) {
        const PlaceRecord& r = index_.record(c.place);
        if (type_of(r) == GeoType::city && r.admin2_place != kNone &&
            named_by_other(county_group, r.admin2_place, s.name_group)) {
          c.specific.push_back({kCountyNamed, explain_ ? "its county " + std::string(index_.name(r.admin2_place)) +
                                                             " named in article"
                                                       : std::string()});
        } else if (type_of(r) == GeoType::admin2 && only_county(s, c) &&
                   named_by_other(town_county_group, c.place, s.name_group)) {
          c.specific.push_back({kCountyNamed, explain_ ? std::string("a town in it named in article") : std::string()});
        }
      }
    }
  }

  void mark_specific_evidence() {
    for (auto& s : states_) {
      s.has_specific = std::any_of(s.candidates.begin(), s.candidates.end(),
                                   [](const Candidate& c) { return !c.specific.empty(); });
    }
  }

  // "Paris, Texas ... Paris": a name keeps one reading per article. A mention
  // that nothing names specifically takes the specific evidence of the
  // reading the name's qualified mentions have now (only the reading that won
  // there: "Russia, U.S. officials" is no village of Russia in the US); one
  // with its own ("Portland, Maine ... Portland, Oregon") keeps its own.
  void share_specific_evidence_of_readings() {
    group_specific_.assign(groups_.size(), {});
    for (const auto& s : states_) {
      if (!s.has_specific) continue;
      const Candidate& best = s.candidates[s.best];
      if (best.specific.empty()) continue;
      double value = 0;
      for (const auto& e : best.specific) value += e.value;
      auto& shared = group_specific_[s.name_group];
      const auto it = shared.find(best.place);
      if (it != shared.end() && it->second.value >= value) continue;
      std::string why;
      if (explain_) {
        for (const auto& e : best.specific) why += (why.empty() ? "" : "; ") + e.why;
      }
      shared[best.place] = {value, std::move(why)};
    }
  }

  const SpecificEvidence* specific_of_same_name(std::uint32_t group, std::uint32_t place) const {
    const auto& shared = group_specific_[group];
    const auto it = shared.find(place);
    return it == shared.end() ? nullptr : &it->second;
  }

  static bool is_division(const PlaceRecord& r) {
    return type_of(r) == GeoType::admin1 || type_of(r) == GeoType::admin2;
  }

  // Places whose name is theirs first: countries, admin1s, named regions,
  // the capitals of countries and cities of millions.
  static bool prominent(const PlaceRecord& r) {
    switch (type_of(r)) {
      case GeoType::country:
      case GeoType::admin1:
      case GeoType::region: return true;
      case GeoType::city:
        return r.population >= kProminentCityPopulation ||
               (std::string_view(r.feature_code) == "PPLC" && r.population >= kProminentCapitalPopulation);
      case GeoType::admin2:
      case GeoType::landmark: return false;
    }
    return false;
  }

  // Whether `smaller` is a namesake far below the prominent `prominent_place`:
  // any lesser place below a country, admin1 or region; below a city, a
  // city of less than a tenth its population.
  static bool far_below(const PlaceRecord& smaller, const PlaceRecord& prominent_place) {
    if (type_of(prominent_place) != GeoType::city) return true;
    return static_cast<double>(smaller.population) < kPeerPopulationShare * prominent_place.population;
  }

  // Context alone may not lift a namesake far smaller than a prominent
  // candidate above it: its score is held just below the prominent one's.
  void hold_namesakes_below_prominent(MentionState& s) {
    const Candidate* top = nullptr;
    for (const auto& c : s.candidates) {
      if (c.kind != NameKind::alternate && prominent(index_.record(c.place)) && (!top || c.score > top->score)) top = &c;
    }
    if (!top) return;
    const PlaceRecord& top_record = index_.record(top->place);
    const double ceiling = top->score - kProminenceMargin;
    for (auto& c : s.candidates) {
      const PlaceRecord& r = index_.record(c.place);
      // "Herat", "Jerusalem": a city inside the division of its name is no
      // namesake of it but the place the division is named for.
      if (c.score <= ceiling || c.specifically_named || prominent(r) || !far_below(r, top_record) ||
          lies_in(c.place, top->place))
        continue;
      const double held = ceiling - c.score;
      if (explain_) {
        char buf[16];
        std::snprintf(buf, sizeof buf, " %+.1f", held);
        c.evidence.push_back("held below " + std::string(index_.name(top->place)) + " (" +
                             geo_type_name(type_of(top_record)) + "): only context names this one" + buf);
      }
      c.score = ceiling;
    }
  }

  static void pick_best(MentionState& s) {
    s.best = 0;
    for (std::size_t k = 0; k < s.candidates.size(); ++k) {
      s.candidates[k].score = s.candidates[k].prior;
      if (s.candidates[k].score > s.candidates[s.best].score) s.best = k;
    }
  }

  // True when place `inner` lies in place `outer` (its admin1, admin2 or
  // country, or the city a landmark belongs to).
  bool lies_in(std::uint32_t inner, std::uint32_t outer) const {
    if (inner == outer) return false;
    const PlaceRecord& i = index_.record(inner);
    const PlaceRecord& o = index_.record(outer);
    switch (type_of(o)) {
      case GeoType::country: return country_of(i) == country_of(o);
      case GeoType::admin1: return i.admin1_place == outer;
      case GeoType::admin2: return i.admin2_place == outer;
      case GeoType::city: return i.parent_place == outer;
      case GeoType::landmark:
      case GeoType::region: return false;
    }
    return false;
  }

  // Each mention's current reading as evidence for the others: its country
  // (an explicit country counts double), its admin1 and its position. A
  // name's own mentions are left out when it is scored, so "Georgia" cannot
  // vote for the country Georgia: totals are kept per name group and
  // subtracted.
  void gather_context() {
    country_weight_.clear();
    group_country_weight_.assign(groups_.size(), {});
    admin1_count_.clear();
    group_admin1_.assign(groups_.size(), {});
    std::vector<NearestOtherGroup::Point> readings;
    best_place_count_.clear();
    total_weight_ = 0;
    group_weight_.assign(groups_.size(), 0.0);
    for (const auto& s : states_) {
      if (s.candidates.empty()) continue;
      const Candidate& best = s.candidates[s.best];
      const PlaceRecord& r = index_.record(best.place);
      const double w = type_of(r) == GeoType::country ? 2.0 : 1.0;
      const CountryKey country = country_key(r);
      country_weight_[country] += w;
      group_country_weight_[s.name_group][country] += w;
      total_weight_ += w;
      group_weight_[s.name_group] += w;
      if (type_of(r) == GeoType::admin1) {
        ++admin1_count_[best.place];
        ++group_admin1_[s.name_group][best.place];
      }
      if (type_of(r) != GeoType::country) readings.push_back({best.where, s.name_group});
      ++best_place_count_[best.place];
    }
    nearest_other_reading_ = NearestOtherGroup(std::move(readings));
    share_specific_evidence_of_readings();
  }

  // Share of the other names' evidence that points at `country`.
  double country_share(const MentionState& s, CountryKey country) const {
    const double total = total_weight_ - group_weight_[s.name_group];
    if (total <= 0) return 0;
    const auto all = country_weight_.find(country);
    if (all == country_weight_.end()) return 0;
    const auto& own = group_country_weight_[s.name_group];
    const auto mine = own.find(country);
    return (all->second - (mine == own.end() ? 0.0 : mine->second)) / total;
  }

  bool admin1_named_elsewhere(const MentionState& s, std::uint32_t admin1) const {
    const auto all = admin1_count_.find(admin1);
    if (all == admin1_count_.end()) return false;
    const auto& own = group_admin1_[s.name_group];
    const auto mine = own.find(admin1);
    return all->second > (mine == own.end() ? 0 : mine->second);
  }

  void rescore(std::size_t i) {
    MentionState& s = states_[i];
    if (s.candidates.empty() || (s.candidates.size() <= 1 && !explain_)) return;
    for (auto& c : s.candidates) {
      if (explain_) c.evidence.resize(c.prior_evidence);
      c.score = c.prior + context_score(i, c);
    }
    hold_namesakes_below_prominent(s);
    const std::uint32_t previous = s.candidates[s.best].place;
    s.best = 0;
    for (std::size_t k = 1; k < s.candidates.size(); ++k) {
      if (s.candidates[k].score > s.candidates[s.best].score) s.best = k;
    }
    --best_place_count_[previous];
    ++best_place_count_[s.candidates[s.best].place];
  }

  double context_score(std::size_t i, Candidate& c) const {
    const PlaceRecord& r = index_.record(c.place);
    double score = 0;
    // `describe` runs only when explaining: building the strings costs more
    // than the scoring.
    const auto note = [&](double value, const auto& describe) {
      score += value;
      if (explain_ && value != 0) {
        char buf[16];
        std::snprintf(buf, sizeof buf, " %+.1f", value);
        c.evidence.push_back(describe() + buf);
      }
    };
    const MentionState& s = states_[i];
    // "the Mopti region": the text calls it a division (the prior has the bonus).
    c.specifically_named = s.mention->division_word_after && is_division(r);
    const CountryKey country = country_key(r);
    if (const double share = country_share(s, country); share > 0)
      note(kCountryContext * share, [&] { return "country " + std::string(country_of(r)) + " in article"; });
    if (r.admin1_place != kNone && r.admin1_place != c.place && admin1_named_elsewhere(s, r.admin1_place)) {
      // "Officials in Virginia said ... in Alexandria": the article names
      // the division this reading lies in, which names the reading itself.
      note(kAdmin1Context, [] { return std::string("admin1 named in article"); });
      c.specifically_named = true;
    }
    if (s.has_specific) {
      for (const SpecificEvidence& e : c.specific) note(e.value, [&] { return e.why; });
      c.specifically_named = c.specifically_named || !c.specific.empty();
    } else if (const SpecificEvidence* e = specific_of_same_name(s.name_group, c.place)) {
      note(e->value, [&] { return e->why + " where the article writes the name again"; });
      c.specifically_named = true;
    }
    if (type_of(r) == GeoType::landmark && r.parent_place != kNone) {
      // Another mention reads as the parent: the live count, less this one.
      const auto it = best_place_count_.find(r.parent_place);
      const int others = (it == best_place_count_.end() ? 0 : it->second) - (s.candidates[s.best].place == r.parent_place);
      if (others > 0) {
        note(kContainment, [&] { return "parent " + std::string(index_.name(r.parent_place)) + " named"; });
        c.specifically_named = true;
      }
    }
    const double near = colocation(i, c);
    note(kColocation * near, [] { return std::string("near other places"); });
    // "Edmonton" beside Cairns and Yarrabah: a place the article names
    // nearby names this namesake as well as "X, Y" would.
    c.specifically_named = c.specifically_named || near >= kNamedNearby;
    return score;
  }

  // exp(-d/300 km) to the nearest place another name of the article reads
  // as (not countries: they are everywhere at once).
  double colocation(std::size_t i, const Candidate& c) const {
    if (type_of(index_.record(c.place)) == GeoType::country) return 0;
    const std::uint32_t group = states_[i].name_group;
    const double squared = nearest_other_reading_.nearest_squared(c.where, group);
    if (squared == std::numeric_limits<double>::infinity()) return 0;
    return std::exp(-chord_km(squared) / kColocationScaleKm);
  }

  PlaceMention to_output(const MentionState& s) const {
    const RecognizedMention& m = *s.mention;
    PlaceMention out;
    out.start = m.start;
    out.end = m.end;
    out.text = std::string(text_.substr(m.start, m.end - m.start));
    out.kind = m.kind;
    if (s.candidates.empty()) return out;
    out.confidence = confidence(s);
    if (!implausible(s)) out.place = index_.place(s.candidates[s.best].place);
    if (explain_) {
      std::vector<std::size_t> order(s.candidates.size());
      for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
      std::sort(order.begin(), order.end(),
                [&](std::size_t a, std::size_t b) { return s.candidates[a].score > s.candidates[b].score; });
      for (std::size_t k = 0; k < std::min<std::size_t>(order.size(), 8); ++k) {
        const Candidate& c = s.candidates[order[k]];
        out.candidates.push_back({index_.place(c.place), c.score, c.evidence});
      }
    }
    return out;
  }

  // "Barchi" in an article about Kabul: when the best reading is a hamlet in
  // a country the rest of the article never points at, while it points
  // firmly at another, the place the text means is one the gazetteer lacks.
  // The mention stays, unresolved, rather than becoming a marker in Italy.
  bool implausible(const MentionState& s) const {
    const Candidate& best = s.candidates[s.best];
    const PlaceRecord& r = index_.record(best.place);
    if (type_of(r) != GeoType::city || r.population >= kHamletPopulation) return false;
    if (country_share(s, country_key(r)) > 0) return false;
    for (const auto& [country, weight] : country_weight_) {
      if (country != country_key(r) && country_share(s, country) >= kDominantCountryShare) return true;
    }
    return false;
  }

  // Softmax share of the winner, so two near-equal readings give ~0.5.
  static double confidence(const MentionState& s) {
    const double top = s.candidates[s.best].score;
    double sum = 0;
    for (const auto& c : s.candidates) sum += std::exp(c.score - top);
    return std::clamp(1.0 / sum, 0.0, 1.0);
  }

  const GazetteerIndex& index_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  bool explain_;
  std::vector<MentionState> states_;
  std::unordered_map<std::string, std::uint32_t> groups_;  // case-folded mention text → name group
  // Context of the current readings (gather_context()).
  NearestOtherGroup nearest_other_reading_;
  // How many mentions read as each place now; kept current within a round,
  // as the mentions already rescored in it changed their minds.
  std::unordered_map<std::uint32_t, int> best_place_count_;
  std::unordered_map<CountryKey, double> country_weight_;
  std::vector<std::unordered_map<CountryKey, double>> group_country_weight_;
  double total_weight_ = 0;
  std::vector<double> group_weight_;
  std::unordered_map<std::uint32_t, int> admin1_count_;
  std::vector<std::unordered_map<std::uint32_t, int>> group_admin1_;
  // Per name group: the specific evidence its mentions have for each place.
  std::vector<std::unordered_map<std::uint32_t, SpecificEvidence>> group_specific_;
};

}  // namespace

std::vector<PlaceMention> Resolver::resolve(std::string_view text, const std::vector<Token>& tokens,
                                            const std::vector<RecognizedMention>& mentions, Explain explain) const {
  return ArticleResolver(*index_, text, tokens, mentions, explain).run();
}

}  // namespace incimap::geo
