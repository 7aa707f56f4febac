#include "incimap_process.hpp"

#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <climits>
#include <system_error>

extern char** environ;

namespace incimap::app::testing {
namespace {

#if defined(__SANITIZE_ADDRESS__)
#define INCIMAP_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define INCIMAP_UNDER_ASAN 1
#endif
#endif

// The binary must answer within this; a hang is a failure, not a stuck CI job.
// The sanitized build (scripts/sanitize.sh) runs 5-15 times slower (extract
// of ScaleCli's 1 MiB article: 0.8 s -> 12 s, more beside the viewer tests
// on 2 cores), so it waits four times as long.
#ifdef INCIMAP_UNDER_ASAN
constexpr int kTimeoutMs = 120'000;
#else
constexpr int kTimeoutMs = 30'000;
#endif


// Both ends of a pipe, closed on destruction.
class Pipe {
 public:
  Pipe() {
    if (::pipe(fds_.data()) != 0) throw std::system_error(errno, std::generic_category(), "pipe");
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  int read_end() const noexcept { return fds_[0]; }
  int write_end() const noexcept { return fds_[1]; }
  void close_read() noexcept { close_fd(fds_[0]); }
  void close_write() noexcept { close_fd(fds_[1]); }

 private:
  static void close_fd(int& fd) noexcept {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  std::array<int, 2> fds_{-1, -1};
};

struct SpawnActions {
  SpawnActions() { posix_spawn_file_actions_init(&actions); }
  ~SpawnActions() { posix_spawn_file_actions_destroy(&actions); }
  SpawnActions(const SpawnActions&) = delete;
  SpawnActions& operator=(const SpawnActions&) = delete;
  posix_spawn_file_actions_t actions;
};

using Clock = std::chrono::steady_clock;


}  // namespace

// A running `incimap` with its stdin, stdout and stderr on pipes.
class RunningIncimap::Child {
 public:
  explicit Child(const std::vector<std::string>& args) {
    SpawnActions spawn;
    posix_spawn_file_actions_adddup2(&spawn.actions, in_.read_end(), STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&spawn.actions, out_.write_end(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&spawn.actions, err_.write_end(), STDERR_FILENO);
    for (const Pipe* pipe : {&in_, &out_, &err_}) {
      posix_spawn_file_actions_addclose(&spawn.actions, pipe->read_end());
      posix_spawn_file_actions_addclose(&spawn.actions, pipe->write_end());
    }
    std::vector<std::string> storage{INCIMAP_BIN};
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : storage) argv.push_back(arg.data());
    argv.push_back(nullptr);
    // A child that stops reading stdin early must not kill the test with SIGPIPE.
    ::signal(SIGPIPE, SIG_IGN);
    const int spawned = posix_spawn(&pid_, INCIMAP_BIN, &spawn.actions, nullptr, argv.data(), environ);
    if (spawned != 0) throw std::system_error(spawned, std::generic_category(), "posix_spawn " INCIMAP_BIN);
    in_.close_read();
    out_.close_write();
    err_.close_write();
  }
  ~Child() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  void send_signal(int signal_number) const { ::kill(pid_, signal_number); }

  // Feeds `input` to stdin, closes it, and collects everything until the
  // child exits, draining stdout and stderr all along so no pipe fills up.
  Outcome communicate(std::string_view input) {
    input_ = input;
    written_ = 0;
    const auto deadline = Clock::now() + std::chrono::milliseconds(kTimeoutMs);
    while (out_.read_end() >= 0 || err_.read_end() >= 0) {
      if (written_ >= input_.size()) in_.close_write();
      if (!pump(deadline)) break;
    }
    const bool finished = out_.read_end() < 0 && err_.read_end() < 0;
    if (!finished) {
      ADD_FAILURE() << "incimap did not finish within " << kTimeoutMs << " ms";
      ::kill(pid_, SIGKILL);
    }
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = 0;
    outcome_.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return outcome_;
  }

  // Writes `line` without closing stdin and waits for the next complete line
  // on stdout; nothing when none comes within the timeout.
  std::optional<std::string> send_and_read_line(std::string_view line) {
    input_ = line;
    written_ = 0;
    const auto deadline = Clock::now() + std::chrono::milliseconds(kTimeoutMs);
    while (outcome_.out.find('\n', consumed_) == std::string::npos) {
      if (out_.read_end() < 0 || !pump(deadline)) return std::nullopt;
    }
    const std::size_t end = outcome_.out.find('\n', consumed_);
    std::string result = outcome_.out.substr(consumed_, end - consumed_);
    consumed_ = end + 1;
    return result;
  }

 private:
  // One round of poll: writes pending input, reads what is there. False on timeout.
  bool pump(Clock::time_point deadline) {
    const bool writing = written_ < input_.size() && in_.write_end() >= 0;
    std::array<pollfd, 3> fds{{{out_.read_end(), POLLIN, 0},
                               {err_.read_end(), POLLIN, 0},
                               {writing ? in_.write_end() : -1, POLLOUT, 0}}};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0 || ::poll(fds.data(), fds.size(), static_cast<int>(left.count())) <= 0) return false;
    if (fds[2].revents != 0) write_some_input();
    read_some(out_, fds[0].revents, outcome_.out);
    read_some(err_, fds[1].revents, outcome_.err);
    return true;
  }

  void write_some_input() {
    // At most PIPE_BUF bytes: POLLOUT promises that much room, so the write never blocks.
    const std::size_t chunk = std::min<std::size_t>(PIPE_BUF, input_.size() - written_);
    const ssize_t n = ::write(in_.write_end(), input_.data() + written_, chunk);
    written_ = n > 0 ? written_ + static_cast<std::size_t>(n) : input_.size();
  }

  static void read_some(Pipe& pipe, short revents, std::string& text) {
    if (revents == 0) return;
    std::array<char, 65536> buffer;
    const ssize_t n = ::read(pipe.read_end(), buffer.data(), buffer.size());
    if (n > 0) text.append(buffer.data(), static_cast<std::size_t>(n));
    else pipe.close_read();
  }

  Pipe in_, out_, err_;
  pid_t pid_ = 0;
  std::string_view input_;
  std::size_t written_ = 0;
  std::size_t consumed_ = 0;  // stdout bytes already returned by send_and_read_line
  Outcome outcome_;
};

Outcome run_incimap(const std::vector<std::string>& args, std::string_view input) {
  return RunningIncimap(args).communicate(input);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    lines.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return lines;
}

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> articles;
  for (const std::string& line : lines_of(text)) articles.push_back(nlohmann::json::parse(line));
  return articles;
}

RunningIncimap::RunningIncimap(const std::vector<std::string>& args) : child_(std::make_unique<Child>(args)) {}
RunningIncimap::~RunningIncimap() = default;
std::optional<std::string> RunningIncimap::send_and_read_line(std::string_view line) {
  return child_->send_and_read_line(line);
}
Outcome RunningIncimap::communicate(std::string_view input) { return child_->communicate(input); }
void RunningIncimap::send_signal(int signal_number) { child_->send_signal(signal_number); }

}  // namespace incimap::app::testing
