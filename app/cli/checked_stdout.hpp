#pragma once
// Standard output with every write checked. A filter whose output is lost
// (a full disk, a closed pipe, `> /dev/full`) must not exit 0: each write and
// flush that fails throws StdoutError, which main turns into exit 3.

#include <stdexcept>
#include <string_view>

namespace incimap::app {

class StdoutError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes all of `bytes` to stdout (buffered). Throws StdoutError.
void write_stdout(std::string_view bytes);

// Pushes buffered output to the file or pipe. Throws StdoutError when any
// earlier write or this flush failed.
void flush_stdout();

}  // namespace incimap::app
