#pragma once
// The on-disk layout of the gazetteer index. The file's bytes are used in
// place (read into memory, index_pages.hpp): every section is an array of
// trivially copyable records at an 8-byte aligned offset, so opening the
// index parses nothing.
//
//   IndexHeader
//   PlaceRecord[place_count]
//   NameEntry[name_count]        sorted by (hash & bucket_mask, hash)
//   std::uint32_t bucket_start[bucket_count + 1]
//   char strings[string_bytes]   NUL-terminated UTF-8
//   std::uint64_t common_words[] sorted hashes of folded lower-case English
//                                words ("center", "mobile"): a place name that
//                                is also one needs more evidence
//   std::uint64_t given_names[]  sorted hashes of folded English given names
//                                ("david", "mary"): person-name evidence

#include <cstdint>

namespace incimap::geo::index_format {

inline constexpr char kMagic[8] = {'I', 'N', 'C', 'I', 'G', 'A', 'Z', '1'};
inline constexpr std::uint32_t kVersion = 5;
inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

struct IndexHeader {
  char magic[8];
  std::uint32_t version;
  std::uint32_t place_count;
  std::uint64_t name_count;
  std::uint64_t bucket_count;  // a power of two
  std::uint64_t places_offset;
  std::uint64_t names_offset;
  std::uint64_t buckets_offset;
  std::uint64_t strings_offset;
  std::uint64_t strings_size;
  std::uint64_t common_words_offset;
  std::uint64_t common_words_count;
  std::uint64_t given_names_offset;
  std::uint64_t given_names_count;
};

struct PlaceRecord {
  double lat;
  double lon;
  std::uint32_t geonameid;      // 0 when the source has none
  std::uint32_t population;     // saturated at 2^32-1
  std::uint32_t name;           // offset into strings
  std::uint32_t admin1_place;   // index of the admin1 place it lies in, or kNone
  std::uint32_t admin2_place;   // index of the admin2 place, or kNone
  std::uint32_t parent_geonameid;
  char country[2];              // ISO alpha-2, "\0\0" when unknown
  char feature_class;
  std::uint8_t geo_type;        // GeoType
  char feature_code[8];         // NUL-padded
  std::uint32_t parent_place;   // index of the parent place (landmarks), or kNone
};
static_assert(sizeof(PlaceRecord) == 56);

struct NameEntry {
  std::uint64_t hash;   // name_key_hash(fold_name(name))
  std::uint32_t place;  // index into the places
  std::uint8_t kind;    // NameKind
  std::uint8_t words;   // number of words of the folded name, for span limits
  std::uint16_t reserved;
};
static_assert(sizeof(NameEntry) == 16);

}  // namespace incimap::geo::index_format
