#include "render/markers/density.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace incimap::render {
namespace {

// 1-D Gaussian weights out to three sigmas, summing to 1.
std::vector<float> gaussian_weights(double sigma_cells) {
  const int radius = int(std::ceil(3 * sigma_cells));
  std::vector<float> weights(std::size_t(2 * radius + 1));
  double total = 0;
  for (int i = -radius; i <= radius; ++i) {
    const double w = std::exp(-0.5 * (i * i) / (sigma_cells * sigma_cells));
    weights[std::size_t(i + radius)] = float(w);
    total += w;
  }
  for (float& w : weights) w = float(w / total);
  return weights;
}

// Smooths `grid` (w x h) along rows (step 1) or columns (step w) in place.
void blur_pass(std::vector<float>& grid, int w, int h, const std::vector<float>& weights, bool along_rows) {
  const int radius = int(weights.size() / 2);
  const int length = along_rows ? w : h, lines = along_rows ? h : w;
  std::vector<float> line(static_cast<std::size_t>(length)), out(static_cast<std::size_t>(length));
  for (int l = 0; l < lines; ++l) {
    const auto index = [&](int i) { return along_rows ? std::size_t(l) * std::size_t(w) + std::size_t(i)
                                                       : std::size_t(i) * std::size_t(w) + std::size_t(l); };
    bool any = false;
    for (int i = 0; i < length; ++i) any |= (line[std::size_t(i)] = grid[index(i)]) != 0;
    if (!any) continue;
    for (int i = 0; i < length; ++i) {
      float sum = 0;
      for (int k = -radius; k <= radius; ++k) {
        const int j = i + k;
        if (j >= 0 && j < length) sum += line[std::size_t(j)] * weights[std::size_t(k + radius)];
      }
      out[std::size_t(i)] = sum;
    }
    for (int i = 0; i < length; ++i) grid[index(i)] = out[std::size_t(i)];
  }
}

std::uint8_t byte(float v) { return std::uint8_t(std::clamp(std::lround(v * 255.0f), 0L, 255L)); }

}  // namespace

Rgba density_colour(double share) noexcept {
  if (!(share > 0)) return {1, 1, 1, 0};
  // YlOrRd, with opacity rising so that sparse areas keep the map readable.
  struct Stop {
    double at;
    Rgba colour;
  };
  static constexpr std::array<Stop, 5> kStops = {{{0.0, {1.00f, 0.93f, 0.63f, 0.25f}},
                                                   {0.3, {1.00f, 0.82f, 0.30f, 0.50f}},
                                                   {0.55, {0.99f, 0.55f, 0.24f, 0.65f}},
                                                   {0.8, {0.89f, 0.10f, 0.11f, 0.78f}},
                                                   {1.0, {0.50f, 0.00f, 0.15f, 0.88f}}}};
  const double t = std::min(share, 1.0);
  for (std::size_t i = 1; i < kStops.size(); ++i) {
    if (t > kStops[i].at) continue;
    const Stop& a = kStops[i - 1];
    const Stop& b = kStops[i];
    const auto f = float((t - a.at) / (b.at - a.at));
    const auto mix = [f](float x, float y) { return x + (y - x) * f; };
    return {mix(a.colour.r, b.colour.r), mix(a.colour.g, b.colour.g), mix(a.colour.b, b.colour.b),
            mix(a.colour.a, b.colour.a)};
  }
  return kStops.back().colour;
}

DensityLayer density_layer(const IncidentMap& map, const Camera& camera) {
  DensityLayer layer;
  const double sigma_cells = kDensitySigmaPixels / kDensityCellPixels;
  const std::vector<float> weights = gaussian_weights(sigma_cells);
  const int pad = int(weights.size() / 2);
  const geo::ScreenSize viewport = camera.viewport();
  const int w = (viewport.width + kDensityCellPixels - 1) / kDensityCellPixels + 2 * pad;
  const int h = (viewport.height + kDensityCellPixels - 1) / kDensityCellPixels + 2 * pad;
  std::vector<float> grid(std::size_t(w) * std::size_t(h), 0.0f);
  // Screen (0, 0) is cell (pad, pad); incidents up to a kernel's reach off
  // screen still warm its edge.
  const auto positions = map.positions();
  for (std::size_t i = 0; i < positions.size(); ++i) {
    if (!map.is_shown(i)) continue;
    const geo::ScreenPoint at = camera.to_screen(positions[i]);
    const int cx = int(std::floor(at.x / kDensityCellPixels)) + pad, cy = int(std::floor(at.y / kDensityCellPixels)) + pad;
    if (cx < 0 || cy < 0 || cx >= w || cy >= h) continue;
    grid[std::size_t(cy) * std::size_t(w) + std::size_t(cx)] += 1;
    ++layer.counted;
  }
  blur_pass(grid, w, h, weights, true);
  blur_pass(grid, w, h, weights, false);
  const float peak = *std::max_element(grid.begin(), grid.end());
  layer.peak = peak;
  RgbaImage& image = layer.raster.image;
  image.width = w;
  image.height = h;
  image.pixels.assign(std::size_t(w) * std::size_t(h) * 4, 0);
  // A log scale: one town of 50,000 would otherwise leave every other place clear.
  const double log_peak = std::log1p(double(peak));
  for (std::size_t c = 0; c < grid.size(); ++c) {
    // Below a twentieth of an incident the kernel's tail is noise.
    if (grid[c] < 0.05f || log_peak <= 0) continue;
    const Rgba colour = density_colour(std::log1p(double(grid[c])) / log_peak);
    image.pixels[c * 4] = byte(colour.r);
    image.pixels[c * 4 + 1] = byte(colour.g);
    image.pixels[c * 4 + 2] = byte(colour.b);
    image.pixels[c * 4 + 3] = byte(colour.a);
  }
  // Grid row 0 is the top of the screen less the pad: the image's north edge.
  const double cell_metres = kDensityCellPixels * camera.metres_per_pixel();
  const geo::MapPoint top_left = camera.to_map({-pad * double(kDensityCellPixels), -pad * double(kDensityCellPixels)});
  layer.raster.area = geo::MapRect::from_corners({top_left.x, top_left.y - h * cell_metres},
                                                 {top_left.x + w * cell_metres, top_left.y});
  return layer;
}

}  // namespace incimap::render
