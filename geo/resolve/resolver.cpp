#include "geo/resolve/resolver.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

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
constexpr double kCountryContext = 6.0;
constexpr double kAdmin1Context = 3.5;
constexpr double kContainment = 8.0;
constexpr double kColocation = 3.0;
constexpr double kColocationScaleKm = 300.0;
constexpr int kRounds = 3;

std::string_view country_of(const PlaceRecord& r) { return {r.country, strnlen(r.country, 2)}; }
GeoType type_of(const PlaceRecord& r) { return static_cast<GeoType>(r.geo_type); }
LonLat position_of(const PlaceRecord& r) { return LonLat::from(Longitude{r.lon}, Latitude{r.lat}); }

struct Candidate {
  std::uint32_t place;
  NameKind kind;
  double prior = 0;
  double score = 0;
  std::vector<std::string> evidence;
  std::size_t prior_evidence = 0;  // entries of `evidence` that explain the prior
};

struct MentionState {
  const RecognizedMention* mention;
  std::vector<Candidate> candidates;  // deduplicated by place
  std::size_t best = 0;
  std::size_t next_in_pair = SIZE_MAX;  // "X, Y": index of Y
  std::size_t prev_in_pair = SIZE_MAX;
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
    MentionState s{&m, {}, 0, SIZE_MAX, SIZE_MAX};
    for (const NameEntry& e : m.entries) {
      const auto kind = static_cast<NameKind>(e.kind);
      auto existing = std::find_if(s.candidates.begin(), s.candidates.end(),
                                   [&](const Candidate& c) { return c.place == e.place; });
      if (existing != s.candidates.end()) {
        if (kind < existing->kind) existing->kind = kind;
        continue;
      }
      s.candidates.push_back({e.place, kind, 0, 0, {}, 0});
    }
    for (auto& c : s.candidates) {
      c.prior = prior(c, m);
      c.prior_evidence = c.evidence.size();
    }
    return s;
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
    if (explain_) {
      c.evidence.push_back(std::string(type_name(type_of(r))) +
                           (r.population ? " pop " + format_number(r.population) : std::string()));
      if (c.kind == NameKind::alternate) c.evidence.push_back("alternate name");
    }
    return p;
  }

  static const char* type_name(GeoType t) {
    switch (t) {
      case GeoType::country: return "country";
      case GeoType::admin1: return "admin1";
      case GeoType::admin2: return "admin2";
      case GeoType::city: return "city";
      case GeoType::landmark: return "landmark";
      case GeoType::region: return "region";
    }
    return "?";
  }

  // "Bangor, Maine": a mention, a comma, a mention.
  void link_pairs() {
    for (std::size_t i = 0; i + 1 < states_.size(); ++i) {
      const auto& a = *states_[i].mention;
      const auto& b = *states_[i + 1].mention;
      if (b.first_token == a.last_token + 1 && tokens_[a.last_token].in(text_) == ",") {
        states_[i].next_in_pair = i + 1;
        states_[i + 1].prev_in_pair = i;
      }
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
  // (an explicit country counts double) and, for admin1 readings, the
  // division. A name's own mentions are left out when it is scored, so
  // "Georgia" cannot vote for the country Georgia.
  void gather_context() {
    evidence_.clear();
    for (const auto& s : states_) {
      if (s.candidates.empty()) {
        evidence_.push_back({});
        continue;
      }
      const std::uint32_t place = s.candidates[s.best].place;
      const PlaceRecord& r = index_.record(place);
      evidence_.push_back({std::string(country_of(r)), type_of(r) == GeoType::country ? 2.0 : 1.0,
                           type_of(r) == GeoType::admin1 ? place : kNone});
    }
  }

  bool same_name(std::size_t a, std::size_t b) const {
    const auto& ma = *states_[a].mention;
    const auto& mb = *states_[b].mention;
    const std::string_view ta = text_.substr(ma.start, ma.end - ma.start);
    const std::string_view tb = text_.substr(mb.start, mb.end - mb.start);
    return ta.size() == tb.size() && std::equal(ta.begin(), ta.end(), tb.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
  }

  // Share of the other mentions' evidence that points at `country`.
  double country_share(std::size_t i, std::string_view country) const {
    double total = 0;
    double mine = 0;
    for (std::size_t k = 0; k < evidence_.size(); ++k) {
      if (evidence_[k].weight == 0 || same_name(i, k)) continue;
      total += evidence_[k].weight;
      if (evidence_[k].country == country) mine += evidence_[k].weight;
    }
    return total > 0 ? mine / total : 0;
  }

  bool admin1_named_elsewhere(std::size_t i, std::uint32_t admin1) const {
    for (std::size_t k = 0; k < evidence_.size(); ++k) {
      if (evidence_[k].admin1 == admin1 && !same_name(i, k)) return true;
    }
    return false;
  }

  void rescore(std::size_t i) {
    MentionState& s = states_[i];
    if (s.candidates.size() <= 1 && !explain_) return;
    for (auto& c : s.candidates) {
      if (explain_) c.evidence.resize(c.prior_evidence);
      c.score = c.prior + context_score(i, c);
    }
    s.best = 0;
    for (std::size_t k = 1; k < s.candidates.size(); ++k) {
      if (s.candidates[k].score > s.candidates[s.best].score) s.best = k;
    }
  }

  double context_score(std::size_t i, Candidate& c) const {
    const PlaceRecord& r = index_.record(c.place);
    double score = 0;
    const auto note = [&](const std::string& what, double value) {
      score += value;
      if (explain_ && value != 0) {
        char buf[16];
        std::snprintf(buf, sizeof buf, " %+.1f", value);
        c.evidence.push_back(what + buf);
      }
    };
    if (const double share = country_share(i, country_of(r)); share > 0)
      note("country " + std::string(country_of(r)) + " in article", kCountryContext * share);
    if (r.admin1_place != kNone && r.admin1_place != c.place && admin1_named_elsewhere(i, r.admin1_place))
      note("admin1 named in article", kAdmin1Context);
    const MentionState& s = states_[i];
    if (s.next_in_pair != SIZE_MAX) {
      for (const auto& y : states_[s.next_in_pair].candidates) {
        if (lies_in(c.place, y.place)) {
          note("in " + std::string(index_.name(y.place)) + " (\"X, Y\")", kContainment);
          break;
        }
      }
    }
    if (s.prev_in_pair != SIZE_MAX) {
      for (const auto& x : states_[s.prev_in_pair].candidates) {
        if (lies_in(x.place, c.place)) {
          note("contains " + std::string(index_.name(x.place)) + " (\"X, Y\")", kContainment);
          break;
        }
      }
    }
    if (type_of(r) == GeoType::landmark && r.parent_place != kNone) {
      for (const auto& other : states_) {
        if (&other == &s || other.candidates.empty()) continue;
        if (other.candidates[other.best].place == r.parent_place) {
          note("parent " + std::string(index_.name(r.parent_place)) + " named", kContainment);
          break;
        }
      }
    }
    note("near other places", kColocation * colocation(i, c));
    return score;
  }

  // exp(-d/300 km) to the nearest other place the article names (not
  // countries: they are everywhere at once).
  double colocation(std::size_t i, const Candidate& c) const {
    const PlaceRecord& r = index_.record(c.place);
    if (type_of(r) == GeoType::country) return 0;
    double best_km = 1e9;
    const std::string_view my_name = index_.name(c.place);
    for (std::size_t k = 0; k < states_.size(); ++k) {
      if (k == i || states_[k].candidates.empty()) continue;
      const std::uint32_t other = states_[k].candidates[states_[k].best].place;
      const PlaceRecord& o = index_.record(other);
      if (type_of(o) == GeoType::country || index_.name(other) == my_name) continue;
      best_km = std::min(best_km, great_circle_km(position_of(r), position_of(o)));
    }
    return best_km >= 1e9 ? 0 : std::exp(-best_km / kColocationScaleKm);
  }

  PlaceMention to_output(const MentionState& s) const {
    const RecognizedMention& m = *s.mention;
    PlaceMention out;
    out.start = m.start;
    out.end = m.end;
    out.text = std::string(text_.substr(m.start, m.end - m.start));
    out.kind = m.kind;
    if (s.candidates.empty()) return out;
    out.place = index_.place(s.candidates[s.best].place);
    out.confidence = confidence(s);
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
  struct Evidence {
    std::string country;
    double weight = 0;
    std::uint32_t admin1 = kNone;
  };
  std::vector<Evidence> evidence_;  // one per mention, from its current reading
};

}  // namespace

std::vector<PlaceMention> Resolver::resolve(std::string_view text, const std::vector<Token>& tokens,
                                            const std::vector<RecognizedMention>& mentions, Explain explain) const {
  return ArticleResolver(*index_, text, tokens, mentions, explain).run();
}

}  // namespace incimap::geo
