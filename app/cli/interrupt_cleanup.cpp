#include "app/cli/interrupt_cleanup.hpp"

#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <thread>

#include "geo/export/staged_output.hpp"

namespace incimap::app {
namespace {

sigset_t interrupt_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  return set;
}

// The other threads run on while this one cleans: one may create a file in
// the folder (the staging owner note, the output) after remove_all listed
// it, which then fails with the folder not empty. Try again for a while.
void remove_while_written_to(const std::filesystem::path& dir) {
  constexpr int kAttempts = 200;  // 1 ms apart
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    if (!std::filesystem::exists(std::filesystem::symlink_status(dir, ec))) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

// Runs as an ordinary thread, not a signal handler: sigwait() hands the
// signal over synchronously, so removing files (nothing async-signal-safe
// about it) is allowed here.
[[noreturn]] void wait_and_clean(sigset_t set) {
  int signal_number = 0;
  while (sigwait(&set, &signal_number) != 0) {
  }
  for (const auto& dir : geo::StagedOutput::live_staging_dirs()) remove_while_written_to(dir);
  // Die of the signal, so the parent sees the usual status (130 for Ctrl-C).
  ::signal(signal_number, SIG_DFL);
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, signal_number);
  ::pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
  ::raise(signal_number);
  std::_Exit(128 + signal_number);
}

}  // namespace

void install_interrupt_cleanup() {
  const sigset_t set = interrupt_signals();
  if (::pthread_sigmask(SIG_BLOCK, &set, nullptr) != 0) return;  // no cleanup, but the default behaviour stays
  std::thread(wait_and_clean, set).detach();
}

}  // namespace incimap::app
