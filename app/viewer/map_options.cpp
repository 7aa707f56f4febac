#include "app/viewer/map_options.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <stdexcept>

#include "app/viewer/input_loader.hpp"
#include "geo/ingest/ingest.hpp"
#include "render/model/load_incidents.hpp"

namespace incimap::app {
namespace {

double parse_number(const std::string& option, std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    throw UsageError(option + ": \"" + std::string(text) + "\" is not a number");
  }
  return value;
}

}  // namespace

std::array<double, 4> parse_bbox(const std::string& text) {
  std::array<double, 4> box{};
  std::size_t start = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    const std::size_t comma = text.find(',', start);
    if ((i < 3) == (comma == std::string::npos)) throw UsageError("--bbox expects W,S,E,N, not \"" + text + "\"");
    box[i] = parse_number("--bbox", std::string_view(text).substr(start, comma - start));
    start = comma + 1;
  }
  const auto [west, south, east, north] = box;
  if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north) {
    throw UsageError("--bbox " + text + ": needs -180 <= W < E <= 180 and -90 <= S < N <= 90");
  }
  return box;
}

geo::ScreenSize parse_size(const std::string& text) {
  const std::size_t x = text.find_first_of("xX");
  if (x == std::string::npos) throw UsageError("--size expects WIDTHxHEIGHT, not \"" + text + "\"");
  const auto width = parse_size_or_throw("--size", text.substr(0, x));
  const auto height = parse_size_or_throw("--size", text.substr(x + 1));
  if (width < 16 || height < 16 || width > 16384 || height > 16384) {
    throw UsageError("--size " + text + ": each side must be 16..16384 pixels");
  }
  return {int(width), int(height)};
}

render::LayerGrouping parse_grouping(const std::string& text) {
  if (text == "event_type" || text == "event-type" || text == "type") return render::LayerGrouping::event_type;
  if (text == "source") return render::LayerGrouping::source;
  if (text == "country") return render::LayerGrouping::country;
  if (text == "month") return render::LayerGrouping::month;
  throw UsageError("--layers-by expects event_type, source, country or month, not \"" + text + "\"");
}

MapOptions parse_map_options(const Args& args) {
  MapOptions options;
  if (auto value = args.value({"--projection", "-p"})) options.projection = *value;
  if (auto value = args.value({"--bbox"})) options.bbox = parse_bbox(*value);
  if (auto value = args.value({"--layers-by"})) options.grouping = parse_grouping(*value);
  options.user_basemap = args.value({"--basemap"});
  return options;
}

geo::MapRect project_bbox(const geo::Projection& projection, const std::array<double, 4>& bbox) {
  const auto [west, south, east, north] = bbox;
  geo::MapRect rect;
  constexpr int kSamples = 32;
  for (int i = 0; i <= kSamples; ++i) {
    const double t = double(i) / kSamples;
    const double lon = west + (east - west) * t, lat = south + (north - south) * t;
    for (const auto& where : {geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{south}),
                              geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{north}),
                              geo::LonLat::from(geo::Longitude{west}, geo::Latitude{lat}),
                              geo::LonLat::from(geo::Longitude{east}, geo::Latitude{lat})}) {
      if (const auto at = projection.forward(where)) rect.expand(*at);
    }
  }
  return rect;
}

LoadedIncidents load_all_incidents(const std::vector<std::string>& inputs, const std::string& gazetteer_path,
                                   ProgressMeter* meter) {
  LoadedIncidents loaded;
  ArticleExtractor extractor(gazetteer_path);
  for (const std::string& input : inputs) {
    // An incident file says how far its reader is; articles count when done.
    const bool shown = meter && meter->shown();
    const std::uint64_t size = shown ? geo::input_bytes({input}, {}) : 0;
    std::uint64_t credited = 0;
    const auto credit = [&](double done) {
      const auto now = static_cast<std::uint64_t>(double(size) * std::clamp(done, 0.0, 1.0));
      if (now > credited) meter->add(now - credited);
      credited = std::max(credited, now);
    };
    if (shown) meter->note("reading " + input);
    LoadedInput one = load_input(input, extractor, {}, shown ? geo::ReadProgress(credit) : geo::ReadProgress{});
    if (shown) credit(1.0);
    if (!one.error.empty()) {
      loaded.failures.push_back(std::move(one.error));
      continue;
    }
    loaded.warnings.insert(loaded.warnings.end(), one.warnings.begin(), one.warnings.end());
    loaded.dropped += one.dropped;
    render::append_incidents(loaded.incidents, std::move(one.incidents));
  }
  return loaded;
}

}  // namespace incimap::app
