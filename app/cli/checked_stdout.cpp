#include "app/cli/checked_stdout.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace incimap::app {
namespace {

[[noreturn]] void throw_stdout_error(int error) {
  throw StdoutError(std::string("cannot write to standard output: ") +
                    (error != 0 ? std::strerror(error) : "write error"));
}

}  // namespace

void write_stdout(std::string_view bytes) {
  errno = 0;
  if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size()) throw_stdout_error(errno);
}

void flush_stdout() {
  errno = 0;
  // ferror() catches a failure of an earlier buffered write (printf's) that
  // reported nothing at the time.
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) throw_stdout_error(errno);
}

}  // namespace incimap::app
