#pragma once
// The checks of a gazetteer index's bytes before any lookup trusts them.
// A bit flip or a truncation anywhere (a bucket start, a name entry's place
// number, a string offset, a missing NUL, an admin1 link) would otherwise be
// read as an address on the first lookup that touches it. Every size
// computation is checked for overflow, since the header itself may be
// hostile. Each defect is told as "SECTION: what is wrong".
//
// index_defect() checks a whole index in one pass over each section (time
// linear in the file size). An index read on demand (index.hpp) checks the
// header and section table at open (layout_defect, constant time), then each
// bucket and each place record the first time a lookup uses it: the same
// checks, spread over the run.

#include <cstddef>
#include <cstdint>
#include <string>

#include "geo/gazetteer/index_format.hpp"

namespace incimap::geo {

// The first defect found, or an empty string when every section is sound.
// Precondition: `data` is 8-byte aligned and holds at least
// sizeof(index_format::IndexHeader) bytes whose magic and version were checked.
std::string index_defect(const char* data, std::size_t size);

// The section table: every section aligned, in order, apart and inside a
// file of `size` bytes, the bucket count a power of two.
std::string layout_defect(const index_format::IndexHeader& h, std::uint64_t size);

// Place record number `index`: its name offset, links, type and position.
// Precondition: layout_defect(h) is empty.
std::string place_defect(const index_format::PlaceRecord& r, std::uint32_t index, const index_format::IndexHeader& h);

// Bucket `bucket`, names [first, last) at `entries` (names[first]...):
// inside the names, each entry hashed into it, sorted, pointing at a place
// that exists, of a known kind. Precondition: layout_defect(h) is empty and
// `entries` holds last - first entries when first <= last <= h.name_count.
std::string bucket_defect(const index_format::IndexHeader& h, std::uint64_t bucket, std::uint32_t first,
                          std::uint32_t last, const index_format::NameEntry* entries);

// A word list (common words, given names), which lookups binary-search.
std::string word_list_defect(const char* section, const std::uint64_t* hashes, std::uint64_t count);

}  // namespace incimap::geo
