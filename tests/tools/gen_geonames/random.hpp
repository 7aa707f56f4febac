#pragma once
// A seedable random source whose sequence is the same with every compiler and
// standard library (the std:: distributions are not), so that one seed names
// one synthetic gazetteer everywhere and a benchmark run can be repeated.

#include <cmath>
#include <cstdint>
#include <span>

namespace incimap::tools {

class Random {
 public:
  explicit Random(std::uint64_t seed) noexcept : state_(seed) {}

  // SplitMix64 (Steele, Lea, Flood 2014): passes BigCrush, one add and three
  // multiply-xorshifts per draw.
  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  // [0, 1) with 53 random bits.
  double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) noexcept { return lo + (hi - lo) * uniform(); }

  // [0, n). Precondition: n > 0. The modulo bias is below 2^-32 for the
  // table sizes used here.
  std::uint32_t below(std::uint32_t n) noexcept { return static_cast<std::uint32_t>(next() % n); }

  bool chance(double probability) noexcept { return uniform() < probability; }

  // Standard normal (Box-Muller; the second value is dropped for simplicity).
  double normal() noexcept {
    const double u1 = 1.0 - uniform();  // (0, 1]: log(0) is never taken
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }

  // Exponential with the given mean.
  double exponential(double mean) noexcept { return -mean * std::log(1.0 - uniform()); }

  template <typename T>
  const T& pick(std::span<const T> items) noexcept {
    return items[below(static_cast<std::uint32_t>(items.size()))];
  }

 private:
  std::uint64_t state_;
};

}  // namespace incimap::tools
