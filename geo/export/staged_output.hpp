#pragma once
// Writes go to a private directory beside the output and are renamed into
// place only when complete, so an interrupted export never leaves a half
// file where a good one was. The directory is on the output's file system,
// which makes each rename atomic; formats that write several files
// (Shapefile's .shp/.shx/.dbf/.prj) move together. Every rename is durable
// (geo/io/durable_rename.hpp).
//
// A staging directory left by a run that was killed outright (no cleanup
// ran) is removed by the next export to the same output, when its owner
// file proves that process gone.
//
// Replacing never deletes what the export did not make: a folder dataset
// written over an existing folder replaces the files of the same names in
// it and leaves the rest, and a single-file format is refused a folder.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

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

  // Throws ExportError when what the driver created so far (a file, or a
  // folder) cannot replace what is at the output (a folder, or a file when
  // replacing is refused). Call it after creating the dataset, to fail
  // before the work; commit() checks again.
  void check_target() const;

  // Moves every file the writer made into the output's directory. Throws
  // ExportError when one exists and overwrite is refused (nothing moved).
  void commit();

  // Staging directories of every StagedOutput alive in this process, for a
  // signal handler to remove on SIGINT/SIGTERM (see app/cli/interrupt_cleanup).
  static std::vector<std::filesystem::path> live_staging_dirs();

 private:
  void check_entry(const std::filesystem::path& made) const;

  std::filesystem::path output_;
  std::filesystem::path staging_dir_;
  std::filesystem::path staging_path_;
  Overwrite overwrite_;
  std::string driver_;
};

}  // namespace incimap::geo
