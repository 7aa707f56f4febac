#pragma once
// A named set of lower-case words ("soldiers", "troops", "police"...) that
// answers "is this word one of them?" in constant time: an open-addressed
// table over a fixed hash, so that a sentence's words hash once (Word keeps
// its hash) and every list test after that is one probe and, on a hit, one
// comparison. The incident rules test each word against dozens of lists;
// scanning them was a quarter of extract's instructions.
//
// Lists live in static storage (namespace scope, or a function's static):
//   const WordList kForces({"soldier", "soldiers", "troops"});
// The words are views into the literals; they are kept in the given order
// for callers that walk them.

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "geo/text/fnv1a.hpp"

namespace incimap::geo {

// FNV-1a over the bytes: what WordList and Word::hash use.
constexpr std::uint64_t word_hash(std::string_view word) noexcept { return fnv1a64(word); }

class WordList {
 public:
  WordList(std::initializer_list<std::string_view> words);
  // The views must outlive the list.
  explicit WordList(std::span<const std::string_view> words);

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  bool contains(std::string_view word) const noexcept { return contains(word, word_hash(word)); }
  // `hash` is word_hash(word), computed once by the caller.
  bool contains(std::string_view word, std::uint64_t hash) const noexcept { return find(word, hash) != npos; }
  // The word's position in the given order, or npos.
  std::size_t find(std::string_view word, std::uint64_t hash) const noexcept {
    const std::uint64_t h = hash == 0 ? 1 : hash;
    // Most words a sentence asks about are in no list: an empty first slot
    // answers, and the bit says so without touching the slots.
    if (const std::uint64_t first = h & mask_; ((occupied_[first / 64] >> (first % 64)) & 1U) == 0) return npos;
    for (std::uint64_t s = h & mask_; slot_hashes_[s] != 0; s = (s + 1) & mask_) {
      if (slot_hashes_[s] == h && words_[slot_words_[s]] == word) return slot_words_[s];
    }
    return npos;
  }

  std::vector<std::string_view>::const_iterator begin() const noexcept { return words_.begin(); }
  std::vector<std::string_view>::const_iterator end() const noexcept { return words_.end(); }
  std::size_t size() const noexcept { return words_.size(); }

 private:
  std::vector<std::string_view> words_;
  std::vector<std::uint64_t> slot_hashes_;  // 0: empty slot (a word hashing to 0 is stored as 1)
  std::vector<std::uint32_t> slot_words_;   // index into words_
  // A bit a slot, set when it holds a word: 1/32 of slot_hashes_' bytes, so
  // that it stays in the nearest cache where the lexicon's 128 KB of slots
  // cannot.
  std::vector<std::uint64_t> occupied_;
  std::uint64_t mask_ = 0;

  void index_words();
};

}  // namespace incimap::geo
