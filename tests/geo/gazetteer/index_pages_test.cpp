#include "geo/gazetteer/index_pages.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "geo/gazetteer/index_error.hpp"
#include "tests/geo/gazetteer/fixture_gazetteer.hpp"

namespace incimap::geo {
namespace {
namespace fs = std::filesystem;
constexpr std::uint64_t kPage = IndexPages::kPageBytes;

// Bytes that differ from page to page and within a page: a misplaced read
// shows.
std::string patterned(std::size_t size) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + (i * 7 + i / kPage) % 26);
  return bytes;
}

class IndexPagesTest : public ::testing::Test {
 protected:
  std::string write(const std::string& bytes) {
    std::ofstream(path_, std::ios::binary) << bytes;
    return path_;
  }
  // The reason a read refused, after checking the error names the file.
  std::string refusal(const IndexPages& pages, std::uint64_t offset, std::uint64_t length) {
    try {
      pages.bytes(offset, length);
    } catch (const GazetteerIndexError& e) {
      EXPECT_EQ(e.path(), path_);
      return e.reason();
    }
    ADD_FAILURE() << "reading " << length << " bytes at " << offset << " did not throw";
    return {};
  }

  fixture::TempDir dir_{"index-pages"};
  std::string path_ = dir_.file("pages.bin");
  std::string content_ = patterned(16 * kPage + 123);
};

TEST_F(IndexPagesTest, ReadsOnlyThePagesAskedFor) {
  const auto pages = IndexPages::open(write(content_));
  EXPECT_EQ(pages->size(), content_.size());
  EXPECT_EQ(pages->pages_read(), 0u);
  EXPECT_EQ(std::string(pages->bytes(3 * kPage + 10, 50), 50), content_.substr(3 * kPage + 10, 50));
  EXPECT_EQ(pages->pages_read(), 1u);
  // Across a page boundary: the next page too, and only it.
  EXPECT_EQ(std::string(pages->bytes(4 * kPage - 5, 10), 10), content_.substr(4 * kPage - 5, 10));
  EXPECT_EQ(pages->pages_read(), 2u);
  // The short last page.
  EXPECT_EQ(std::string(pages->bytes(content_.size() - 3, 3), 3), content_.substr(content_.size() - 3));
  EXPECT_EQ(pages->pages_read(), 3u);
  pages->read_all();
  EXPECT_EQ(pages->pages_read(), 17u);
  EXPECT_EQ(std::string(pages->bytes(0, content_.size()), content_.size()), content_);
}

TEST_F(IndexPagesTest, AfterManyPagesOnDemandTheRestIsReadInOnePass) {
  const std::uint64_t page_count = IndexPages::kWholeFileAfterPages + 100;
  const std::string content = patterned(page_count * kPage);
  const auto pages = IndexPages::open(write(content));
  for (std::uint64_t page = 0; page < IndexPages::kWholeFileAfterPages; page += 2) pages->bytes(page * kPage, 1);
  EXPECT_EQ(pages->pages_read(), IndexPages::kWholeFileAfterPages / 2);
  for (std::uint64_t page = 1; page < IndexPages::kWholeFileAfterPages; page += 2) pages->bytes(page * kPage, 1);
  EXPECT_EQ(pages->pages_read(), IndexPages::kWholeFileAfterPages);
  // The next lookup reads every page left, and what it reads is the file.
  EXPECT_EQ(std::string(pages->bytes((page_count - 1) * kPage, 20), 20), content.substr((page_count - 1) * kPage, 20));
  EXPECT_EQ(pages->pages_read(), page_count);
  EXPECT_EQ(std::string(pages->bytes(0, content.size()), content.size()), content);
}

TEST_F(IndexPagesTest, StringsEndAtTheirNulAcrossPages) {
  std::string bytes = content_;
  bytes[5 * kPage + 2] = '\0';
  bytes[bytes.size() - 1] = '\0';
  const auto pages = IndexPages::open(write(bytes));
  EXPECT_EQ(pages->string_at(5 * kPage - 3, bytes.size()), bytes.substr(5 * kPage - 3, 5));
  EXPECT_EQ(pages->string_at(5 * kPage + 3, bytes.size()), bytes.substr(5 * kPage + 3, bytes.size() - 5 * kPage - 4));
  EXPECT_EQ(pages->pages_read(), 13u);  // pages 4 to 16, the last
}

TEST_F(IndexPagesTest, TruncatedWhileInUseIsRefusedNotASignal) {
  // A mapping would raise SIGBUS at the first touch of a page past the new end.
  const auto pages = IndexPages::open(write(content_));
  const char* kept = pages->bytes(2 * kPage, 100);
  fs::resize_file(path_, kPage);
  EXPECT_EQ(std::string(kept, 100), content_.substr(2 * kPage, 100));
  EXPECT_EQ(std::string(pages->bytes(2 * kPage, 100), 100), content_.substr(2 * kPage, 100));  // read before
  const std::string reason = refusal(*pages, 9 * kPage, 10);
  EXPECT_NE(reason.find("changed on disk while in use"), std::string::npos) << reason;
  // Even a page the file still holds: it would come from another version.
  EXPECT_NE(refusal(*pages, 0, 10).find("changed on disk"), std::string::npos);
}

TEST_F(IndexPagesTest, RewrittenInPlaceWhileInUseIsRefused) {
  write(content_);
  // Its last change long ago, so the rewrite's time differs whatever the
  // filesystem clock's tick.
  fs::last_write_time(path_, fs::file_time_type::clock::now() - std::chrono::hours(24 * 365));
  const auto pages = IndexPages::open(path_);
  pages->bytes(kPage, 10);
  {
    // The same bytes, same size, in place: only the file's times tell.
    std::fstream rewrite(path_, std::ios::binary | std::ios::in | std::ios::out);
    rewrite.write(content_.data(), static_cast<std::streamsize>(content_.size()));
  }
  EXPECT_EQ(std::string(pages->bytes(kPage, 10), 10), content_.substr(kPage, 10));
  EXPECT_NE(refusal(*pages, 6 * kPage, 10).find("changed on disk while in use"), std::string::npos);
}

TEST_F(IndexPagesTest, ReplacedByRenameIsUnnoticed) {
  // What `incimap gazetteer build` does: the open file keeps its bytes.
  const auto pages = IndexPages::open(write(content_));
  const std::string other = dir_.file("new.bin");
  std::ofstream(other, std::ios::binary) << patterned(100);
  fs::rename(other, path_);
  EXPECT_EQ(std::string(pages->bytes(7 * kPage, 10), 10), content_.substr(7 * kPage, 10));
}

TEST_F(IndexPagesTest, ThreadsReadEachPageOnce) {
  const std::string bytes = patterned(64 * kPage);
  const auto pages = IndexPages::open(write(bytes));
  constexpr int kThreads = 4;
  std::vector<std::thread> threads;
  std::vector<int> wrong(kThreads, 0);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      // Each thread walks the pages in its own order, in runs of 3 pages
      // that overlap the other threads' runs.
      for (std::uint64_t i = 0; i < 64; ++i) {
        const std::uint64_t page = (i * (2 * t + 1) + 5 * t) % 62;
        if (std::string(pages->bytes(page * kPage + 1, 2 * kPage), 2 * kPage) != bytes.substr(page * kPage + 1, 2 * kPage))
          ++wrong[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong, std::vector<int>(kThreads, 0));
  EXPECT_LE(pages->pages_read(), 64u);
}

TEST_F(IndexPagesTest, ACopyHasEveryPageAndNoFile) {
  const auto pages = IndexPages::copy_of(content_, "copy.idx");
  EXPECT_EQ(pages->name(), "copy.idx");
  EXPECT_EQ(std::string(pages->bytes(0, content_.size()), content_.size()), content_);
  EXPECT_EQ(pages->pages_read(), 0u);
}

TEST_F(IndexPagesTest, FolderAndFifoAreRefusedNamingThem) {
  const std::string fifo = dir_.file("pipe.bin");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const std::string folder = dir_.file("folder.idx");
  fs::create_directory(folder);
  for (const std::string& path : {fifo, folder}) {
    try {
      IndexPages::open(path);
      ADD_FAILURE() << path << " was opened";
    } catch (const GazetteerIndexError& e) {
      EXPECT_EQ(e.path(), path);
      EXPECT_NE(e.reason().find("not a regular file"), std::string::npos) << e.reason();
    }
  }
}

}  // namespace
}  // namespace incimap::geo
