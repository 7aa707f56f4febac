#include "geo/io/durable_rename.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace incimap::geo {
namespace fs = std::filesystem;
namespace {

std::error_code sync_one(const fs::path& path) {
  // O_RDONLY is enough for fsync on Linux, and the only way to open a folder.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return {errno, std::generic_category()};
  std::error_code result;
  if (::fsync(fd) != 0 && errno != EINVAL) result = {errno, std::generic_category()};  // EINVAL: cannot sync this kind
  ::close(fd);
  return result;
}

}  // namespace

std::error_code sync_to_disk(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(fs::symlink_status(path, ec))) {
    for (fs::directory_iterator it(path, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
      if (const std::error_code inner = sync_to_disk(it->path())) return inner;
    }
    if (ec) return ec;
  } else if (!fs::is_regular_file(fs::symlink_status(path, ec))) {
    return ec;  // a link or special file: nothing of ours to flush
  }
  return sync_one(path);
}

std::error_code durable_rename(const fs::path& from, const fs::path& to) {
  if (const std::error_code ec = sync_to_disk(from)) return ec;
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec) return ec;
  const fs::path folder = to.has_parent_path() ? to.parent_path() : fs::path(".");
  return sync_one(folder);
}

}  // namespace incimap::geo
