// Work on several threads, results in order (app/cli/ordered_workers.hpp):
// finish() means every delivery is over, not only handed out.

#include "app/cli/ordered_workers.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace incimap::app {
namespace {

TEST(OrderedWorkers, FinishWaitsUntilTheLastDeliveryIsOver) {
  for (int round = 0; round < 20; ++round) {
    OrderedWorkers workers(2);
    std::atomic<bool> last_done{false};
    workers.submit([]() -> OrderedWorkers::Delivery { return [] {}; });
    workers.submit([&]() -> OrderedWorkers::Delivery {
      return [&] {
        // A delivery still writing when finish() returned would write after
        // the caller committed its output.
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        last_done = true;
      };
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(2));  // both tasks run: only deliveries are left
    workers.finish();
    EXPECT_TRUE(last_done) << "round " << round;
  }
}

}  // namespace
}  // namespace incimap::app
