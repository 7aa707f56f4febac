#include "geo/export/staged_output.hpp"

#include <signal.h>  // kill (POSIX)
#include <stdlib.h>  // mkdtemp (POSIX)
#include <unistd.h>  // getpid

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <system_error>
#include <vector>

#include "geo/export/export_error.hpp"
#include "geo/io/durable_rename.hpp"

namespace incimap::geo {
namespace fs = std::filesystem;
namespace {

std::mutex& live_mutex() {
  static std::mutex m;
  return m;
}

std::vector<fs::path>& live_dirs() {
  static std::vector<fs::path> dirs;
  return dirs;
}

// Takes a staging directory off the live list, then removes it (nothing
// useful to do if that fails during unwinding).
void unlist_and_remove(const fs::path& dir) {
  {
    const std::lock_guard lock(live_mutex());
    auto& dirs = live_dirs();
    dirs.erase(std::remove(dirs.begin(), dirs.end(), dir), dirs.end());
  }
  std::error_code ignored;
  fs::remove_all(dir, ignored);
}

fs::path parent_of(const fs::path& output) { return output.has_parent_path() ? output.parent_path() : fs::path("."); }

// A staging directory holds this file naming the process that made it and
// the boot it ran in, so that a later run can prove a directory left by a
// killed run (SIGKILL, power loss: no cleanup ran) is one of ours and dead.
constexpr const char* kOwnerFile = ".incimap-owner";

std::string boot_id() {
  std::ifstream in("/proc/sys/kernel/random/boot_id");
  std::string id;
  std::getline(in, id);
  return id;
}

void write_owner(const fs::path& staging_dir) {
  std::ofstream(staging_dir / kOwnerFile) << ::getpid() << ' ' << boot_id() << '\n';
}

// True when `dir` holds an owner file whose process is gone: from an
// earlier boot, or a process id no process has now. A directory without
// one, or of a live process, is never touched.
bool is_stale_staging(const fs::path& dir) {
  std::ifstream in(dir / kOwnerFile);
  long pid = 0;
  std::string boot;
  if (!(in >> pid >> boot) || pid <= 0) return false;
  if (boot != boot_id()) return true;
  return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// ".out_xlsx.incimap-": the start of the staging folders of output
// `out.xlsx`. No dot of the output's name in it: GDAL's /vsizip/ (XLSX,
// ODS) takes a folder ".out.xlsx.incimap-..." for the archive itself and
// cannot save into it.
std::string staging_prefix(const std::string& output_name) {
  std::string name = output_name;
  std::replace(name.begin(), name.end(), '.', '_');
  return "." + name + ".incimap-";
}

void remove_stale_staging(const fs::path& parent, const std::string& output_name) {
  const std::string prefix = staging_prefix(output_name);
  std::error_code ec;
  for (fs::directory_iterator it(parent, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (!it->path().filename().string().starts_with(prefix) || !it->is_directory(ec)) continue;
    if (is_stale_staging(it->path())) {
      std::error_code ignored;
      fs::remove_all(it->path(), ignored);
    }
  }
}

// Moves `made` to `target`. Into an existing folder, entry by entry, so that
// the folder's other files stay.
void move_into_place(const fs::path& made, const fs::path& target, const std::string& driver) {
  std::error_code ec;
  if (fs::is_directory(fs::symlink_status(made, ec)) && fs::is_directory(fs::symlink_status(target, ec))) {
    for (const auto& entry : fs::directory_iterator(made)) move_into_place(entry.path(), target / entry.path().filename(), driver);
    return;
  }
  if (const std::error_code error = durable_rename(made, target))
    throw ExportError(target.string(), driver, "cannot move the finished output into place: " + error.message());
}

}  // namespace

StagedOutput::StagedOutput(fs::path output, Overwrite overwrite, std::string driver)
    : output_(std::move(output)), overwrite_(overwrite), driver_(std::move(driver)) {
  std::error_code ec;
  if (overwrite_ == Overwrite::refuse && fs::exists(fs::symlink_status(output_, ec))) {
    throw ExportError(output_.string(), driver_, "already exists (use --overwrite to replace it)");
  }
  const fs::path parent = parent_of(output_);
  if (!fs::is_directory(parent, ec)) {
    throw ExportError(output_.string(), driver_, "directory " + parent.string() + " does not exist");
  }
  std::string pattern = (parent / (staging_prefix(output_.filename().string()) + "XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  {
    // Created and listed under one lock: an interrupt's cleanup (which
    // reads the list under it) either runs before the directory exists or
    // finds it listed, never sees it on disk and unlisted.
    const std::lock_guard lock(live_mutex());
    if (mkdtemp(buffer.data()) == nullptr) {
      throw ExportError(output_.string(), driver_,
                        "cannot create a staging directory in " + parent.string() + ": " + std::strerror(errno));
    }
    staging_dir_ = buffer.data();
    live_dirs().push_back(staging_dir_);
  }
  staging_path_ = staging_dir_ / output_.filename();
  try {
    write_owner(staging_dir_);
    remove_stale_staging(parent, output_.filename().string());
  } catch (...) {
    unlist_and_remove(staging_dir_);
    throw;
  }
}

StagedOutput::~StagedOutput() { unlist_and_remove(staging_dir_); }

std::vector<fs::path> StagedOutput::live_staging_dirs() {
  const std::lock_guard lock(live_mutex());
  return live_dirs();
}

void StagedOutput::check_entry(const fs::path& made) const {
  const fs::path target = parent_of(output_) / made.filename();
  std::error_code ec;
  const auto target_status = fs::symlink_status(target, ec);
  if (!fs::exists(target_status)) return;
  if (overwrite_ == Overwrite::refuse)
    throw ExportError(target.string(), driver_, "already exists (use --overwrite to replace it)");
  const bool made_folder = fs::is_directory(fs::symlink_status(made, ec));
  if (fs::is_directory(target_status) && !made_folder) {
    throw ExportError(target.string(), driver_,
                      "is a folder, and " + driver_ + " writes one file: name the file to write (nothing was deleted)");
  }
  if (made_folder && !fs::is_directory(target_status)) {
    throw ExportError(target.string(), driver_, "is not a folder, and " + driver_ + " writes a folder here");
  }
}

void StagedOutput::check_target() const {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(staging_path_, ec))) check_entry(staging_path_);
}

void StagedOutput::commit() {
  std::vector<fs::path> made;
  for (const auto& entry : fs::directory_iterator(staging_dir_)) {
    if (entry.path().filename() != kOwnerFile) made.push_back(entry.path());
  }
  if (made.empty()) throw ExportError(output_.string(), driver_, "the driver wrote no file");
  for (const fs::path& file : made) check_entry(file);
  for (const fs::path& file : made) move_into_place(file, parent_of(output_) / file.filename(), driver_);
}

}  // namespace incimap::geo
