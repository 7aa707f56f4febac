#pragma once
// The full check of a gazetteer index's bytes before any lookup trusts them.
// A bit flip or a truncation anywhere (a bucket start, a name entry's place
// number, a string offset, a missing NUL, an admin1 link) would otherwise be
// read as an address on the first lookup that touches it. One pass over each
// section, so time is linear in the file size; every size computation is
// checked for overflow, since the header itself may be hostile.

#include <cstddef>
#include <string>

namespace incimap::geo {

// The first defect found, as "SECTION: what is wrong", or an empty string
// when every section is sound. Precondition: `data` is 8-byte aligned and
// holds at least sizeof(index_format::IndexHeader) bytes whose magic and
// version were checked.
std::string index_defect(const char* data, std::size_t size);

}  // namespace incimap::geo
