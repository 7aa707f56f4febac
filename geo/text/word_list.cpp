#include "geo/text/word_list.hpp"

namespace incimap::geo {
namespace {

// A word hashing to 0 is stored as 1: 0 marks an empty slot (contains() agrees).
constexpr std::uint64_t stored(std::uint64_t hash) noexcept { return hash == 0 ? 1 : hash; }

}  // namespace

WordList::WordList(std::initializer_list<std::string_view> words) : words_(words) { index_words(); }

WordList::WordList(std::span<const std::string_view> words) : words_(words.begin(), words.end()) { index_words(); }

void WordList::index_words() {
  // At most a quarter full: nearly every lookup ends at its first slot.
  std::size_t slots = 8;
  while (slots < words_.size() * 4) slots *= 2;
  slot_hashes_.assign(slots, 0);
  slot_words_.assign(slots, 0);
  occupied_.assign((slots + 63) / 64, 0);
  mask_ = slots - 1;
  for (std::uint32_t i = 0; i < words_.size(); ++i) {
    const std::uint64_t h = stored(word_hash(words_[i]));
    std::uint64_t s = h & mask_;
    while (slot_hashes_[s] != 0) {
      if (slot_hashes_[s] == h && words_[slot_words_[s]] == words_[i]) break;  // listed twice
      s = (s + 1) & mask_;
    }
    slot_hashes_[s] = h;
    slot_words_[s] = i;
    occupied_[s / 64] |= std::uint64_t{1} << (s % 64);
  }
}

}  // namespace incimap::geo
