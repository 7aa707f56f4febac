#pragma once
// The bytes of a gazetteer index file in private memory, read from the file
// a page at a time when a lookup first touches them (or all at once).
//
// Not mapped: a mapping, shared or private, raises SIGBUS on the first touch
// of a page after the file shrinks, and shows a rewrite in place half done.
// pread() returns a short count instead, and a page once read stays as it
// was read. Not read whole either: the default index is about 30 MB, and
// reading it cost three times the start-up budget of `incimap places` on a
// short article, which touches well under a megabyte of it.
//
// A batch touches most of the file in the end, a page and two system calls
// at a time (extract over 7,744 one-sentence documents read 5,947 of its
// 7,355 pages so, 12,000 calls): once kWholeFileAfterPages pages were read
// on demand (a short article reads about 25), the rest is read in one pass.
//
// The file's size and mtime are taken at open and compared after every
// read: a page read after the file was truncated or rewritten in place is
// refused (GazetteerIndexError), so lookups never mix two versions of the
// file. (`incimap gazetteer build` replaces an index by renaming a new file
// over it, which leaves an open index untouched.) A same-size rewrite within
// the filesystem clock's tick of the file's last change before open would go
// unseen; a truncation is seen whatever the clock, by its size.
//
// Thread-safe: each page is read by one thread; others wanting it wait.

#include <sys/stat.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace incimap::geo {

class IndexPages {
 public:
  static constexpr std::uint64_t kPageBytes = 4096;
  static constexpr std::uint64_t kWholeFileAfterPages = 1024;  // 4 MB

  // Opens `path` for reading, nothing read yet. Throws GazetteerIndexError
  // naming it when it cannot be opened or is not a regular file (a FIFO
  // would block).
  static std::unique_ptr<IndexPages> open(const std::string& path);
  // A copy of `bytes`, every page present; `name` stands for the file.
  static std::unique_ptr<IndexPages> copy_of(std::string_view bytes, const std::string& name);

  ~IndexPages();
  IndexPages(const IndexPages&) = delete;
  IndexPages& operator=(const IndexPages&) = delete;

  // Reads every page not read yet, in one pass.
  void read_all() const;

  // [offset, offset + length) once read. Precondition (asserted): inside
  // the file. Throws GazetteerIndexError when a page cannot be read or the
  // file changed since open.
  const char* bytes(std::uint64_t offset, std::uint64_t length) const;
  // `count` Ts at `offset`. Precondition: `offset` is aligned for T and the
  // array lies inside the file (the caller checked the section table).
  template <class T>
  const T* array(std::uint64_t offset, std::uint64_t count) const {
    return reinterpret_cast<const T*>(bytes(offset, count * sizeof(T)));
  }
  // The string that starts at `offset`, up to its NUL. Precondition: a NUL
  // lies in [offset, end) (the byte at end - 1 is one) and end <= size().
  std::string_view string_at(std::uint64_t offset, std::uint64_t end) const;

  // The memory the pages are read into: bytes()'s base, valid where a
  // page was read (a caller that knows it was, having checked what lies
  // there, skips bytes()'s bookkeeping).
  const char* data() const noexcept { return memory_; }
  std::uint64_t size() const noexcept { return size_; }
  const std::string& name() const noexcept { return name_; }
  // How many pages were read from the file so far (benchmarks, tests).
  std::uint64_t pages_read() const noexcept { return pages_read_.load(std::memory_order_relaxed); }

 private:
  IndexPages(std::string name, int fd, const struct stat& identity);

  enum State : std::uint8_t { kAbsent, kReading, kPresent, kFailed };
  // Reads pages [first, last) (claimed by this thread) and marks them.
  void read_run(std::uint64_t first, std::uint64_t last) const;
  [[noreturn]] void fail(const std::string& reason) const;
  void ensure(std::uint64_t first_page, std::uint64_t end_page) const;

  std::string name_;
  int fd_ = -1;  // -1 for a copy, whose pages are all present
  struct stat identity_ {};
  std::uint64_t size_ = 0;
  std::uint64_t page_count_ = 0;
  char* memory_ = nullptr;  // page_count_ pages, anonymous, page aligned
  std::unique_ptr<std::atomic<std::uint8_t>[]> states_;
  mutable std::atomic<bool> all_present_{false};
  mutable std::atomic<std::uint64_t> pages_read_{0};
  mutable std::mutex failure_mutex_;
  mutable std::string failure_;  // the first read's failure, for the threads that wait on it
};

}  // namespace incimap::geo
