#pragma once
// Rename that survives a crash or power loss right after it returns. A
// rename alone is atomic but not durable: the kernel may write the new
// directory entry before the file's data, so a machine that goes down after
// a "successful" run can show an empty file where a good one was. So the
// data is flushed to disk before the rename, and the directory after it.

#include <filesystem>
#include <system_error>

namespace incimap::geo {

// fsync(2) of a file, or of a folder with everything below it.
std::error_code sync_to_disk(const std::filesystem::path& path);

// Syncs `from`, renames it to `to` (replacing a file there, never a
// folder's contents) and syncs `to`'s folder. The first error stops it.
std::error_code durable_rename(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace incimap::geo
