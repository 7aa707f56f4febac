#include "geo/gazetteer/index.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>

#include "geo/gazetteer/fold.hpp"
#include "geo/gazetteer/index_check.hpp"
#include "geo/gazetteer/index_error.hpp"

namespace incimap::geo {

using index_format::IndexHeader;
using index_format::NameEntry;
using index_format::PlaceRecord;

namespace {

// Most lookups repeat a name looked up moments before (the article's
// places, "police", "Monday"): the 7,744 event_location documents make
// 73,631 lookups of 19,579 names (counted with a perf probe), and a
// direct-mapped cache of 4,096 answers per thread, replayed over those
// lookups, answers 62% of them without the two or three cache misses of a
// bucket (a simulation; the cache's own hit rate was not counted).
// Each answer is tagged with its index's generation, so that an index
// opened where a closed one was never answers from the old one's names.
struct CachedLookup {
  std::uint64_t hash = 0;
  std::uint64_t generation = 0;  // 0: empty
  std::uint32_t first = 0;
  std::uint32_t count = 0;
};
constexpr std::size_t kCachedLookups = 4096;
thread_local std::array<CachedLookup, kCachedLookups> cached_lookups;
std::atomic<std::uint64_t> last_generation{0};

// The bucket takes the hash's low bits; the cache slot, other bits.
CachedLookup& cache_slot(std::uint64_t hash) { return cached_lookups[(hash >> 32) & (kCachedLookups - 1)]; }

}  // namespace

// Shared so that copies of the index stay cheap and share what was read.
struct GazetteerIndex::Storage {
  std::unique_ptr<IndexPages> pages;
  // Read on demand only (an index read whole was checked whole at open).
  std::unique_ptr<const CheckedItems> checked_buckets;
  std::unique_ptr<const CheckedItems> checked_places;
};

GazetteerIndex::GazetteerIndex(std::shared_ptr<Storage> storage, IndexReading reading)
    : storage_(std::move(storage)),
      pages_(storage_->pages.get()),
      reading_(reading),
      generation_(last_generation.fetch_add(1, std::memory_order_relaxed) + 1) {
  std::memcpy(&header_, pages_->bytes(0, sizeof header_), sizeof header_);
  places_ = reinterpret_cast<const PlaceRecord*>(pages_->data() + header_.places_offset);
  names_ = reinterpret_cast<const NameEntry*>(pages_->data() + header_.names_offset);
  buckets_ = reinterpret_cast<const std::uint32_t*>(pages_->data() + header_.buckets_offset);
  strings_ = pages_->data() + header_.strings_offset;
  common_words_ = pages_->array<std::uint64_t>(header_.common_words_offset, header_.common_words_count);
  given_names_ = pages_->array<std::uint64_t>(header_.given_names_offset, header_.given_names_count);
  mask_ = header_.bucket_count - 1;
  checked_buckets_ = storage_->checked_buckets.get();
  checked_places_ = storage_->checked_places.get();
}

GazetteerIndex GazetteerIndex::open(const std::string& path) {
  auto pages = IndexPages::open(path);
  const IndexReading reading = pages->size() <= kReadWholeBytes ? IndexReading::whole : IndexReading::on_demand;
  return opened(std::move(pages), reading);
}

GazetteerIndex GazetteerIndex::open(const std::string& path, IndexReading reading) {
  return opened(IndexPages::open(path), reading);
}

GazetteerIndex GazetteerIndex::from_bytes(std::string_view bytes, const std::string& name, IndexReading reading) {
  return opened(IndexPages::copy_of(bytes, name), reading);
}

GazetteerIndex GazetteerIndex::opened(std::unique_ptr<IndexPages> pages, IndexReading reading) {
  const std::string& name = pages->name();
  const std::uint64_t size = pages->size();
  if (size < sizeof(IndexHeader)) throw GazetteerIndexError(name, "not a gazetteer index (file too small)");
  if (reading == IndexReading::whole) pages->read_all();
  IndexHeader h;
  std::memcpy(&h, pages->bytes(0, sizeof h), sizeof h);
  if (std::memcmp(h.magic, index_format::kMagic, sizeof h.magic) != 0)
    throw GazetteerIndexError(name, "not a gazetteer index (bad magic)");
  if (h.version != index_format::kVersion)
    throw GazetteerIndexError(name, "gazetteer index version " + std::to_string(h.version) + ", expected " +
                                        std::to_string(index_format::kVersion) + ": rebuild it");
  std::string defect;
  if (reading == IndexReading::whole) {
    defect = index_defect(pages->bytes(0, size), size);
  } else {
    // What costs no more than a few pages; the word lists are read whole
    // here since nearly every word of the first article is looked up in them.
    defect = layout_defect(h, size);
    if (defect.empty() && (h.strings_size == 0 || *pages->bytes(h.strings_offset + h.strings_size - 1, 1) != '\0'))
      defect = "strings: the section does not end with a NUL";
    if (defect.empty())
      defect = word_list_defect("common words", pages->array<std::uint64_t>(h.common_words_offset, h.common_words_count),
                                h.common_words_count);
    if (defect.empty())
      defect = word_list_defect("given names", pages->array<std::uint64_t>(h.given_names_offset, h.given_names_count),
                                h.given_names_count);
  }
  if (!defect.empty())
    throw GazetteerIndexError(name, "gazetteer index is truncated or corrupt (" + defect + "): rebuild it");
  auto storage = std::make_shared<Storage>();
  storage->pages = std::move(pages);
  // layout_defect() bounded both counts by the file's size.
  if (reading == IndexReading::on_demand) {
    storage->checked_buckets = std::make_unique<CheckedItems>(h.bucket_count);
    storage->checked_places = std::make_unique<CheckedItems>(h.place_count);
  }
  return GazetteerIndex(std::move(storage), reading);
}

void GazetteerIndex::damaged(const std::string& defect) const {
  throw GazetteerIndexError(pages_->name(), "gazetteer index is truncated or corrupt (" + defect + "): rebuild it");
}

void GazetteerIndex::check_bucket(std::uint64_t bucket) const {
  // Bucket b's names are [start[b], start[b + 1]); the section holds
  // bucket_count + 1 starts, so both lie inside it.
  const auto* starts = pages_->array<std::uint32_t>(header_.buckets_offset + bucket * sizeof(std::uint32_t), 2);
  const std::uint32_t first = starts[0];
  const std::uint32_t last = starts[1];
  const NameEntry* entries =
      first <= last && last <= header_.name_count
          ? pages_->array<NameEntry>(header_.names_offset + std::uint64_t{first} * sizeof(NameEntry), last - first)
          : nullptr;
  if (std::string defect = bucket_defect(header_, bucket, first, last, entries); !defect.empty()) damaged(defect);
  checked_buckets_->add(bucket);
}

void GazetteerIndex::check_place(std::uint32_t place) const {
  // place < place_count: check_record() made sure.
  const auto* r = pages_->array<PlaceRecord>(header_.places_offset + std::uint64_t{place} * sizeof(PlaceRecord), 1);
  if (std::string defect = place_defect(*r, place, header_); !defect.empty()) damaged(defect);
  // Its name too, so that name() finds it read. The section ends with a
  // NUL (checked at open): every string that starts inside it ends inside it.
  pages_->string_at(header_.strings_offset + r->name, header_.strings_offset + header_.strings_size);
  checked_places_->add(place);
}

std::span<const NameEntry> GazetteerIndex::lookup(std::uint64_t hash) const {
  CachedLookup& cached = cache_slot(hash);
  if (cached.generation == generation_ && cached.hash == hash) return {names_ + cached.first, cached.count};
  const std::uint64_t bucket = hash & mask_;
  // The bucket's starts are a cache miss nearly every time (4 MB of them,
  // read at random), and so is the checked-bit before them: fetch both at
  // once. Only a hint: memory not read yet is there, zero (index_pages.hpp).
  __builtin_prefetch(buckets_ + bucket);
  if (checked_buckets_ != nullptr && !checked_buckets_->contains(bucket)) check_bucket(bucket);
  const std::uint32_t first = buckets_[bucket];
  const std::uint32_t last = buckets_[bucket + 1];
  const auto* begin = names_ + first;
  const auto* end = names_ + last;
  // Within a bucket entries are sorted by hash.
  const auto* lo = std::lower_bound(begin, end, hash, [](const auto& e, std::uint64_t h) { return e.hash < h; });
  const auto* hi = lo;
  while (hi != end && hi->hash == hash) ++hi;
  // Nearly every caller reads the places next (their type, population),
  // each a miss in 13 MB of records: start those reads now. The first few
  // only: a common name has hundreds of entries. A hint never faults, even
  // for a damaged entry's place.
  constexpr std::ptrdiff_t kPlacesToFetch = 4;
  for (const auto* e = lo; e != hi && e - lo < kPlacesToFetch; ++e) __builtin_prefetch(places_ + e->place);
  cached = {hash, generation_, static_cast<std::uint32_t>(lo - names_), static_cast<std::uint32_t>(hi - lo)};
  return {lo, static_cast<std::size_t>(hi - lo)};
}

std::span<const NameEntry> GazetteerIndex::lookup_folded(std::string_view folded) const {
  return lookup(name_key_hash(folded));
}

bool GazetteerIndex::is_common_word(std::uint64_t folded_hash) const noexcept {
  return std::binary_search(common_words_, common_words_ + header_.common_words_count, folded_hash);
}

bool GazetteerIndex::is_given_name(std::uint64_t folded_hash) const noexcept {
  return std::binary_search(given_names_, given_names_ + header_.given_names_count, folded_hash);
}

void GazetteerIndex::check_record(std::uint32_t place) const {
  if (place >= header_.place_count) damaged("places: place " + std::to_string(place) + " does not exist");
  if (checked_places_ != nullptr && !checked_places_->contains(place)) check_place(place);
}

GazetteerPlace GazetteerIndex::place(std::uint32_t index) const {
  const auto& r = record(index);
  GazetteerPlace p;
  p.geonameid = r.geonameid;
  p.name = std::string(name(index));
  p.position = LonLat::from(Longitude{r.lon}, Latitude{r.lat});
  p.feature_class = r.feature_class;
  p.feature_code = std::string(r.feature_code, strnlen(r.feature_code, sizeof r.feature_code));
  p.country = std::string(r.country, strnlen(r.country, 2));
  if (r.admin1_place != index_format::kNone) p.admin1 = std::string(name(r.admin1_place));
  else if (r.geo_type == static_cast<std::uint8_t>(GeoType::admin1)) p.admin1 = p.name;
  p.population = r.population;
  p.type = static_cast<GeoType>(r.geo_type);
  p.parent_geonameid = r.parent_geonameid;
  return p;
}

std::uint64_t GazetteerIndex::pages_read() const noexcept { return pages_->pages_read(); }

}  // namespace incimap::geo
