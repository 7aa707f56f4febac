#include "geo/gazetteer/index_check.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "geo/gazetteer/index_format.hpp"
#include "geo/gazetteer/source_place.hpp"

namespace incimap::geo {
namespace {

using index_format::IndexHeader;
using index_format::kNone;
using index_format::NameEntry;
using index_format::PlaceRecord;

constexpr auto kLastGeoType = static_cast<std::uint8_t>(GeoType::region);
constexpr auto kLastNameKind = static_cast<std::uint8_t>(NameKind::demonym);

// A section of `count` records of `record_size` bytes at `offset`: where it
// ends, or nothing when that does not fit in `limit` (or overflows).
bool section_end(std::uint64_t offset, std::uint64_t count, std::uint64_t record_size, std::uint64_t limit,
                 std::uint64_t& end) {
  if (offset > limit) return false;
  if (count > (limit - offset) / record_size) return false;
  end = offset + count * record_size;
  return true;
}

}  // namespace

std::string layout_defect(const IndexHeader& h, std::uint64_t size) {
  struct Section {
    const char* name;
    std::uint64_t offset;
    std::uint64_t count;
    std::uint64_t record_size;
    std::uint64_t alignment;
  };
  if (h.bucket_count == 0 || (h.bucket_count & (h.bucket_count - 1)) != 0)
    return "buckets: bucket count " + std::to_string(h.bucket_count) + " is not a power of two";
  // Bucket starts are 32-bit name numbers.
  if (h.name_count > std::numeric_limits<std::uint32_t>::max())
    return "names: " + std::to_string(h.name_count) + " names, more than bucket starts can address";
  if (h.bucket_count >= std::numeric_limits<std::uint64_t>::max() / 4)
    return "buckets: bucket count " + std::to_string(h.bucket_count) + " is impossible";
  const Section sections[] = {
      {"places", h.places_offset, h.place_count, sizeof(PlaceRecord), alignof(PlaceRecord)},
      {"names", h.names_offset, h.name_count, sizeof(NameEntry), alignof(NameEntry)},
      {"buckets", h.buckets_offset, h.bucket_count + 1, sizeof(std::uint32_t), alignof(std::uint32_t)},
      {"strings", h.strings_offset, h.strings_size, 1, 1},
      {"common words", h.common_words_offset, h.common_words_count, sizeof(std::uint64_t), alignof(std::uint64_t)},
      {"given names", h.given_names_offset, h.given_names_count, sizeof(std::uint64_t), alignof(std::uint64_t)},
  };
  // Sections lie in this order after the header, apart and inside the file.
  std::uint64_t previous_end = sizeof(IndexHeader);
  for (const Section& s : sections) {
    std::uint64_t end = 0;
    if (s.offset % s.alignment != 0)
      return std::string(s.name) + ": offset " + std::to_string(s.offset) + " is not aligned";
    if (s.offset < previous_end)
      return std::string(s.name) + ": offset " + std::to_string(s.offset) + " overlaps the section before it";
    if (!section_end(s.offset, s.count, s.record_size, size, end))
      return std::string(s.name) + ": " + std::to_string(s.count) + " records at offset " + std::to_string(s.offset) +
             " run past the end of the file (" + std::to_string(size) + " bytes)";
    previous_end = end;
  }
  return {};
}

std::string place_defect(const PlaceRecord& r, std::uint32_t index, const IndexHeader& h) {
  const auto bad = [&](const std::string& what) { return "places: place " + std::to_string(index) + " " + what; };
  if (r.name >= h.strings_size) return bad("has name offset " + std::to_string(r.name) + " past the strings");
  for (const std::uint32_t link : {r.admin1_place, r.admin2_place, r.parent_place}) {
    if (link != kNone && link >= h.place_count) return bad("links to place " + std::to_string(link) + ", which does not exist");
  }
  if (r.geo_type > kLastGeoType) return bad("has unknown geo type " + std::to_string(r.geo_type));
  if (!(std::fabs(r.lat) <= 90.0) || !(std::fabs(r.lon) <= 180.0)) return bad("has coordinates off Earth");
  return {};
}

std::string word_list_defect(const char* section, const std::uint64_t* hashes, std::uint64_t count) {
  for (std::uint64_t i = 1; i < count; ++i) {
    if (hashes[i] < hashes[i - 1]) return std::string(section) + ": not sorted";
  }
  return {};
}

std::string bucket_defect(const IndexHeader& h, std::uint64_t bucket, std::uint32_t first, std::uint32_t last,
                          const NameEntry* entries) {
  // Messages are made only on failure: a read on demand checks a bucket on
  // its first lookup, inside the geoparser's loop.
  const auto b = [bucket] { return std::to_string(bucket); };
  if (last < first) return "buckets: bucket " + b() + " ends before it starts";
  if (last > h.name_count) return "buckets: bucket " + b() + " ends past the names";
  if (bucket == 0 && first != 0) return "buckets: the first bucket does not start at name 0";
  if (bucket == h.bucket_count - 1 && last != h.name_count)
    return "buckets: the last bucket ends at name " + std::to_string(last) + ", not at the " +
           std::to_string(h.name_count) + " names";
  const std::uint64_t mask = h.bucket_count - 1;
  // Lookups binary-search a bucket: its entries must hash into it, sorted.
  for (std::uint32_t n = first; n < last; ++n) {
    const NameEntry& e = entries[n - first];
    if ((e.hash & mask) != bucket) return "names: name " + std::to_string(n) + " is not in its hash's bucket";
    if (n > first && e.hash < entries[n - first - 1].hash) return "names: bucket " + b() + " is not sorted";
    if (e.place >= h.place_count)
      return "names: name " + std::to_string(n) + " points at place " + std::to_string(e.place) + ", which does not exist";
    if (e.kind > kLastNameKind) return "names: name " + std::to_string(n) + " has unknown kind " + std::to_string(e.kind);
  }
  return {};
}


std::string index_defect(const char* data, std::size_t size) {
  IndexHeader h;
  std::memcpy(&h, data, sizeof h);
  if (std::string defect = layout_defect(h, size); !defect.empty()) return defect;

  const auto* places = reinterpret_cast<const PlaceRecord*>(data + h.places_offset);
  const auto* names = reinterpret_cast<const NameEntry*>(data + h.names_offset);
  const auto* buckets = reinterpret_cast<const std::uint32_t*>(data + h.buckets_offset);
  const char* strings = data + h.strings_offset;

  // A final NUL ends every string that starts inside the section.
  if (h.strings_size == 0 || strings[h.strings_size - 1] != '\0')
    return "strings: the section does not end with a NUL";
  for (std::uint32_t i = 0; i < h.place_count; ++i) {
    if (std::string defect = place_defect(places[i], i, h); !defect.empty()) return defect;
  }
  for (std::uint64_t b = 0; b < h.bucket_count; ++b) {
    const std::uint32_t first = buckets[b];
    const std::uint32_t last = buckets[b + 1];
    const NameEntry* entries = first <= last && last <= h.name_count ? names + first : nullptr;
    if (std::string defect = bucket_defect(h, b, first, last, entries); !defect.empty()) return defect;
  }
  if (std::string defect = word_list_defect(
          "common words", reinterpret_cast<const std::uint64_t*>(data + h.common_words_offset), h.common_words_count);
      !defect.empty())
    return defect;
  return word_list_defect("given names", reinterpret_cast<const std::uint64_t*>(data + h.given_names_offset),
                          h.given_names_count);
}

}  // namespace incimap::geo
