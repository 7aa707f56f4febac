#pragma once
// An input stream buffer over a file descriptor, read in 64 KiB blocks.
//
// std::cin synchronised with stdio takes its bytes one at a time (about 15%
// more CPU for `incimap places -` than for the same file by name); this
// reads the pipe the way std::ifstream reads a file. A read error throws,
// which std::istream turns into badbit.

#include <array>
#include <streambuf>

namespace incimap::geo {

class FdInputBuffer : public std::streambuf {
 public:
  explicit FdInputBuffer(int fd) noexcept : fd_(fd) {}

 protected:
  int_type underflow() override;

 private:
  int fd_;
  std::array<char, 64 * 1024> block_{};
};

}  // namespace incimap::geo
