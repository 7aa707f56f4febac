#include "geo/export/staged_output.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace incimap::geo
