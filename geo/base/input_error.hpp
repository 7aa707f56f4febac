#pragma once
// Bad input data: thrown by readers, caught per file by the batch driver so a
// broken file never stops the batch. The message names the file and the reason.

#include <stdexcept>
#include <string>

namespace incimap::geo {

class InputError : public std::runtime_error {
 public:
  InputError(std::string path, const std::string& reason)
      : std::runtime_error(path + ": " + reason), path_(std::move(path)), reason_(reason) {}
  const std::string& path() const noexcept { return path_; }
  const std::string& reason() const noexcept { return reason_; }

 private:
  std::string path_;
  std::string reason_;
};

}  // namespace incimap::geo
