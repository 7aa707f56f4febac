#include "geo/gazetteer/index.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "geo/gazetteer/fold.hpp"
#include "geo/gazetteer/index_check.hpp"
#include "geo/base/input_error.hpp"

namespace incimap::geo {

// The index's bytes, read into private memory rather than mapped from the
// file: a mapping, shared or private, raises SIGBUS on the first touch of a
// page after someone truncates the file, and shows a rewrite in place half
// done, after the check on open approved the old bytes. Reading costs one
// pass over the file, which the check on open makes anyway. Shared so that
// copies of the index stay cheap.
struct GazetteerIndex::Storage {
  explicit Storage(std::size_t bytes) : words(new std::uint64_t[(bytes + 7) / 8]), size(bytes) {}
  std::unique_ptr<std::uint64_t[]> words;  // 8-byte aligned, as the layout needs
  std::size_t size;
  const char* data() const noexcept { return reinterpret_cast<const char*>(words.get()); }
  char* bytes() noexcept { return reinterpret_cast<char*>(words.get()); }
};

GazetteerIndex::GazetteerIndex(std::shared_ptr<const Storage> storage) : storage_(std::move(storage)) {
  const char* base = storage_->data();
  header_ = reinterpret_cast<const index_format::IndexHeader*>(base);
  places_ = reinterpret_cast<const index_format::PlaceRecord*>(base + header_->places_offset);
  names_ = reinterpret_cast<const index_format::NameEntry*>(base + header_->names_offset);
  buckets_ = reinterpret_cast<const std::uint32_t*>(base + header_->buckets_offset);
  strings_ = base + header_->strings_offset;
  common_words_ = reinterpret_cast<const std::uint64_t*>(base + header_->common_words_offset);
  given_names_ = reinterpret_cast<const std::uint64_t*>(base + header_->given_names_offset);
  mask_ = header_->bucket_count - 1;
}

namespace {

struct FileDescriptor {
  int fd;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

std::string io_error(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

}  // namespace

GazetteerIndex GazetteerIndex::open(const std::string& path) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (file.fd < 0) {
    throw InputError(path, io_error("cannot open gazetteer index") +
                               " (build it with 'incimap gazetteer build' or scripts/setup.sh)");
  }
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) throw InputError(path, io_error("cannot read gazetteer index"));
  if (!S_ISREG(st.st_mode)) throw InputError(path, "not a gazetteer index (not a regular file: a FIFO, device or folder)");
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size < sizeof(index_format::IndexHeader)) throw InputError(path, "not a gazetteer index (file too small)");
  auto storage = std::make_shared<Storage>(size);
  for (std::size_t done = 0; done < size;) {
    const ssize_t got = ::pread(file.fd, storage->bytes() + done, size - done, static_cast<off_t>(done));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw InputError(path, io_error("cannot read gazetteer index"));
    if (got == 0) throw InputError(path, "gazetteer index is truncated (it shrank while being read)");
    done += static_cast<std::size_t>(got);
  }
  return checked(std::move(storage), path);
}

GazetteerIndex GazetteerIndex::from_bytes(std::string_view bytes, const std::string& name) {
  if (bytes.size() < sizeof(index_format::IndexHeader)) throw InputError(name, "not a gazetteer index (file too small)");
  auto storage = std::make_shared<Storage>(bytes.size());
  std::memcpy(storage->bytes(), bytes.data(), bytes.size());
  return checked(std::move(storage), name);
}

GazetteerIndex GazetteerIndex::checked(std::shared_ptr<Storage> storage, const std::string& name) {
  const auto* header = reinterpret_cast<const index_format::IndexHeader*>(storage->data());
  if (std::memcmp(header->magic, index_format::kMagic, sizeof header->magic) != 0)
    throw InputError(name, "not a gazetteer index (bad magic)");
  if (header->version != index_format::kVersion)
    throw InputError(name, "gazetteer index version " + std::to_string(header->version) + ", expected " +
                               std::to_string(index_format::kVersion) + ": rebuild it");
  if (const std::string defect = index_defect(storage->data(), storage->size); !defect.empty())
    throw InputError(name, "gazetteer index is truncated or corrupt (" + defect + "): rebuild it");
  return GazetteerIndex(std::move(storage));
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
