#include "app/cli/interrupt_cleanup.hpp"

#include <pthread.h>
#include <signal.h>

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

// Runs as an ordinary thread, not a signal handler: sigwait() hands the
// signal over synchronously, so removing files (nothing async-signal-safe
// about it) is allowed here.
[[noreturn]] void wait_and_clean(sigset_t set) {
  int signal_number = 0;
  while (sigwait(&set, &signal_number) != 0) {
  }
  for (const auto& dir : geo::StagedOutput::live_staging_dirs()) {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
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
