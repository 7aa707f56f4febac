#include "gen_geonames/feature_kinds.hpp"

#include <array>

namespace incimap::tools {
namespace {

using Patterns = std::span<const std::string_view>;

constexpr std::array<std::string_view, 12> kTown = {"{}", "{}", "{}", "{}", "{}", "{}", "New {}", "San {}",
                                                    "Al-{}", "{} Station", "Upper {}", "{}-Kalan"};
constexpr std::array<std::string_view, 3> kSection = {"{}", "{} Quarter", "Mahalla {}"};
constexpr std::array<std::string_view, 4> kStream = {"{} Creek", "Rio {}", "Wadi {}", "{} River"};
constexpr std::array<std::string_view, 3> kLake = {"Lake {}", "{} Lake", "Laguna {}"};
constexpr std::array<std::string_view, 3> kWater = {"{} Reservoir", "{} Spring", "Bir {}"};
constexpr std::array<std::string_view, 4> kMountain = {"Mount {}", "{} Mountain", "Jabal {}", "Pic {}"};
constexpr std::array<std::string_view, 3> kHill = {"{} Hill", "Tepe {}", "Kopje {}"};
constexpr std::array<std::string_view, 2> kValley = {"{} Valley", "Val {}"};
constexpr std::array<std::string_view, 3> kSchool = {"{} School", "{} Primary School", "Escuela {}"};
constexpr std::array<std::string_view, 3> kChurch = {"Saint {} Church", "{} Church", "{} Mosque"};
constexpr std::array<std::string_view, 3> kFarm = {"{} Farm", "Hacienda {}", "{} Ranch"};
constexpr std::array<std::string_view, 2> kHotel = {"Hotel {}", "{} Hotel"};
constexpr std::array<std::string_view, 2> kArea = {"{}", "{} Park"};
constexpr std::array<std::string_view, 2> kForest = {"{} Forest", "Bois de {}"};
constexpr std::array<std::string_view, 2> kRoad = {"{} Road", "{} Trail"};
constexpr std::array<std::string_view, 2> kMinorDivision = {"{}", "{} Commune"};
constexpr std::array<std::string_view, 5> kAdmin1 = {"{}", "{}", "{} Province", "{} Region", "{} State"};
constexpr std::array<std::string_view, 3> kAdmin2 = {"{}", "{} District", "{} County"};

constexpr PopulationRule kNobody{};

constexpr std::array<FeatureKind, 25> kKinds{{
    {'P', "PPL", 33.0, Patterns(kTown), 6.3, {0.45, 100, 1.0}},
    {'P', "PPLX", 3.0, Patterns(kSection), 2.8, {0.2, 500, 1.1}},
    {'P', "PPLA2", 1.0, Patterns(kTown), 8.4, {0.95, 2000, 0.9}},
    {'P', "PPLA3", 1.0, Patterns(kTown), 7.0, {0.9, 500, 1.0}},
    {'P', "PPLL", 1.0, Patterns(kTown), 2.1, {0.1, 50, 1.2}},
    {'H', "STM", 10.0, Patterns(kStream), 2.8, kNobody},
    {'H', "LK", 3.0, Patterns(kLake), 3.5, kNobody},
    {'H', "RSV", 1.0, Patterns(kWater), 2.1, kNobody},
    {'H', "SPNG", 2.0, Patterns(kWater), 1.4, kNobody},
    {'H', "WLL", 2.0, Patterns(kWater), 1.4, kNobody},
    {'T', "MT", 6.0, Patterns(kMountain), 3.5, kNobody},
    {'T', "HLL", 6.0, Patterns(kHill), 2.1, kNobody},
    {'T', "PK", 1.0, Patterns(kMountain), 3.5, kNobody},
    {'T', "VAL", 2.0, Patterns(kValley), 2.1, kNobody},
    {'S', "SCH", 5.0, Patterns(kSchool), 1.4, kNobody},
    {'S', "CH", 3.0, Patterns(kChurch), 1.4, kNobody},
    {'S', "FRM", 3.0, Patterns(kFarm), 0.7, kNobody},
    {'S', "HTL", 2.0, Patterns(kHotel), 1.4, kNobody},
    {'S', "BLDG", 2.0, Patterns(kHotel), 0.7, kNobody},
    {'L', "LCTY", 2.0, Patterns(kArea), 2.8, kNobody},
    {'L', "PRK", 1.0, Patterns(kArea), 2.8, kNobody},
    {'V', "FRST", 2.0, Patterns(kForest), 2.8, kNobody},
    {'R', "RD", 1.0, Patterns(kRoad), 1.4, kNobody},
    {'A', "ADM3", 2.0, Patterns(kMinorDivision), 4.2, {0.6, 1000, 1.1}},
    {'A', "ADM4", 1.0, Patterns(kMinorDivision), 2.8, {0.5, 300, 1.1}},
}};

constexpr FeatureKind kAdmin1Kind{'A', "ADM1", 0, Patterns(kAdmin1), 8.0, {1.0, 200'000, 1.2}};
constexpr FeatureKind kAdmin2Kind{'A', "ADM2", 0, Patterns(kAdmin2), 5.0, {0.8, 20'000, 1.1}};

constexpr double total_share() {
  double total = 0;
  for (const FeatureKind& kind : kKinds) total += kind.share;
  return total;
}

}  // namespace

std::span<const FeatureKind> feature_kinds() noexcept { return kKinds; }
const FeatureKind& admin1_kind() noexcept { return kAdmin1Kind; }
const FeatureKind& admin2_kind() noexcept { return kAdmin2Kind; }

const FeatureKind& pick_feature_kind(Random& random) noexcept {
  double remaining = random.uniform() * total_share();
  for (const FeatureKind& kind : kKinds) {
    if (remaining < kind.share) return kind;
    remaining -= kind.share;
  }
  return kKinds.back();
}

}  // namespace incimap::tools
