#include "geo/gazetteer/index.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "geo/gazetteer/fold.hpp"
#include "geo/ingest/input_error.hpp"

namespace incimap::geo {

// Owns the mapping; shared so that copies of the index stay cheap.
struct GazetteerIndex::Mapping {
  void* data = MAP_FAILED;
  std::size_t size = 0;
  ~Mapping() {
    if (data != MAP_FAILED) ::munmap(data, size);
  }
};

GazetteerIndex::GazetteerIndex(std::shared_ptr<const Mapping> mapping) : mapping_(std::move(mapping)) {
  const auto* base = static_cast<const char*>(mapping_->data);
  header_ = reinterpret_cast<const index_format::IndexHeader*>(base);
  places_ = reinterpret_cast<const index_format::PlaceRecord*>(base + header_->places_offset);
  names_ = reinterpret_cast<const index_format::NameEntry*>(base + header_->names_offset);
  buckets_ = reinterpret_cast<const std::uint32_t*>(base + header_->buckets_offset);
  strings_ = base + header_->strings_offset;
  common_words_ = reinterpret_cast<const std::uint64_t*>(base + header_->common_words_offset);
  given_names_ = reinterpret_cast<const std::uint64_t*>(base + header_->given_names_offset);
  mask_ = header_->bucket_count - 1;
}

GazetteerIndex GazetteerIndex::open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw InputError(path, std::string("cannot open gazetteer index: ") + std::strerror(errno) +
                               " (build it with 'incimap gazetteer build' or scripts/setup.sh)");
  }
  struct stat st {};
  ::fstat(fd, &st);
  auto mapping = std::make_shared<Mapping>();
  mapping->size = static_cast<std::size_t>(st.st_size);
  if (mapping->size < sizeof(index_format::IndexHeader)) {
    ::close(fd);
    throw InputError(path, "not a gazetteer index (file too small)");
  }
  mapping->data = ::mmap(nullptr, mapping->size, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (mapping->data == MAP_FAILED) throw InputError(path, std::string("cannot map: ") + std::strerror(errno));
  const auto* header = static_cast<const index_format::IndexHeader*>(mapping->data);
  if (std::memcmp(header->magic, index_format::kMagic, sizeof header->magic) != 0)
    throw InputError(path, "not a gazetteer index (bad magic)");
  if (header->version != index_format::kVersion)
    throw InputError(path, "gazetteer index version " + std::to_string(header->version) + ", expected " +
                               std::to_string(index_format::kVersion) + ": rebuild it");
  const std::uint64_t end = header->given_names_offset + header->given_names_count * sizeof(std::uint64_t);
  const bool sizes_fit =
      header->bucket_count > 0 && (header->bucket_count & (header->bucket_count - 1)) == 0 &&
      header->places_offset + header->place_count * sizeof(index_format::PlaceRecord) <= header->names_offset &&
      header->names_offset + header->name_count * sizeof(index_format::NameEntry) <= header->buckets_offset &&
      header->buckets_offset + (header->bucket_count + 1) * sizeof(std::uint32_t) <= header->strings_offset &&
      header->strings_offset + header->strings_size <= header->common_words_offset &&
      header->common_words_offset + header->common_words_count * sizeof(std::uint64_t) <= header->given_names_offset &&
      end <= mapping->size;
  if (!sizes_fit) throw InputError(path, "gazetteer index is truncated or corrupt");
  ::madvise(mapping->data, mapping->size, MADV_RANDOM);
  return GazetteerIndex(std::move(mapping));
}

std::span<const index_format::NameEntry> GazetteerIndex::lookup(std::uint64_t hash) const noexcept {
  const std::uint64_t bucket = hash & mask_;
  const auto* first = names_ + buckets_[bucket];
  const auto* last = names_ + buckets_[bucket + 1];
  // Within a bucket entries are sorted by hash.
  const auto* lo = std::lower_bound(first, last, hash, [](const auto& e, std::uint64_t h) { return e.hash < h; });
  const auto* hi = lo;
  while (hi != last && hi->hash == hash) ++hi;
  return {lo, static_cast<std::size_t>(hi - lo)};
}

std::span<const index_format::NameEntry> GazetteerIndex::lookup_folded(std::string_view folded) const noexcept {
  return lookup(name_key_hash(folded));
}

bool GazetteerIndex::is_common_word(std::uint64_t folded_hash) const noexcept {
  return std::binary_search(common_words_, common_words_ + header_->common_words_count, folded_hash);
}

bool GazetteerIndex::is_given_name(std::uint64_t folded_hash) const noexcept {
  return std::binary_search(given_names_, given_names_ + header_->given_names_count, folded_hash);
}

std::string_view GazetteerIndex::name(std::uint32_t place) const noexcept { return strings_ + places_[place].name; }

GazetteerPlace GazetteerIndex::place(std::uint32_t index) const {
  const auto& r = places_[index];
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

}  // namespace incimap::geo
