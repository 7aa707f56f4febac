#pragma once
// The gazetteer index (layout in index_format.hpp). Opening it reads the
// file into memory and checks every section (index_check.hpp); nothing is
// parsed, the records are used where they lie. Both are one pass over the
// file: start-up time is linear in its size.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "geo/gazetteer/index_format.hpp"
#include "geo/gazetteer/source_place.hpp"

namespace incimap::geo {

class GazetteerIndex {
 public:
  // Throws InputError naming the file (and, for a damaged index, the
  // section) when it is missing, not a regular file, truncated, corrupt or
  // not an index of this version.
  static GazetteerIndex open(const std::string& path);
  // The same checks on bytes already in memory (copied); `name` stands for
  // the file in messages.
  static GazetteerIndex from_bytes(std::string_view bytes, const std::string& name);

  // Every (place, kind) stored under the folded name's hash.
  std::span<const index_format::NameEntry> lookup(std::uint64_t hash) const noexcept;
  std::span<const index_format::NameEntry> lookup_folded(std::string_view folded) const noexcept;

  // True for a lower-case English dictionary word (the folded form's hash).
  bool is_common_word(std::uint64_t folded_hash) const noexcept;
  // True for an English given name ("David", "Mary").
  bool is_given_name(std::uint64_t folded_hash) const noexcept;

  std::uint32_t place_count() const noexcept { return header_->place_count; }
  std::uint64_t name_count() const noexcept { return header_->name_count; }
  const index_format::PlaceRecord& record(std::uint32_t place) const noexcept { return places_[place]; }
  std::string_view name(std::uint32_t place) const noexcept;
  // The full public form of a place, with its admin1 name filled in.
  GazetteerPlace place(std::uint32_t index) const;

 private:
  struct Storage;
  explicit GazetteerIndex(std::shared_ptr<const Storage> storage);
  static GazetteerIndex checked(std::shared_ptr<Storage> storage, const std::string& name);

  std::shared_ptr<const Storage> storage_;
  const index_format::IndexHeader* header_ = nullptr;
  const index_format::PlaceRecord* places_ = nullptr;
  const index_format::NameEntry* names_ = nullptr;
  const std::uint32_t* buckets_ = nullptr;
  const char* strings_ = nullptr;
  const std::uint64_t* common_words_ = nullptr;
  const std::uint64_t* given_names_ = nullptr;
  std::uint64_t mask_ = 0;
};

}  // namespace incimap::geo
