#include "geo/ingest/ingest.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace incimap::geo {
namespace {
namespace fs = std::filesystem;

class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("incimap-ingest-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, std::string_view bytes) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  IngestReport run(const std::vector<std::string>& paths, IngestOptions options = {}) {
    articles_.clear();
    return ingest_paths(paths, options, [this](Article&& a) { articles_.push_back(std::move(a)); });
  }

  fs::path dir_;
  std::vector<Article> articles_;
};

TEST_F(IngestTest, FolderIsReadRecursivelyInSortedOrder) {
  write("b/two.txt", "Two\n\nBody two.");
  write("a.txt", "One\n\nBody one.");
  write("notes.md", "ignored: unknown extension inside a folder");
  const auto report = run({dir_.string()});
  EXPECT_TRUE(report.failures.empty());
  ASSERT_EQ(articles_.size(), 2u);
  EXPECT_EQ(articles_[0].title, "One");
  EXPECT_EQ(articles_[1].title, "Two");
}

TEST_F(IngestTest, BadInputsAreReportedAndTheRestIsRead) {
  const std::string good = write("good.txt", "Fine\n\nBody.");
  const std::string empty = write("empty.txt", "");
  const std::string binary = write("blob.txt", std::string_view("\x7f" "ELF\0\0\x01", 7));
  const std::string unknown = write("data.bin", "whatever");
  const std::string broken = write("broken.json", "{\"text\": ");
  const std::string missing = (dir_ / "missing.txt").string();
  const auto report = run({empty, binary, unknown, broken, missing, good});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].title, "Fine");
  ASSERT_EQ(report.failures.size(), 5u);
  EXPECT_EQ(report.failures[0].path(), empty);
  EXPECT_EQ(report.failures[0].reason(), "empty file");
  EXPECT_NE(report.failures[1].reason().find("binary"), std::string::npos);
  EXPECT_NE(report.failures[2].reason().find("unknown extension"), std::string::npos);
  EXPECT_NE(report.failures[3].reason().find("malformed JSON"), std::string::npos);
  EXPECT_EQ(report.failures[4].reason(), "no such file");
}

TEST_F(IngestTest, ArticleOverTheSizeLimitIsRejected) {
  const std::string big = write("big.txt", "Title\n\n" + std::string(200, 'x'));
  const std::string small = write("small.txt", "Title\n\nshort");
  IngestOptions options;
  options.max_article_bytes = 100;
  const auto report = run({big, small}, options);
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_NE(report.failures[0].reason().find("over the limit of 100"), std::string::npos);
  ASSERT_EQ(articles_.size(), 1u);
}

TEST_F(IngestTest, JsonLinesGoOnAfterABadLine) {
  std::istringstream in("{\"text\":\"One\"}\nnot json\n\n{\"text\":\"Three\"}\n");
  IngestReport report;
  std::vector<std::string> failures;
  ingest_json_lines(in, "-", {}, [this](Article&& a) { articles_.push_back(std::move(a)); },
                    [&](const InputError& e) { failures.push_back(e.path()); }, report);
  ASSERT_EQ(articles_.size(), 2u);
  EXPECT_EQ(articles_[1].text, "Three");
  EXPECT_EQ(articles_[1].id, "stdin#4");
  EXPECT_EQ(failures, std::vector<std::string>{"-:2"});
}

TEST_F(IngestTest, Latin1FileIsConverted) {
  const std::string path = write("latin.txt", "Bogot\xE1\n\nProtesters gathered in Bogot\xE1.");
  run({path});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].title, "Bogotá");
}

TEST(IngestFormat, FromExtension) {
  EXPECT_EQ(format_from_extension("a/b.HTM"), InputFormat::html);
  EXPECT_EQ(format_from_extension("x.ndjson"), InputFormat::jsonl);
  EXPECT_EQ(format_from_extension("feed.atom"), InputFormat::feed);
  EXPECT_FALSE(format_from_extension("README"));
}

}  // namespace
}  // namespace incimap::geo
