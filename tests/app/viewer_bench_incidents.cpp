// Writes N synthetic incidents as GeoJSON Sequence (one Feature a line) for
// measuring the viewer: `viewer_bench_incidents 1000000 out.geojsons`; to a
// name ending in .geojson, as a FeatureCollection laid out as incimap's
// writer lays it out (one feature a line).
// Incidents gather around a few dozen real city positions with a long tail
// of scattered ones, over two years, in the six ACLED event types, so
// clustering, layers and the timeline see realistic shapes. Deterministic.

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

namespace {

struct Hub {
  const char* name;
  const char* country;
  double lon, lat;
  double weight;  // share of the incidents, relative
};

// Positions of real cities (public facts); names only label the synthetic records.
constexpr std::array<Hub, 24> kHubs = {{
    {"Baghdad", "IQ", 44.3615, 33.3128, 9},    {"Mosul", "IQ", 43.13, 36.34, 4},
    {"Kyiv", "UA", 30.5233, 50.45, 6},         {"Kharkiv", "UA", 36.2317, 49.9922, 7},
    {"Donetsk", "UA", 37.8028, 48.0159, 8},    {"Khartoum", "SD", 32.5325, 15.5006, 6},
    {"Mogadishu", "SO", 45.3438, 2.0469, 5},   {"Kabul", "AF", 69.1723, 34.5281, 5},
    {"Damascus", "SY", 36.2913, 33.5102, 6},   {"Aleppo", "SY", 37.1612, 36.2021, 5},
    {"Sanaa", "YE", 44.2067, 15.3547, 5},      {"Maiduguri", "NG", 13.1571, 11.8333, 5},
    {"Bamako", "ML", -8.0029, 12.6392, 3},     {"Goma", "CD", 29.2205, -1.6792, 4},
    {"Bogota", "CO", -74.0721, 4.711, 3},      {"Mexico City", "MX", -99.1332, 19.4326, 4},
    {"Manila", "PH", 120.9842, 14.5995, 3},    {"Yangon", "MM", 96.1561, 16.8409, 4},
    {"Port-au-Prince", "HT", -72.3388, 18.5944, 3}, {"Peshawar", "PK", 71.5785, 34.0151, 3},
    {"Tripoli", "LY", 13.1913, 32.8872, 2},    {"Gaza", "PS", 34.4668, 31.5017, 5},
    {"Beirut", "LB", 35.5018, 33.8938, 2},     {"Caracas", "VE", -66.9036, 10.4806, 2},
}};

constexpr std::array<std::string_view, 6> kEventTypes = {
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments"};
constexpr std::array<double, 6> kEventWeights = {30, 25, 20, 15, 6, 4};

// Days since 1970-01-01 to YYYY-MM-DD (Howard Hinnant's civil_from_days).
std::string iso_date(long days) {
  days += 719468;
  const long era = days / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char text[72];  // room for any three longs, though these are a date
  std::snprintf(text, sizeof text, "%04ld-%02ld-%02ld", y, m, d);
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: viewer_bench_incidents COUNT OUT.geojsons\n");
    return 2;
  }
  std::size_t count = 0;
  const std::string_view count_text(argv[1]);
  if (std::from_chars(count_text.data(), count_text.data() + count_text.size(), count).ec != std::errc()) {
    std::fprintf(stderr, "viewer_bench_incidents: COUNT must be a number\n");
    return 2;
  }
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  if (!out) {
    std::fprintf(stderr, "viewer_bench_incidents: cannot write %s\n", argv[2]);
    return 1;
  }
  std::mt19937_64 random(20240302);
  std::array<double, kHubs.size()> hub_weights{};
  std::transform(kHubs.begin(), kHubs.end(), hub_weights.begin(), [](const Hub& h) { return h.weight; });
  std::discrete_distribution<std::size_t> pick_hub(hub_weights.begin(), hub_weights.end());
  std::discrete_distribution<std::size_t> pick_type(kEventWeights.begin(), kEventWeights.end());
  std::normal_distribution<double> near_hub(0.0, 0.35);  // degrees: a city and its province
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::geometric_distribution<int> deaths(0.35);
  constexpr long kFirstDay = 19358;  // 2023-01-01
  constexpr long kDays = 730;
  const std::string_view path(argv[2]);
  const bool collection = path.size() > 8 && path.substr(path.size() - 8) == ".geojson";
  if (collection) out << "{\n\"type\": \"FeatureCollection\",\n\"features\": [\n";
  for (std::size_t i = 0; i < count; ++i) {
    const Hub& hub = kHubs[pick_hub(random)];
    // One in ten is scattered across the inhabited latitudes, far from any hub.
    const bool scattered = unit(random) < 0.1;
    const double lon = scattered ? -180 + 360 * unit(random) : std::clamp(hub.lon + near_hub(random), -180.0, 180.0);
    const double lat = scattered ? -55 + 125 * unit(random) : std::clamp(hub.lat + near_hub(random), -85.0, 85.0);
    const std::string_view type = kEventTypes[pick_type(random)];
    const int fatalities = type == "Protests" ? 0 : deaths(random);
    const double confidence = 0.3 + 0.7 * unit(random);
    const int precision = confidence > 0.6 ? 1 : (confidence > 0.45 ? 2 : 3);
    const std::string date = iso_date(kFirstDay + long(unit(random) * kDays));
    char buffer[1024];
    const int written = std::snprintf(
        buffer, sizeof buffer,
        "{\"type\":\"Feature\",\"id\":\"bench-%zu\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]},"
        "\"properties\":{\"event_date\":\"%s\",\"time_precision\":1,\"event_type\":\"%.*s\",\"fatalities\":%d,"
        "\"location\":\"%s\",\"matched_text\":\"%s\",\"country\":\"%s\",\"geo_precision\":%d,"
        "\"geocode_confidence\":%.2f,\"title\":\"%.*s near %s\","
        "\"excerpt\":\"Synthetic report %zu of an incident near %s.\"}}%s",
        i, lon, lat, date.c_str(), int(type.size()), type.data(), fatalities, hub.name, hub.name, hub.country,
        precision, confidence, int(type.size()), type.data(), hub.name, i, hub.name,
        !collection ? "\n" : i + 1 < count ? ",\n" : "\n");
    out.write(buffer, written);
  }
  if (collection) out << "]\n}\n";
  return out.flush() ? 0 : 1;
}
