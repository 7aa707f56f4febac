#pragma once
// The memory-mapped gazetteer index (layout in index_format.hpp). Opening it
// maps the file and checks the header; nothing is parsed or copied, so start
// up costs the same for 200 thousand names as for 12 million.

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
  // Throws InputError naming the file when it is missing, truncated or not
  // an index of this version.
  static GazetteerIndex open(const std::string& path);

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
  struct Mapping;
  explicit GazetteerIndex(std::shared_ptr<const Mapping> mapping);

  std::shared_ptr<const Mapping> mapping_;
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
