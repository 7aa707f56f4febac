// main's last boundary: whatever a command throws ends the process with
// exit 3 and a message naming the command, not std::terminate.

#include "app/cli/guarded_run.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "app/commands.hpp"

namespace incimap::app {
namespace {

int throws_runtime_error(int, char**) { throw std::runtime_error("index section 'names' is damaged"); }
int throws_a_number(int, char**) { throw 42; }
int finds_some_inputs_bad(int, char**) { return kExitSomeInputsFailed; }

TEST(GuardedRun, AnExceptionNoCommandHandledIsExitThreeWithTheCommandAndTheReason) {
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(run_guarded("places", throws_runtime_error, 0, nullptr), kExitFatal);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "incimap places: fatal: index section 'names' is damaged\n");
}

TEST(GuardedRun, AThrownNonExceptionIsAnUnknownFatalError) {
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(run_guarded("extract", throws_a_number, 0, nullptr), kExitFatal);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "incimap extract: fatal: unknown error\n");
}

TEST(GuardedRun, ACommandsOwnStatusPassesThrough) {
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(run_guarded("ingest", finds_some_inputs_bad, 0, nullptr), kExitSomeInputsFailed);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
}

}  // namespace
}  // namespace incimap::app
