#include "geo/export/staged_output.hpp"

#include <stdlib.h>  // mkdtemp (POSIX)

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <vector>

#include "geo/export/export_error.hpp"

namespace incimap::geo {
namespace fs = std::filesystem;

StagedOutput::StagedOutput(fs::path output, Overwrite overwrite, std::string driver)
    : output_(std::move(output)), overwrite_(overwrite), driver_(std::move(driver)) {
  std::error_code ec;
  if (overwrite_ == Overwrite::refuse && fs::exists(output_, ec)) {
    throw ExportError(output_.string(), driver_, "already exists (use --overwrite to replace it)");
  }
  const fs::path parent = output_.has_parent_path() ? output_.parent_path() : fs::path(".");
  if (!fs::is_directory(parent, ec)) {
    throw ExportError(output_.string(), driver_, "directory " + parent.string() + " does not exist");
  }
  // No dot of the output's name in the folder's: GDAL's /vsizip/ (XLSX,
  // ODS) takes a folder ".out.xlsx.incimap-..." for the archive itself and
  // cannot save into it.
  std::string name = output_.filename().string();
  std::replace(name.begin(), name.end(), '.', '_');
  std::string pattern = (parent / ("." + name + ".incimap-XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()) == nullptr) {
    throw ExportError(output_.string(), driver_,
                      "cannot create a staging directory in " + parent.string() + ": " + std::strerror(errno));
  }
  staging_dir_ = buffer.data();
  staging_path_ = staging_dir_ / output_.filename();
}

StagedOutput::~StagedOutput() {
  std::error_code ignored;  // nothing useful to do if cleanup fails during unwinding
  fs::remove_all(staging_dir_, ignored);
}

void StagedOutput::commit() {
  const fs::path parent = output_.has_parent_path() ? output_.parent_path() : fs::path(".");
  std::vector<fs::path> made;
  for (const auto& entry : fs::directory_iterator(staging_dir_)) made.push_back(entry.path());
  if (made.empty()) throw ExportError(output_.string(), driver_, "the driver wrote no file");
  std::error_code ec;
  for (const fs::path& file : made) {
    if (overwrite_ == Overwrite::refuse && fs::exists(parent / file.filename(), ec)) {
      throw ExportError((parent / file.filename()).string(), driver_, "already exists (use --overwrite to replace it)");
    }
  }
  for (const fs::path& file : made) {
    const fs::path target = parent / file.filename();
    if (fs::is_directory(target, ec)) fs::remove_all(target, ec);  // a directory dataset being replaced
    fs::rename(file, target, ec);
    if (ec) throw ExportError(target.string(), driver_, "cannot move the finished output into place: " + ec.message());
  }
}

}  // namespace incimap::geo
