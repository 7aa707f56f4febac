#pragma once
// The gazetteer index (layout in index_format.hpp). Nothing is parsed: the
// records are used where they lie, in the file's bytes read into private
// memory (index_pages.hpp says why not a mapping).
//
// Two ways to open it, the same answers. A small index (at most
// kReadWholeBytes: tests, an index of a few places) is read and checked
// whole at open (index_check.hpp), so a damaged one is refused before any
// work. A larger one is read on demand: open reads and checks the header,
// the section table and the word lists, and each page of the rest is read
// when a lookup first touches it, each bucket checked the first time a
// lookup lands in it and each place record (with its name) the first time
// it is used (checked_items.hpp keeps which were). That keeps
// the start of a command on a short article to the pages it touches (the
// default index is about 30 MB; reading and checking all of it took 50 ms).
// A damaged part is then refused when first used, with the same message.
//
// Every error is a GazetteerIndexError (index_error.hpp), naming the file
// and, for a damaged index, the section. Thread-safe: lookups from many
// threads share one index (and its copies).

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "geo/gazetteer/checked_items.hpp"
#include "geo/gazetteer/index_format.hpp"
#include "geo/gazetteer/index_pages.hpp"
#include "geo/gazetteer/source_place.hpp"

namespace incimap::geo {

enum class IndexReading {
  whole,      // read and check everything at open
  on_demand,  // check the header at open, the rest as used
};

class GazetteerIndex {
 public:
  static constexpr std::uint64_t kReadWholeBytes = std::uint64_t{1} << 20;

  // Throws GazetteerIndexError naming the file (and, for a damaged index,
  // the section) when it is missing, not a regular file, truncated, corrupt
  // or not an index of this version. Reads it whole up to kReadWholeBytes,
  // on demand beyond.
  static GazetteerIndex open(const std::string& path);
  static GazetteerIndex open(const std::string& path, IndexReading reading);
  // The same on bytes already in memory (copied); `name` stands for the file
  // in messages. `on_demand` defers the checks to first use, as for a file.
  static GazetteerIndex from_bytes(std::string_view bytes, const std::string& name,
                                   IndexReading reading = IndexReading::whole);

  // Every (place, kind) stored under the folded name's hash. Each entry's
  // place exists and its kind is known. Throws GazetteerIndexError.
  std::span<const index_format::NameEntry> lookup(std::uint64_t hash) const;
  std::span<const index_format::NameEntry> lookup_folded(std::string_view folded) const;

  // True for a lower-case English dictionary word (the folded form's hash).
  bool is_common_word(std::uint64_t folded_hash) const noexcept;
  // True for an English given name ("David", "Mary").
  bool is_given_name(std::uint64_t folded_hash) const noexcept;

  std::uint32_t place_count() const noexcept { return header_.place_count; }
  std::uint64_t name_count() const noexcept { return header_.name_count; }
  // Place record `place`, checked: its name and links lie inside the index.
  // Throws GazetteerIndexError when it is damaged or `place` does not exist.
  const index_format::PlaceRecord& record(std::uint32_t place) const {
    // Inline: the resolver asks for records in its inner loops.
    if (place >= header_.place_count || (checked_places_ != nullptr && !checked_places_->contains(place)))
      check_record(place);
    return places_[place];
  }
  std::string_view name(std::uint32_t place) const { return strings_ + record(place).name; }
  // The full public form of a place, with its admin1 name filled in.
  GazetteerPlace place(std::uint32_t index) const;

  IndexReading reading() const noexcept { return reading_; }
  // Pages of the file read so far (IndexPages::kPageBytes each).
  std::uint64_t pages_read() const noexcept;

 private:
  struct Storage;
  GazetteerIndex(std::shared_ptr<Storage> storage, IndexReading reading);
  static GazetteerIndex opened(std::unique_ptr<IndexPages> pages, IndexReading reading);
  [[noreturn]] void damaged(const std::string& defect) const;
  // On demand: reads and checks bucket `bucket` (or place `place`, with its
  // name), or throws GazetteerIndexError.
  void check_bucket(std::uint64_t bucket) const;
  void check_place(std::uint32_t place) const;
  // Throws unless `place` exists and is checked, checking it if need be.
  void check_record(std::uint32_t place) const;

  std::shared_ptr<const Storage> storage_;
  const IndexPages* pages_ = nullptr;
  index_format::IndexHeader header_{};
  IndexReading reading_ = IndexReading::whole;
  // Unique to the storage: tags this index's answers in the lookup cache.
  std::uint64_t generation_ = 0;
  // The sections, where pages_ reads them (a page is used once read).
  const index_format::PlaceRecord* places_ = nullptr;
  const index_format::NameEntry* names_ = nullptr;
  const std::uint32_t* buckets_ = nullptr;
  const char* strings_ = nullptr;
  const std::uint64_t* common_words_ = nullptr;
  const std::uint64_t* given_names_ = nullptr;
  std::uint64_t mask_ = 0;
  // Null for an index read whole.
  const CheckedItems* checked_buckets_ = nullptr;
  const CheckedItems* checked_places_ = nullptr;
};

}  // namespace incimap::geo
