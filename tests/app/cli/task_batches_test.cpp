// Articles grouped into worker tasks (app/cli/task_batches.hpp): how many
// tasks, which items share one, and that the results still come out in the
// order the items went in.

#include "app/cli/task_batches.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <algorithm>
#include <stdexcept>
#include <thread>
#include <vector>

namespace incimap::app {
namespace {

constexpr std::size_t kKiB = 1024;
constexpr std::size_t kMiB = 1024 * kKiB;

// Adds items of the given sizes; each delivery appends the item's number to
// `delivered`, and each item notes the thread it ran on.
struct Recorder {
  std::vector<std::size_t> delivered;
  std::vector<std::thread::id> ran_on;

  void add_all(TaskBatches& batches, const std::vector<std::size_t>& sizes) {
    ran_on.resize(sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
      batches.add([this, i]() -> OrderedWorkers::Delivery {
        ran_on[i] = std::this_thread::get_id();
        return [this, i] { delivered.push_back(i); };
      }, sizes[i]);
    }
  }
};

std::vector<std::size_t> numbers(std::size_t n) {
  std::vector<std::size_t> out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = i;
  return out;
}

TEST(TaskBatches, SixtyFourItemsATaskAndResultsInTheOrderGiven) {
  OrderedWorkers workers(2);
  TaskBatches batches(workers, BatchLimits{});
  Recorder recorder;
  recorder.add_all(batches, std::vector<std::size_t>(500, 300));
  batches.flush();
  workers.finish();
  EXPECT_EQ(batches.submitted(), 8u);  // 7 full batches and the 52 left
  EXPECT_EQ(recorder.delivered, numbers(500));
  // A batch runs on one worker: its items share a thread.
  for (std::size_t first = 0; first < 500; first += 64) {
    for (std::size_t i = first; i < std::min<std::size_t>(first + 64, 500); ++i)
      EXPECT_EQ(recorder.ran_on[i], recorder.ran_on[first]) << "item " << i << " left its batch";
  }
}

TEST(TaskBatches, AMebibyteOfTextClosesABatchBeforeSixtyFourItems) {
  OrderedWorkers workers(2);
  TaskBatches batches(workers, BatchLimits{});
  Recorder recorder;
  // 300 KiB each: three make 900 KiB, a fourth would pass 1 MiB.
  recorder.add_all(batches, std::vector<std::size_t>(10, 300 * kKiB));
  batches.flush();
  workers.finish();
  EXPECT_EQ(batches.submitted(), 4u);  // 3 + 3 + 3 + 1
  EXPECT_EQ(recorder.delivered, numbers(10));
}

TEST(TaskBatches, AnItemBiggerThanTheCapIsATaskOfItsOwn) {
  OrderedWorkers workers(2);
  TaskBatches batches(workers, BatchLimits{});
  Recorder recorder;
  recorder.add_all(batches, {100, 100, 3 * kMiB, 100, 100, 100});
  EXPECT_EQ(batches.submitted(), 2u);  // the two small ones, then the big one alone
  batches.flush();
  workers.finish();
  EXPECT_EQ(batches.submitted(), 3u);
  EXPECT_EQ(recorder.delivered, numbers(6));
  EXPECT_NE(recorder.ran_on[2], std::thread::id{});
}

TEST(TaskBatches, FlushHandsOverAPartialBatchAndNothingTwice) {
  OrderedWorkers workers(2);
  TaskBatches batches(workers, BatchLimits{});
  Recorder recorder;
  recorder.add_all(batches, {10, 10, 10});
  EXPECT_EQ(batches.submitted(), 0u);  // held: the batch is not full
  batches.flush();
  batches.flush();  // nothing held: no empty task
  EXPECT_EQ(batches.submitted(), 1u);
  workers.finish();
  EXPECT_EQ(recorder.delivered, numbers(3));
}

TEST(TaskBatches, AfterBatchRunsOnceABatchAfterItsDeliveries) {
  OrderedWorkers workers(2);
  Recorder recorder;
  std::vector<std::size_t> delivered_at_each;  // how many items were out at each call
  TaskBatches batches(workers, BatchLimits{}, [&] { delivered_at_each.push_back(recorder.delivered.size()); });
  recorder.add_all(batches, std::vector<std::size_t>(150, 10));
  batches.flush();
  workers.finish();
  EXPECT_EQ(delivered_at_each, (std::vector<std::size_t>{64, 128, 150}));
}

TEST(TaskBatches, AFailingItemDeliversTheItemsBeforeItAndStopsTheRest) {
  OrderedWorkers workers(2);
  TaskBatches batches(workers, BatchLimits{});
  std::vector<int> delivered;
  // The failure is rethrown by finish(), or by an add() that comes after it.
  const auto run = [&] {
    for (int i = 0; i < 200; ++i) {
      batches.add([i, &delivered]() -> OrderedWorkers::Delivery {
        if (i == 70) throw std::runtime_error("item 70 failed");
        return [i, &delivered] { delivered.push_back(i); };
      }, 10);
    }
    batches.flush();
    workers.finish();
  };
  EXPECT_THROW(run(), std::runtime_error);
  std::vector<int> expected(70);
  for (int i = 0; i < 70; ++i) expected[static_cast<std::size_t>(i)] = i;
  EXPECT_EQ(delivered, expected);
}

TEST(TaskBatches, OneThreadRunsEachItemAtOnceWithLimitsOfOne) {
  OrderedWorkers workers(1);
  TaskBatches batches(workers, BatchLimits{1, 1});
  Recorder recorder;
  recorder.add_all(batches, {10, 5 * kMiB, 0});
  EXPECT_EQ(batches.submitted(), 3u);
  EXPECT_EQ(recorder.delivered, numbers(3));  // delivered before flush() or finish()
}

}  // namespace
}  // namespace incimap::app
