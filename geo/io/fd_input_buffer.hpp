#pragma once
// An input stream buffer over a file descriptor, read in 64 KiB blocks.
//
// std::cin synchronised with stdio takes its bytes one at a time (about 15%
// more CPU for `incimap places -` than for the same file by name); this
// reads the pipe the way std::ifstream reads a file. A read error throws,
// which std::istream turns into badbit.
//
// `before_wait`, when given, is called when the next read would block (a
// pipe with nothing in it yet), so that a reader holding back what it has
// read (a batch for its workers) hands it over before waiting for more.

#include <array>
#include <functional>
#include <streambuf>
#include <utility>

namespace incimap::geo {

class FdInputBuffer : public std::streambuf {
 public:
  explicit FdInputBuffer(int fd, std::function<void()> before_wait = {}) noexcept
      : fd_(fd), before_wait_(std::move(before_wait)) {}

 protected:
  int_type underflow() override;

 private:
  int fd_;
  std::function<void()> before_wait_;
  std::array<char, 64 * 1024> block_{};
};

}  // namespace incimap::geo
