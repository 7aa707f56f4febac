#include "geo/export/staged_output.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "geo/export/export_error.hpp"
#include "temp_dir.hpp"

namespace incimap::geo {
namespace {

void write_file(const std::filesystem::path& path, const std::string& content) { std::ofstream(path) << content; }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(StagedOutput, StagesBesideTheOutputAndMovesOnCommit) {
  testing::TempDir dir;
  const auto target = dir.path() / "out.gpkg";
  {
    StagedOutput staged(target, Overwrite::refuse, "GPKG");
    EXPECT_EQ(staged.staging_path().filename(), "out.gpkg");
    EXPECT_EQ(staged.staging_path().parent_path().parent_path(), dir.path()) << "same file system: atomic rename";
    write_file(staged.staging_path(), "new");
    EXPECT_FALSE(std::filesystem::exists(target)) << "nothing in place before commit";
    staged.commit();
  }
  EXPECT_EQ(read_file(target), "new");
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"out.gpkg"});
}

TEST(StagedOutput, UncommittedLeavesNothing) {
  testing::TempDir dir;
  {
    StagedOutput staged(dir.path() / "out.csv", Overwrite::refuse, "CSV");
    write_file(staged.staging_path(), "half");
  }
  EXPECT_TRUE(dir.entries().empty());
}

TEST(StagedOutput, RefusesAnExistingOutputUpFront) {
  testing::TempDir dir;
  write_file(dir.path() / "out.csv", "old");
  EXPECT_THROW(StagedOutput(dir.path() / "out.csv", Overwrite::refuse, "CSV"), ExportError);
  EXPECT_EQ(read_file(dir.path() / "out.csv"), "old");
}

TEST(StagedOutput, RefusesASidecarThatAppearedMeanwhile) {
  testing::TempDir dir;
  StagedOutput staged(dir.path() / "out.shp", Overwrite::refuse, "ESRI Shapefile");
  write_file(staged.staging_path(), "shp");
  write_file(staged.staging_path().parent_path() / "out.dbf", "dbf");
  write_file(dir.path() / "out.dbf", "someone else's");
  EXPECT_THROW(staged.commit(), ExportError);
  EXPECT_EQ(read_file(dir.path() / "out.dbf"), "someone else's");
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out.shp")) << "all or nothing";
}

TEST(StagedOutput, ReplacesWhenAllowed) {
  testing::TempDir dir;
  write_file(dir.path() / "out.csv", "old");
  StagedOutput staged(dir.path() / "out.csv", Overwrite::replace, "CSV");
  write_file(staged.staging_path(), "new");
  staged.commit();
  EXPECT_EQ(read_file(dir.path() / "out.csv"), "new");
}

TEST(StagedOutput, MissingDirectoryNamesTheOutputAndDriver) {
  testing::TempDir dir;
  try {
    StagedOutput staged(dir.path() / "missing" / "out.fgb", Overwrite::refuse, "FlatGeobuf");
    FAIL() << "expected ExportError";
  } catch (const ExportError& e) {
    EXPECT_EQ(e.driver(), "FlatGeobuf");
    EXPECT_NE(std::string(e.what()).find("out.fgb"), std::string::npos);
  }
}

TEST(StagedOutput, CommitWithNothingWrittenIsAnError) {
  testing::TempDir dir;
  StagedOutput staged(dir.path() / "out.geojson", Overwrite::refuse, "GeoJSON");
  EXPECT_THROW(staged.commit(), ExportError);
}

TEST(StagedOutput, SingleFileFormatOverAFolderIsRefusedAndDeletesNothing) {
  testing::TempDir dir;
  const auto folder = dir.path() / "maps";
  std::filesystem::create_directories(folder / "2023");
  write_file(folder / "2023" / "notes.txt", "precious");
  StagedOutput staged(folder, Overwrite::replace, "GeoJSON");
  write_file(staged.staging_path(), "{}");
  try {
    staged.check_target();
    FAIL() << "a folder was accepted as the target of one file";
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("is a folder"), std::string::npos) << e.what();
  }
  EXPECT_THROW(staged.commit(), ExportError);
  EXPECT_EQ(read_file(folder / "2023" / "notes.txt"), "precious");
}

TEST(StagedOutput, FolderDatasetOverAFolderReplacesOnlyItsOwnFiles) {
  // A Shapefile written to a folder name: GDAL makes the folder with
  // incidents.shp/.dbf/... in it; the folder's other files are not ours.
  testing::TempDir dir;
  const auto folder = dir.path() / "gis";
  std::filesystem::create_directories(folder);
  write_file(folder / "roads.shp", "someone else's");
  write_file(folder / "incidents.shp", "old");
  StagedOutput staged(folder, Overwrite::replace, "ESRI Shapefile");
  std::filesystem::create_directories(staged.staging_path());
  write_file(staged.staging_path() / "incidents.shp", "new");
  write_file(staged.staging_path() / "incidents.dbf", "new dbf");
  staged.check_target();
  staged.commit();
  EXPECT_EQ(read_file(folder / "roads.shp"), "someone else's");
  EXPECT_EQ(read_file(folder / "incidents.shp"), "new");
  EXPECT_EQ(read_file(folder / "incidents.dbf"), "new dbf");
}

TEST(StagedOutput, LiveStagingDirsAreTheUncommittedOnes) {
  testing::TempDir dir;
  std::filesystem::path staging;
  {
    StagedOutput staged(dir.path() / "out.csv", Overwrite::refuse, "CSV");
    staging = staged.staging_path().parent_path();
    const auto live = StagedOutput::live_staging_dirs();
    EXPECT_NE(std::find(live.begin(), live.end(), staging), live.end());
  }
  const auto live = StagedOutput::live_staging_dirs();
  EXPECT_EQ(std::find(live.begin(), live.end(), staging), live.end());
}

TEST(StagedOutput, StagingLeftByAKilledRunIsRemovedOnlyWhenProvenDead) {
  testing::TempDir dir;
  // A process id that no process has: a child that has exited and been reaped.
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  std::string boot;
  std::getline(std::ifstream("/proc/sys/kernel/random/boot_id"), boot);
  const auto stale = dir.path() / ".out_csv.incimap-dead01";
  const auto alive = dir.path() / ".out_csv.incimap-live01";
  const auto unowned = dir.path() / ".out_csv.incimap-other1";
  for (const auto& d : {stale, alive, unowned}) std::filesystem::create_directories(d);
  write_file(stale / ".incimap-owner", std::to_string(child) + " " + boot + "\n");
  write_file(alive / ".incimap-owner", std::to_string(::getpid()) + " " + boot + "\n");
  {
    StagedOutput staged(dir.path() / "out.csv", Overwrite::refuse, "CSV");
    write_file(staged.staging_path(), "x");
    staged.commit();
  }
  EXPECT_FALSE(std::filesystem::exists(stale));
  EXPECT_TRUE(std::filesystem::exists(alive));
  EXPECT_TRUE(std::filesystem::exists(unowned));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / ".incimap-owner")) << "the owner file is never moved into place";
}

}  // namespace
}  // namespace incimap::geo
