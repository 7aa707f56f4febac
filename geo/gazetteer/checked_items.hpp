#pragma once
// A set of item numbers (buckets, places of an index read on demand) that
// threads add to and test without locks: one bit an item. An item is added
// once it passed its check and every page it needs was read, so a thread
// that finds it (acquire) sees those pages. Racing threads may both check
// an item; a check only reads, so that costs a repeat, never a wrong answer.

#include <atomic>
#include <cstdint>
#include <memory>

namespace incimap::geo {

class CheckedItems {
 public:
  explicit CheckedItems(std::uint64_t count)
      : words_(std::make_unique<std::atomic<std::uint64_t>[]>((count + 63) / 64)) {}

  bool contains(std::uint64_t item) const noexcept {
    return (words_[item / 64].load(std::memory_order_acquire) & bit(item)) != 0;
  }
  void add(std::uint64_t item) const noexcept { words_[item / 64].fetch_or(bit(item), std::memory_order_release); }

 private:
  static std::uint64_t bit(std::uint64_t item) noexcept { return std::uint64_t{1} << (item % 64); }
  std::unique_ptr<std::atomic<std::uint64_t>[]> words_;
};

}  // namespace incimap::geo
