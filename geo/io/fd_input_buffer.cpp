#include "geo/io/fd_input_buffer.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ios>
#include <string>

namespace incimap::geo {

FdInputBuffer::int_type FdInputBuffer::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  if (before_wait_) {
    // A zero timeout only asks: a regular file or a full pipe is ready and
    // costs no call to the hook.
    pollfd ready{fd_, POLLIN, 0};
    if (::poll(&ready, 1, 0) != 1) before_wait_();  // not ready, or poll failed: better early than late
  }
  for (;;) {
    const ssize_t got = ::read(fd_, block_.data(), block_.size());
    if (got > 0) {
      setg(block_.data(), block_.data(), block_.data() + got);
      return traits_type::to_int_type(block_[0]);
    }
    if (got == 0) return traits_type::eof();
    if (errno != EINTR) throw std::ios_base::failure(std::string("read error: ") + std::strerror(errno));
  }
}

}  // namespace incimap::geo
