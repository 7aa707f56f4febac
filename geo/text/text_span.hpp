#pragma once
// A half-open range of UTF-8 byte offsets into an article's text.

#include <cstdint>

namespace incimap::geo {

struct TextSpan {
  std::uint32_t start = 0;  // [start, end)
  std::uint32_t end = 0;

  bool contains(std::uint32_t from, std::uint32_t to) const noexcept { return from >= start && to <= end; }
  bool overlaps(std::uint32_t from, std::uint32_t to) const noexcept { return from < end && to > start; }
};

}  // namespace incimap::geo
