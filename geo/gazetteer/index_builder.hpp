#pragma once
// Collects places and their names and writes the binary index
// (index_format.hpp). Places are linked to their admin1/admin2 divisions and
// landmarks to their parent place when the index is written.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer/index_format.hpp"
#include "geo/gazetteer/source_place.hpp"

namespace incimap::geo {

class IndexBuilder {
 public:
  // Returns the place's index. Names are folded and hashed here.
  std::uint32_t add(const SourcePlace& source);
  // Extra names for an already added place (alternate names, demonyms).
  void add_name(std::uint32_t place, std::string_view name, NameKind kind);

  // A lower-case dictionary word; stored as a hash of its folded form.
  void add_common_word(std::string_view word);
  // A given name ("David"); stored as a hash of its folded form.
  void add_given_name(std::string_view name);

  std::size_t place_count() const noexcept { return places_.size(); }
  std::size_t name_count() const noexcept { return names_.size(); }
  // The index of a place by geonameid (kNone when absent).
  std::uint32_t find_geonameid(std::uint32_t geonameid) const;

  // Writes the index to `path` through a temporary file and a rename, so a
  // failed build never leaves a broken index in place. Throws on I/O errors.
  // Returns the number of names written (duplicates of a name for the same
  // place are stored once).
  std::size_t write(const std::string& path);

 private:
  std::uint32_t intern(std::string_view s);
  void link_divisions();

  std::vector<index_format::PlaceRecord> places_;
  std::vector<index_format::NameEntry> names_;
  std::vector<std::uint64_t> common_words_;
  std::vector<std::uint64_t> given_names_;
  std::string strings_ = std::string(1, '\0');  // offset 0 is the empty string
  // Division codes of each place, resolved to place indices in link_divisions().
  std::vector<std::uint64_t> admin1_keys_;
  std::vector<std::uint64_t> admin2_keys_;
  std::unordered_map<std::uint64_t, std::uint32_t> admin1_by_key_;
  std::unordered_map<std::uint64_t, std::uint32_t> admin2_by_key_;
  std::unordered_map<std::uint32_t, std::uint32_t> by_geonameid_;
};

// Key of a division: country + admin codes ("US", "LA", "079").
std::uint64_t division_key(std::string_view country, std::string_view admin1, std::string_view admin2 = {});

}  // namespace incimap::geo
