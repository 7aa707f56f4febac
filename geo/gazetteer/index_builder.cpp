#include "geo/gazetteer/index_builder.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "geo/gazetteer/fold.hpp"
#include "geo/base/input_error.hpp"
#include "geo/io/durable_rename.hpp"

namespace incimap::geo {
namespace {
using index_format::kNone;

std::uint8_t word_count(std::string_view folded) {
  if (folded.empty()) return 0;
  const auto n = 1 + std::count(folded.begin(), folded.end(), ' ');
  return static_cast<std::uint8_t>(std::min<long>(n, 255));
}

std::size_t align8(std::size_t n) { return (n + 7) & ~std::size_t{7}; }

void sort_unique(std::vector<std::uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

template <typename T>
void write_at(std::ofstream& out, std::size_t offset, const T* data, std::size_t count) {
  out.seekp(static_cast<std::streamoff>(offset));
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(sizeof(T) * count));
}

}  // namespace

std::uint64_t division_key(std::string_view country, std::string_view admin1, std::string_view admin2) {
  std::string key(country);
  key += '.';
  key += admin1;
  if (!admin2.empty()) {
    key += '.';
    key += admin2;
  }
  return name_key_hash(key);
}

std::uint32_t IndexBuilder::intern(std::string_view s) {
  const auto offset = static_cast<std::uint32_t>(strings_.size());
  strings_.append(s);
  strings_.push_back('\0');
  return offset;
}

std::uint32_t IndexBuilder::add(const SourcePlace& source) {
  const GazetteerPlace& p = source.place;
  index_format::PlaceRecord r{};
  r.lat = p.position.lat();
  r.lon = p.position.lon();
  r.geonameid = p.geonameid;
  r.population = static_cast<std::uint32_t>(std::min<std::uint64_t>(p.population, 0xFFFFFFFFu));
  r.name = intern(p.name);
  r.admin1_place = r.admin2_place = r.parent_place = kNone;
  r.parent_geonameid = p.parent_geonameid;
  if (p.country.size() == 2) std::memcpy(r.country, p.country.data(), 2);
  r.feature_class = p.feature_class;
  r.geo_type = static_cast<std::uint8_t>(p.type);
  std::memcpy(r.feature_code, p.feature_code.data(), std::min<std::size_t>(p.feature_code.size(), 8));
  const auto index = static_cast<std::uint32_t>(places_.size());
  places_.push_back(r);
  const bool has_admin1 = !source.admin1_code.empty() && source.admin1_code != "00";
  admin1_keys_.push_back(has_admin1 ? division_key(p.country, source.admin1_code) : 0);
  admin2_keys_.push_back(has_admin1 && !source.admin2_code.empty()
                             ? division_key(p.country, source.admin1_code, source.admin2_code)
                             : 0);
  if (p.type == GeoType::admin1 && has_admin1) admin1_by_key_.emplace(admin1_keys_.back(), index);
  if (p.type == GeoType::admin2 && admin2_keys_.back() != 0) admin2_by_key_.emplace(admin2_keys_.back(), index);
  if (p.geonameid != 0) by_geonameid_.emplace(p.geonameid, index);
  for (const SourceName& name : source.names) add_name(index, name.text, name.kind);
  return index;
}

void IndexBuilder::add_name(std::uint32_t place, std::string_view name, NameKind kind) {
  const std::string folded = fold_name(name);
  if (folded.empty()) return;
  names_.push_back({name_key_hash(folded), place, static_cast<std::uint8_t>(kind), word_count(folded), 0});
}

void IndexBuilder::add_common_word(std::string_view word) {
  const std::string folded = fold_name(word);
  if (!folded.empty()) common_words_.push_back(name_key_hash(folded));
}

void IndexBuilder::add_given_name(std::string_view name) {
  const std::string folded = fold_name(name);
  if (!folded.empty()) given_names_.push_back(name_key_hash(folded));
}

std::uint32_t IndexBuilder::find_geonameid(std::uint32_t geonameid) const {
  const auto it = by_geonameid_.find(geonameid);
  return it == by_geonameid_.end() ? kNone : it->second;
}

void IndexBuilder::link_divisions() {
  for (std::size_t i = 0; i < places_.size(); ++i) {
    if (const auto it = admin1_by_key_.find(admin1_keys_[i]); admin1_keys_[i] && it != admin1_by_key_.end())
      places_[i].admin1_place = it->second;
    if (const auto it = admin2_by_key_.find(admin2_keys_[i]); admin2_keys_[i] && it != admin2_by_key_.end())
      places_[i].admin2_place = it->second;
    if (places_[i].parent_geonameid != 0) {
      places_[i].parent_place = find_geonameid(places_[i].parent_geonameid);
      // A landmark without admin codes inherits its parent's divisions.
      if (places_[i].parent_place != kNone && places_[i].admin1_place == kNone) {
        const auto& parent = places_[places_[i].parent_place];
        places_[i].admin1_place = parent.admin1_place;
        places_[i].admin2_place = parent.admin2_place;
      }
    }
  }
}

std::size_t IndexBuilder::write(const std::string& path) {
  link_divisions();
  // Deduplicate (hash, place) pairs: the same name often arrives from
  // several sources; keep the most trusted kind (lowest value).
  std::sort(names_.begin(), names_.end(), [](const auto& a, const auto& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.place != b.place ? a.place < b.place : a.kind < b.kind;
  });
  names_.erase(std::unique(names_.begin(), names_.end(),
                           [](const auto& a, const auto& b) { return a.hash == b.hash && a.place == b.place; }),
               names_.end());
  std::uint64_t bucket_count = 1024;
  while (bucket_count < names_.size()) bucket_count <<= 1;
  const std::uint64_t mask = bucket_count - 1;
  std::stable_sort(names_.begin(), names_.end(),
                   [mask](const auto& a, const auto& b) { return (a.hash & mask) < (b.hash & mask); });
  std::vector<std::uint32_t> buckets(bucket_count + 1, 0);
  for (const auto& entry : names_) ++buckets[(entry.hash & mask) + 1];
  for (std::size_t b = 1; b < buckets.size(); ++b) buckets[b] += buckets[b - 1];

  index_format::IndexHeader header{};
  std::memcpy(header.magic, index_format::kMagic, sizeof header.magic);
  header.version = index_format::kVersion;
  header.place_count = static_cast<std::uint32_t>(places_.size());
  header.name_count = names_.size();
  header.bucket_count = bucket_count;
  header.places_offset = align8(sizeof header);
  header.names_offset = align8(header.places_offset + places_.size() * sizeof(index_format::PlaceRecord));
  header.buckets_offset = align8(header.names_offset + names_.size() * sizeof(index_format::NameEntry));
  header.strings_offset = align8(header.buckets_offset + buckets.size() * sizeof(std::uint32_t));
  header.strings_size = strings_.size();
  sort_unique(common_words_);
  sort_unique(given_names_);
  header.common_words_offset = align8(header.strings_offset + strings_.size());
  header.common_words_count = common_words_.size();
  header.given_names_offset = header.common_words_offset + common_words_.size() * sizeof(std::uint64_t);
  header.given_names_count = given_names_.size();

  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw InputError(temp, "cannot create the index file");
    write_at(out, 0, &header, 1);
    write_at(out, header.places_offset, places_.data(), places_.size());
    write_at(out, header.names_offset, names_.data(), names_.size());
    write_at(out, header.buckets_offset, buckets.data(), buckets.size());
    write_at(out, header.strings_offset, strings_.data(), strings_.size());
    write_at(out, header.common_words_offset, common_words_.data(), common_words_.size());
    write_at(out, header.given_names_offset, given_names_.data(), given_names_.size());
    // The file reaches the end the header promises, even with empty lists.
    const std::uint64_t end = header.given_names_offset + given_names_.size() * sizeof(std::uint64_t);
    out.seekp(0, std::ios::end);
    if (static_cast<std::uint64_t>(out.tellp()) < end) {
      out.seekp(static_cast<std::streamoff>(end - 1));
      out.put('\0');
    }
    out.flush();
    if (!out) {
      std::filesystem::remove(temp);
      throw InputError(temp, "write failed (disk full?)");
    }
  }
  if (const std::error_code ec = durable_rename(temp, path)) {
    std::filesystem::remove(temp);
    throw InputError(path, "cannot move the new index into place: " + ec.message());
  }
  return names_.size();
}

}  // namespace incimap::geo
