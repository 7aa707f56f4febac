// The gazetteer index on arbitrary bytes: from_bytes() either refuses them
// or every access a lookup can make stays inside the index (ASan would
// report any read past it).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "geo/gazetteer/index.hpp"
#include "geo/base/input_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace incimap::geo;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const GazetteerIndex index = GazetteerIndex::from_bytes(bytes, "fuzz.idx");
    for (std::uint32_t i = 0; i < index.place_count(); ++i) {
      const GazetteerPlace place = index.place(i);
      // Each place is found under its own name's entries' hashes.
      for (const auto& entry : index.lookup_folded(place.name)) INCIMAP_FUZZ_CHECK(entry.place < index.place_count());
    }
    for (std::uint64_t hash : {std::uint64_t{0}, ~std::uint64_t{0}, std::uint64_t{0x9e3779b97f4a7c15}}) {
      for (const auto& entry : index.lookup(hash)) INCIMAP_FUZZ_CHECK(entry.place < index.place_count());
      index.is_common_word(hash);
      index.is_given_name(hash);
    }
  } catch (const InputError&) {
    // Refused, naming the damaged section: what a bad index should get.
  }
  return 0;
}
