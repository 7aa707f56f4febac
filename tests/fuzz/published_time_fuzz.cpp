// The published-time parser on arbitrary text: never a crash, and whatever
// it accepts formats and parses back to the same instant.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "geo/ingest/published_time.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace incimap::geo;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = parse_published_time(text);
  if (!parsed) return 0;
  const std::string formatted = format_published_time(*parsed);
  const auto again = parse_published_time(formatted);
  INCIMAP_FUZZ_CHECK(again.has_value());
  INCIMAP_FUZZ_CHECK(format_published_time(*again) == formatted);
  return 0;
}
