#include "gen_geonames/country_frames.hpp"

#include <array>

namespace incimap::tools {
namespace {

// Boxes rounded to 0.1 degree from the countries' extents; weights follow the
// GeoNames per-country file sizes loosely (the US holds the most rows).
constexpr std::array<CountryFrame, 51> kFrames{{
    {"US", 24.5, 49.0, -124.7, -67.0, "America/Chicago", 51, 20},
    {"CN", 18.2, 53.5, 73.5, 134.8, "Asia/Shanghai", 31, 8},
    {"IN", 6.8, 35.5, 68.1, 97.4, "Asia/Kolkata", 36, 8},
    {"RU", 41.2, 77.7, 27.0, 179.0, "Europe/Moscow", 83, 5},
    {"BR", -33.7, 5.3, -74.0, -34.8, "America/Sao_Paulo", 27, 5},
    {"ID", -11.0, 6.0, 95.0, 141.0, "Asia/Jakarta", 34, 4},
    {"MX", 14.5, 32.7, -117.1, -86.7, "America/Mexico_City", 32, 4},
    {"DE", 47.3, 55.1, 5.9, 15.0, "Europe/Berlin", 16, 4},
    {"FR", 42.3, 51.1, -4.8, 8.2, "Europe/Paris", 13, 4},
    {"NO", 58.0, 71.2, 4.6, 31.1, "Europe/Oslo", 11, 2},
    {"IR", 25.1, 39.8, 44.0, 63.3, "Asia/Tehran", 31, 2},
    {"IQ", 29.1, 37.4, 38.8, 48.6, "Asia/Baghdad", 18, 1},
    {"AF", 29.4, 38.5, 60.5, 74.9, "Asia/Kabul", 34, 1},
    {"PK", 23.7, 37.1, 60.9, 77.8, "Asia/Karachi", 7, 2},
    {"NG", 4.3, 13.9, 2.7, 14.7, "Africa/Lagos", 37, 2},
    {"SO", -1.7, 12.0, 41.0, 51.4, "Africa/Mogadishu", 18, 1},
    {"UA", 44.4, 52.4, 22.1, 40.2, "Europe/Kyiv", 27, 2},
    {"CO", -4.2, 12.5, -79.0, -66.9, "America/Bogota", 33, 2},
    {"SY", 32.3, 37.3, 35.7, 42.4, "Asia/Damascus", 14, 1},
    {"YE", 12.1, 19.0, 42.5, 54.5, "Asia/Aden", 22, 1},
    {"ML", 10.1, 25.0, -12.2, 4.3, "Africa/Bamako", 10, 1},
    {"CD", -13.5, 5.4, 12.2, 31.3, "Africa/Lubumbashi", 26, 1},
    {"ET", 3.4, 14.9, 33.0, 48.0, "Africa/Addis_Ababa", 11, 1},
    {"KE", -4.7, 5.0, 33.9, 41.9, "Africa/Nairobi", 47, 1},
    {"EG", 22.0, 31.7, 24.7, 36.9, "Africa/Cairo", 27, 1},
    {"TR", 35.8, 42.1, 26.0, 44.8, "Europe/Istanbul", 81, 2},
    {"GB", 49.9, 60.9, -8.2, 1.8, "Europe/London", 4, 2},
    {"IT", 36.6, 47.1, 6.6, 18.5, "Europe/Rome", 20, 3},
    {"ES", 36.0, 43.8, -9.3, 3.3, "Europe/Madrid", 17, 2},
    {"PL", 49.0, 54.8, 14.1, 24.1, "Europe/Warsaw", 16, 2},
    {"CA", 41.7, 70.0, -141.0, -52.6, "America/Toronto", 13, 3},
    {"AU", -43.6, -10.7, 113.3, 153.6, "Australia/Sydney", 8, 2},
    {"AR", -55.0, -21.8, -73.6, -53.6, "America/Argentina/Buenos_Aires", 24, 1},
    {"PE", -18.4, 0.0, -81.3, -68.7, "America/Lima", 26, 1},
    {"PH", 4.6, 21.1, 116.9, 126.6, "Asia/Manila", 17, 2},
    {"VN", 8.6, 23.4, 102.1, 109.5, "Asia/Ho_Chi_Minh", 63, 1},
    {"TH", 5.6, 20.5, 97.3, 105.6, "Asia/Bangkok", 77, 1},
    {"JP", 24.0, 45.5, 122.9, 145.8, "Asia/Tokyo", 47, 2},
    {"KR", 33.1, 38.6, 124.6, 131.0, "Asia/Seoul", 17, 1},
    {"ZA", -34.8, -22.1, 16.5, 32.9, "Africa/Johannesburg", 9, 1},
    {"DZ", 19.0, 37.1, -8.7, 12.0, "Africa/Algiers", 48, 1},
    {"MA", 27.7, 35.9, -13.2, -1.0, "Africa/Casablanca", 12, 1},
    {"SD", 8.7, 22.2, 21.8, 38.6, "Africa/Khartoum", 18, 1},
    {"SA", 16.4, 32.2, 34.5, 55.7, "Asia/Riyadh", 13, 1},
    {"BD", 20.7, 26.6, 88.0, 92.7, "Asia/Dhaka", 8, 1},
    {"MM", 9.8, 28.5, 92.2, 101.2, "Asia/Yangon", 15, 1},
    {"NP", 26.3, 30.4, 80.1, 88.2, "Asia/Kathmandu", 7, 1},
    {"SE", 55.3, 69.1, 11.1, 24.2, "Europe/Stockholm", 21, 1},
    {"FI", 59.8, 70.1, 20.6, 31.6, "Europe/Helsinki", 19, 1},
    {"CL", -56.0, -17.5, -75.7, -66.4, "America/Santiago", 16, 1},
    {"VE", 0.6, 12.2, -73.4, -59.8, "America/Caracas", 25, 1},
}};

}  // namespace

std::span<const CountryFrame> country_frames() noexcept { return kFrames; }

}  // namespace incimap::tools
