// Geoparse time must grow linearly with the place mentions of one article.
// Every mention used to be compared with every other (co-location, parent
// of a landmark): 200 KB of one place per line took 14 s, 1 MiB minutes.
// Linear, 1 MiB parses in about a second here (several under sanitizers);
// the bound is generous so that only the quadratic behaviour fails it.
// tests/bench/mention_density_bench.cpp measures the curve.

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <string>
#include <string_view>

#include "tests/geo/gazetteer/fixture_gazetteer.hpp"

namespace incimap::geo {
namespace {

TEST(MentionDensity, OnePlacePerLineForAMegabyteParsesInSeconds) {
  constexpr std::array<std::string_view, 10> kPlaces = {"Baghdad", "Mosul",  "Kirkuk",  "Cairo",   "Paris",
                                                        "London",  "Ottawa", "Toronto", "Tbilisi", "Ankara"};
  std::string text = "Places\n\n";
  for (std::size_t i = 0; text.size() < (1u << 20); ++i) {
    text.append(kPlaces[i % kPlaces.size()]);
    text.push_back('\n');
  }
  const Geoparser& geoparser = fixture::geoparser();  // built before the clock starts
  const auto started = std::chrono::steady_clock::now();
  const auto mentions = geoparser.parse(text);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_GT(mentions.size(), 100000u);
  EXPECT_LT(seconds, 60.0) << mentions.size() << " mentions";
}

}  // namespace
}  // namespace incimap::geo
