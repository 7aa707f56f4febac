#include "app/cli/task_batches.hpp"

#include <algorithm>
#include <exception>
#include <memory>
#include <utility>

namespace incimap::app {
namespace {

// Runs a batch's items on the worker; the delivery runs their deliveries
// in order and then rethrows the failure of the item that ended the batch.
// `after_batch` is a copy: a delivery may outlive the TaskBatches when an
// exception unwinds past both.
OrderedWorkers::Delivery run_batch(std::vector<OrderedWorkers::Task>& items, std::function<void()> after_batch) {
  auto deliveries = std::make_shared<std::vector<OrderedWorkers::Delivery>>();
  deliveries->reserve(items.size());
  std::exception_ptr failure;
  for (OrderedWorkers::Task& item : items) {
    try {
      deliveries->push_back(item());
    } catch (...) {
      failure = std::current_exception();
      break;
    }
    item = nullptr;  // what it captured (an article's text) is not needed any more
  }
  items.clear();
  return [deliveries, failure, after_batch = std::move(after_batch)] {
    for (OrderedWorkers::Delivery& delivery : *deliveries) {
      if (delivery) delivery();
      delivery = nullptr;
    }
    if (after_batch) after_batch();
    if (failure) std::rethrow_exception(failure);
  };
}

}  // namespace

TaskBatches::TaskBatches(OrderedWorkers& workers, BatchLimits limits, std::function<void()> after_batch)
    : workers_(workers),
      limits_{std::max<std::size_t>(limits.items, 1), std::max<std::size_t>(limits.bytes, 1)},
      after_batch_(std::move(after_batch)) {}

void TaskBatches::add(OrderedWorkers::Task item, std::size_t bytes) {
  if (!held_.empty() && bytes > limits_.bytes - std::min(held_bytes_, limits_.bytes)) flush();
  held_.push_back(std::move(item));
  held_bytes_ += bytes;
  if (held_.size() >= limits_.items || held_bytes_ >= limits_.bytes) flush();
}

void TaskBatches::flush() {
  if (held_.empty()) return;
  // The batch is moved out before submit(), which may throw: a failure
  // leaves nothing held that a later flush() would hand over.
  auto batch = std::make_shared<std::vector<OrderedWorkers::Task>>(std::move(held_));
  held_ = {};
  held_bytes_ = 0;
  ++submitted_;
  // A copy of the hook, taken here: the worker must not reach back into
  // this object, which an exception may unwind before the workers stop.
  workers_.submit([batch, after_batch = after_batch_] { return run_batch(*batch, after_batch); });
}

}  // namespace incimap::app
