// The gazetteer index on arbitrary bytes, read whole and read on demand:
// from_bytes() either refuses them or every access a lookup can make stays
// inside the index (ASan would report any read past it). Read on demand,
// the checks are made as parts are first used; the two readings must agree
// on refusing the bytes and, when neither does, on every answer.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "geo/gazetteer/index.hpp"
#include "geo/gazetteer/index_error.hpp"

namespace {
using namespace incimap::geo;

// Everything a lookup reaches: every bucket (by a hash that falls in it),
// every place, the word lists; the answers, or nothing when refused.
std::optional<std::string> answers(std::string_view bytes, IndexReading reading) {
  try {
    const GazetteerIndex index = GazetteerIndex::from_bytes(bytes, "fuzz.idx", reading);
    index_format::IndexHeader h;
    std::memcpy(&h, bytes.data(), sizeof h);  // the open checked its size
    std::string out;
    for (std::uint64_t b = 0; b < h.bucket_count; ++b) {
      for (const auto& entry : index.lookup(b)) {
        INCIMAP_FUZZ_CHECK(entry.place < index.place_count());
        out += std::to_string(entry.place) + " ";
      }
    }
    for (std::uint32_t i = 0; i < index.place_count(); ++i) {
      const GazetteerPlace place = index.place(i);
      out += place.name + "|" + place.admin1 + " ";
      // Each place is found under its own name's entries' hashes.
      for (const auto& entry : index.lookup_folded(place.name)) INCIMAP_FUZZ_CHECK(entry.place < index.place_count());
    }
    for (std::uint64_t hash : {std::uint64_t{0}, ~std::uint64_t{0}, std::uint64_t{0x9e3779b97f4a7c15}}) {
      out += index.is_common_word(hash) ? "w" : "-";
      out += index.is_given_name(hash) ? "g" : "-";
    }
    return out;
  } catch (const GazetteerIndexError&) {
    return std::nullopt;  // refused, naming the damaged section: what a bad index should get
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  INCIMAP_FUZZ_CHECK(answers(bytes, IndexReading::whole) == answers(bytes, IndexReading::on_demand));
  return 0;
}
