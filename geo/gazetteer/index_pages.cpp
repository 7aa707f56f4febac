#include "geo/gazetteer/index_pages.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <cstring>
#include <new>

#include "geo/gazetteer/index_error.hpp"

namespace incimap::geo {
namespace {

std::string io_error(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

bool same_time(const timespec& a, const timespec& b) { return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec; }

// What a reader can see of a change to the file's bytes through its
// descriptor. Not the ctime: renaming a new index over this one (what
// `gazetteer build` does) changes it, and leaves these bytes as they were.
bool unchanged(const struct stat& then, const struct stat& now) {
  return then.st_size == now.st_size && same_time(then.st_mtim, now.st_mtim);
}

}  // namespace

IndexPages::IndexPages(std::string name, int fd, const struct stat& identity)
    : name_(std::move(name)), fd_(fd), identity_(identity), size_(static_cast<std::uint64_t>(identity.st_size)) {
  page_count_ = (size_ + kPageBytes - 1) / kPageBytes;
  // Anonymous memory costs nothing until a page is written: an index
  // read on demand takes only what it read.
  void* memory = ::mmap(nullptr, std::max<std::uint64_t>(page_count_, 1) * kPageBytes, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (memory == MAP_FAILED) {
    if (fd_ >= 0) ::close(fd_);
    throw std::bad_alloc();
  }
  memory_ = static_cast<char*>(memory);
  states_ = std::make_unique<std::atomic<std::uint8_t>[]>(page_count_);  // value-initialised: kAbsent
}

IndexPages::~IndexPages() {
  ::munmap(memory_, std::max<std::uint64_t>(page_count_, 1) * kPageBytes);
  if (fd_ >= 0) ::close(fd_);
}

std::unique_ptr<IndexPages> IndexPages::open(const std::string& path) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    throw GazetteerIndexError(path, io_error("cannot open gazetteer index") +
                               " (build it with 'incimap gazetteer build' or scripts/setup.sh)");
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const std::string reason = io_error("cannot read gazetteer index");
    ::close(fd);
    throw GazetteerIndexError(path, reason);
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    throw GazetteerIndexError(path, "not a gazetteer index (not a regular file: a FIFO, device or folder)");
  }
  return std::unique_ptr<IndexPages>(new IndexPages(path, fd, st));
}

std::unique_ptr<IndexPages> IndexPages::copy_of(std::string_view bytes, const std::string& name) {
  struct stat st {};
  st.st_size = static_cast<off_t>(bytes.size());
  std::unique_ptr<IndexPages> pages(new IndexPages(name, -1, st));
  std::memcpy(pages->memory_, bytes.data(), bytes.size());
  pages->all_present_.store(true, std::memory_order_release);
  return pages;
}

void IndexPages::read_all() const {
  if (all_present_.load(std::memory_order_acquire)) return;
  // Fault the memory in with one call rather than a fault per page inside
  // each read (7,000 of them for the default index). Only a hint: a kernel
  // older than 5.14 refuses it and the reads fault the pages in as before.
  ::madvise(memory_, std::max<std::uint64_t>(page_count_, 1) * kPageBytes, MADV_POPULATE_WRITE);
  ensure(0, page_count_);
  all_present_.store(true, std::memory_order_release);
}

const char* IndexPages::bytes(std::uint64_t offset, std::uint64_t length) const {
  assert(offset <= size_ && length <= size_ - offset);
  if (length == 0) return memory_ + offset;
  if (pages_read_.load(std::memory_order_relaxed) >= kWholeFileAfterPages) {
    read_all();
  } else {
    ensure(offset / kPageBytes, (offset + length + kPageBytes - 1) / kPageBytes);
  }
  return memory_ + offset;
}

std::string_view IndexPages::string_at(std::uint64_t offset, std::uint64_t end) const {
  assert(offset < end && end <= size_);
  for (std::uint64_t from = offset;;) {
    const std::uint64_t to = std::min((from / kPageBytes + 1) * kPageBytes, end);
    const char* at = bytes(from, to - from);
    if (const void* nul = std::memchr(at, '\0', to - from))
      return {memory_ + offset, static_cast<std::size_t>(static_cast<const char*>(nul) - (memory_ + offset))};
    assert(to < end);
    from = to;
  }
}

void IndexPages::ensure(std::uint64_t first_page, std::uint64_t end_page) const {
  if (all_present_.load(std::memory_order_acquire)) return;
  // Pages this thread claimed and has not read yet: [run_start, page).
  std::uint64_t run_start = first_page;
  bool in_run = false;
  for (std::uint64_t page = first_page; page < end_page; ++page) {
    std::atomic<std::uint8_t>& state = states_[page];
    std::uint8_t seen = state.load(std::memory_order_acquire);
    if (seen == kPresent) {
      if (in_run) read_run(run_start, page);
      in_run = false;
      continue;
    }
    if (seen == kAbsent &&
        state.compare_exchange_strong(seen, kReading, std::memory_order_acq_rel, std::memory_order_acquire)) {
      if (!in_run) run_start = page;
      in_run = true;
      continue;
    }
    // Another thread has it. Read what this one claimed before waiting, so
    // that no thread waits while holding pages another may wait for.
    if (in_run) read_run(run_start, page);
    in_run = false;
    while (seen == kReading) {
      state.wait(kReading, std::memory_order_acquire);
      seen = state.load(std::memory_order_acquire);
    }
    if (seen == kFailed) {
      const std::lock_guard lock(failure_mutex_);
      fail(failure_);
    }
  }
  if (in_run) read_run(run_start, end_page);
}

void IndexPages::read_run(std::uint64_t first, std::uint64_t last) const {
  const std::uint64_t from = first * kPageBytes;
  const std::uint64_t to = std::min(last * kPageBytes, size_);
  std::string failure;
  std::uint64_t done = from;
  while (done < to) {
    const ssize_t got = ::pread(fd_, memory_ + done, to - done, static_cast<off_t>(done));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      failure = io_error("cannot read gazetteer index");
      break;
    }
    if (got == 0) break;  // shorter than at open: the check below says so
    done += static_cast<std::uint64_t>(got);
  }
  // After the read, so that a change made while reading is seen too.
  struct stat now {};
  if (failure.empty() && (::fstat(fd_, &now) != 0 || !unchanged(identity_, now) || done < to)) {
    failure =
        "gazetteer index changed on disk while in use (truncated or rewritten in place; " +
        std::to_string(identity_.st_size) + " bytes at open, " + std::to_string(now.st_size) +
        " now): rerun the command ('incimap gazetteer build' replaces an index by renaming, which is safe)";
  }
  if (!failure.empty()) {
    {
      const std::lock_guard lock(failure_mutex_);
      if (failure_.empty()) failure_ = failure;
    }
    for (std::uint64_t page = first; page < last; ++page) {
      states_[page].store(kFailed, std::memory_order_release);
      states_[page].notify_all();
    }
    fail(failure);
  }
  for (std::uint64_t page = first; page < last; ++page) {
    states_[page].store(kPresent, std::memory_order_release);
    states_[page].notify_all();
  }
  pages_read_.fetch_add(last - first, std::memory_order_relaxed);
}

void IndexPages::fail(const std::string& reason) const { throw GazetteerIndexError(name_, reason); }

}  // namespace incimap::geo
