#pragma once
// Runs the built `incimap` binary the way a user does, with stdin, stdout and
// stderr on pipes, for the CLI tests.

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace incimap::app::testing {

// The exit codes `incimap --help` documents, written out here rather than
// taken from app/commands.hpp, so that a changed code breaks the tests.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeInputsFailed = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitFatal = 3;

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `incimap ARGS...`, feeds `input` to stdin and waits (30 s at most: a
// hang is a test failure, not a stuck CI job).
Outcome run_incimap(const std::vector<std::string>& args, std::string_view input = {});

// A running `incimap` for streaming tests: lines in, lines out.
class RunningIncimap {
 public:
  explicit RunningIncimap(const std::vector<std::string>& args);
  ~RunningIncimap();
  RunningIncimap(const RunningIncimap&) = delete;
  RunningIncimap& operator=(const RunningIncimap&) = delete;

  // Writes `line` without closing stdin and waits for the next line on stdout.
  std::optional<std::string> send_and_read_line(std::string_view line);
  // Writes `input`, closes stdin and collects everything until the exit.
  Outcome communicate(std::string_view input);
  Outcome finish() { return communicate({}); }
  // Sends `signal_number` to the process (kill(2)).
  void send_signal(int signal_number);

 private:
  class Child;
  std::unique_ptr<Child> child_;
};

std::vector<std::string> lines_of(const std::string& text);
std::vector<nlohmann::json> json_lines(const std::string& text);

}  // namespace incimap::app::testing
