#pragma once
// Articles grouped into worker tasks, so that -j N pays a hand-over per
// batch, not per article.
//
// One task an article cost `places -j 2` tens of thousands of context
// switches (a worker woke, parsed one short article, woke the delivery
// thread, slept) and held its speed-up near 1.5x. A batch runs its items
// one after the other on one worker and delivers their results in the
// order they were added, so the output is that of one task an item. A
// batch closes at `items` items or `bytes` bytes, whichever comes first; an
// item that would take a batch past `bytes` starts a new one, so a long
// article is a task of its own. With OrderedWorkers' window of batches,
// the memory held is bounded by the window times the batch.

#include <cstddef>
#include <functional>
#include <vector>

#include "app/cli/ordered_workers.hpp"

namespace incimap::app {

struct BatchLimits {
  std::size_t items = 64;
  std::size_t bytes = std::size_t{1} << 20;
};

class TaskBatches {
 public:
  // `workers` must outlive this. Limits of 0 are taken as 1. `after_batch`,
  // when given, runs after each batch's deliveries, on the delivery thread:
  // one flush of the output a batch rather than one write(2) an article.
  TaskBatches(OrderedWorkers& workers, BatchLimits limits, std::function<void()> after_batch = {});
  TaskBatches(const TaskBatches&) = delete;
  TaskBatches& operator=(const TaskBatches&) = delete;

  // Holds `item` (of `bytes` bytes of input) for the current batch, and
  // submits the batch once it is full; may wait for room in the window and
  // rethrows a failure as OrderedWorkers::submit does. An item that throws
  // ends its batch: the items before it are delivered, then the exception
  // goes where a task's would.
  void add(OrderedWorkers::Task item, std::size_t bytes);
  // Submits what is held (a partial batch): before the reader waits for
  // input, so that nothing read waits with it, and at the end.
  void flush();
  std::size_t submitted() const noexcept { return submitted_; }  // batches handed to the workers

 private:
  OrderedWorkers& workers_;
  BatchLimits limits_;
  std::function<void()> after_batch_;
  std::vector<OrderedWorkers::Task> held_;
  std::size_t held_bytes_ = 0;
  std::size_t submitted_ = 0;
};

}  // namespace incimap::app
