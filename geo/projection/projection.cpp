#include "geo/projection/projection.hpp"

#include <proj.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace incimap::geo {

void PjContextDeleter::operator()(pj_ctx* context) const noexcept { proj_context_destroy(context); }
void PjDeleter::operator()(PJconsts* pj) const noexcept { proj_destroy(pj); }

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return out;
}

std::string proj_failure(pj_ctx* context, const std::string& what) {
  const char* reason = proj_context_errno_string(context, proj_context_errno(context));
  return what + ": " + (reason ? reason : "unknown PROJ error");
}

// The latitude band the target CRS is defined for; the whole globe when PROJ
// does not know it.
std::array<double, 2> latitude_band(pj_ctx* context, const std::string& crs) {
  const PjPtr target(proj_create(context, crs.c_str()));
  double west = 0, south = -90, east = 0, north = 90;
  if (!target || !proj_get_area_of_use(context, target.get(), &west, &south, &east, &north, nullptr) ||
      south < -90 || north > 90 || south >= north) {
    return {-90.0, 90.0};
  }
  return {south, north};
}

}  // namespace

std::string canonical_projection_name(std::string_view user_choice) {
  const std::string key = lower(user_choice);
  if (key == "mercator" || key == "web-mercator" || key == "epsg:3857" || key == "epsg:900913") return "EPSG:3857";
  if (key == "equal-earth" || key == "equalearth" || key == "epsg:8857") return "EPSG:8857";
  if (key == "plate-carree" || key == "platecarree" || key == "equirectangular" || key == "epsg:4326" ||
      key == "epsg:4087") {
    return "EPSG:4087";
  }
  return std::string(user_choice);
}

Projection::Projection(std::string_view crs) : crs_(canonical_projection_name(crs)), context_(proj_context_create()) {
  if (!context_) throw ProjectionError("cannot create a PROJ context");
  PjPtr raw(proj_create_crs_to_crs(context_.get(), "EPSG:4326", crs_.c_str(), nullptr));
  if (!raw) throw ProjectionError(proj_failure(context_.get(), "projection " + crs_));
  transform_.reset(proj_normalize_for_visualization(context_.get(), raw.get()));
  if (!transform_) throw ProjectionError(proj_failure(context_.get(), "projection " + crs_));
  const auto band = latitude_band(context_.get(), crs_);
  min_lat_ = band[0];
  max_lat_ = band[1];
  for (const MapPoint& p : world_outline()) world_bounds_.expand(p);
  if (world_bounds_.empty()) throw ProjectionError("projection " + crs_ + ": cannot project the world's outline");
}

double Projection::clamp_latitude(double lat) const noexcept { return std::clamp(lat, min_lat_, max_lat_); }

std::optional<MapPoint> Projection::forward(LonLat where) const {
  PJ_COORD in = proj_coord(where.lon(), clamp_latitude(where.lat()), 0, 0);
  const PJ_COORD out = proj_trans(transform_.get(), PJ_FWD, in);
  if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL) return std::nullopt;
  return MapPoint{out.xy.x, out.xy.y};
}

std::optional<LonLat> Projection::inverse(MapPoint at) const {
  const PJ_COORD out = proj_trans(transform_.get(), PJ_INV, proj_coord(at.x, at.y, 0, 0));
  if (!std::isfinite(out.lp.lam) || !std::isfinite(out.lp.phi) || out.lp.lam == HUGE_VAL) return std::nullopt;
  const LonLat result = LonLat::from(Longitude{out.lp.lam}, Latitude{out.lp.phi});
  if (!result.valid()) return std::nullopt;
  return result;
}

void Projection::forward_in_place(std::span<double> lon_to_x, std::span<double> lat_to_y) const {
  // Checked in every build: an assert vanishes from release builds, and a
  // shorter span would have PROJ read and write past its end.
  if (lon_to_x.size() != lat_to_y.size()) {
    throw std::invalid_argument("forward_in_place: " + std::to_string(lon_to_x.size()) + " longitudes but " +
                                std::to_string(lat_to_y.size()) + " latitudes");
  }
  const std::size_t count = lon_to_x.size();
  for (std::size_t i = 0; i < count; ++i) lat_to_y[i] = clamp_latitude(lat_to_y[i]);
  proj_trans_generic(transform_.get(), PJ_FWD, lon_to_x.data(), sizeof(double), count, lat_to_y.data(),
                     sizeof(double), count, nullptr, 0, 0, nullptr, 0, 0);
  for (std::size_t i = 0; i < count; ++i) {
    if (lon_to_x[i] == HUGE_VAL || lat_to_y[i] == HUGE_VAL) {
      lon_to_x[i] = lat_to_y[i] = std::numeric_limits<double>::quiet_NaN();
    }
  }
}

std::optional<std::array<double, 4>> Projection::lonlat_bounds(const MapRect& area) const {
  if (area.empty()) return std::nullopt;
  std::array<double, 4> box{180, 90, -180, -90};
  constexpr int kSamples = 16;
  for (int i = 0; i <= kSamples; ++i) {
    const double t = double(i) / kSamples;
    const double x = area.min_x + area.width() * t, y = area.min_y + area.height() * t;
    for (const MapPoint at : {MapPoint{x, area.min_y}, MapPoint{x, area.max_y}, MapPoint{area.min_x, y},
                              MapPoint{area.max_x, y}}) {
      const auto where = inverse(at);
      if (!where) return std::nullopt;
      box = {std::min(box[0], where->lon()), std::min(box[1], where->lat()), std::max(box[2], where->lon()),
             std::max(box[3], where->lat())};
    }
  }
  return box;
}

std::vector<MapPoint> Projection::world_outline(double step_degrees) const {
  std::vector<double> lons, lats;
  const auto edge = [&](double lon0, double lat0, double lon1, double lat1) {
    const double span = std::max(std::abs(lon1 - lon0), std::abs(lat1 - lat0));
    const int steps = std::max(1, int(std::ceil(span / step_degrees)));
    for (int i = 0; i < steps; ++i) {
      const double t = double(i) / steps;
      lons.push_back(lon0 + (lon1 - lon0) * t);
      lats.push_back(lat0 + (lat1 - lat0) * t);
    }
  };
  edge(-180, min_lat_, 180, min_lat_);
  edge(180, min_lat_, 180, max_lat_);
  edge(180, max_lat_, -180, max_lat_);
  edge(-180, max_lat_, -180, min_lat_);
  forward_in_place(lons, lats);
  std::vector<MapPoint> ring;
  ring.reserve(lons.size() + 1);
  for (std::size_t i = 0; i < lons.size(); ++i) {
    if (std::isfinite(lons[i]) && std::isfinite(lats[i])) ring.push_back({lons[i], lats[i]});
  }
  if (!ring.empty()) ring.push_back(ring.front());
  return ring;
}

}  // namespace incimap::geo
