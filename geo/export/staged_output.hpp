#pragma once
// Writes go to a private directory beside the output and are renamed into
// place only when complete, so an interrupted export never leaves a half
// file where a good one was. The directory is on the output's file system,
// which makes each rename atomic; formats that write several files
// (Shapefile's .shp/.shx/.dbf/.prj) move together.

#include <cstdint>
#include <filesystem>
#include <string>

namespace incimap::geo {

enum class Overwrite : std::uint8_t { refuse, replace };

class StagedOutput {
 public:
  // Throws ExportError (naming `driver`) when the output exists and
  // overwrite is refused, or when its directory cannot hold the staging
  // directory.
  StagedOutput(std::filesystem::path output, Overwrite overwrite, std::string driver);
  // Removes the staging directory and whatever is still in it (everything,
  // unless committed).
  ~StagedOutput();
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  // Where the writer creates the output: staging directory + output's name.
  const std::filesystem::path& staging_path() const noexcept { return staging_path_; }

  // Moves every file the writer made into the output's directory. Throws
  // ExportError when one exists and overwrite is refused (nothing moved).
  void commit();

 private:
  std::filesystem::path output_;
  std::filesystem::path staging_dir_;
  std::filesystem::path staging_path_;
  Overwrite overwrite_;
  std::string driver_;
};

}  // namespace incimap::geo
