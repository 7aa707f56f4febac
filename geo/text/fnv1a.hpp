#pragma once
// 64-bit FNV-1a, the hash behind incimap's stable ids (articles, incidents):
// simple, fixed by its specification, no seed, so an id is the same on every
// machine and in every run.

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace incimap::geo {

inline constexpr std::uint64_t kFnv1a64Basis = 0xcbf29ce484222325ull;

// Hashes `bytes`; pass an earlier result as `hash` to hash a concatenation
// without building it.
constexpr std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash = kFnv1a64Basis) noexcept {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return hash;
}

// 16 lower-case hex digits.
inline std::string hex16(std::uint64_t value) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(value));
  return hex;
}

}  // namespace incimap::geo
