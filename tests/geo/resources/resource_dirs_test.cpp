// The binary's files are found relative to the executable. The build tree
// has the installed shape (build/share/incimap linking into the source), so
// these tests, run from build/tests/, find them the way an installed
// /usr/bin/incimap finds /usr/share/incimap. tests/app/install_test.sh checks
// an installed copy.

#include "geo/resources/resource_dirs.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <optional>
#include <string>

namespace incimap::geo {
namespace {

namespace fs = std::filesystem;

// Sets an environment variable for one test, restoring it afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value != nullptr) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(ResourceDirs, ShareDirIsFoundAboveTheExecutable) {
  const fs::path share = share_dir();
  EXPECT_EQ(share.filename(), "incimap");
  EXPECT_EQ(share.parent_path().filename(), "share");
  EXPECT_TRUE(fs::is_directory(share)) << share;
  const fs::path exe = fs::read_symlink("/proc/self/exe");
  const auto prefix = share.parent_path().parent_path();
  EXPECT_EQ(exe.string().rfind(prefix.string(), 0), 0u) << exe << " is not under " << prefix;
}

TEST(ResourceDirs, AssetsAndDataAreInTheShareDir) {
  const ScopedEnv no_assets("INCIMAP_ASSETS_DIR", nullptr);
  const ScopedEnv no_data("INCIMAP_DATA_DIR", nullptr);
  EXPECT_EQ(assets_dir(), share_dir() / "assets");
  EXPECT_EQ(data_dir(), share_dir() / "data");
  EXPECT_TRUE(fs::exists(assets_dir() / "shaders" / "map.vert"));
  EXPECT_TRUE(fs::exists(assets_dir() / "gazetteer" / "landmarks.txt"));
}

TEST(ResourceDirs, EnvironmentOverridesTheInstalledFolders) {
  const ScopedEnv assets("INCIMAP_ASSETS_DIR", "/opt/elsewhere/assets");
  const ScopedEnv data("INCIMAP_DATA_DIR", "/srv/incimap-data");
  EXPECT_EQ(assets_dir(), "/opt/elsewhere/assets");
  EXPECT_EQ(data_dir(), "/srv/incimap-data");
}

}  // namespace
}  // namespace incimap::geo
