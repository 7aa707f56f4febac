#include "app/cli/ordered_workers.hpp"

#include <sched.h>

#include <utility>

namespace incimap::app {

unsigned available_cores() noexcept {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return static_cast<unsigned>(CPU_COUNT(&set));
  const unsigned online = std::thread::hardware_concurrency();
  return online > 0 ? online : 1;
}

// Four tasks a worker keep every worker busy while deliveries run, and hold
// only a few tasks (batches of articles, app/cli/task_batches.hpp) a thread.
OrderedWorkers::OrderedWorkers(unsigned threads) : window_(threads > 1 ? 4 * std::size_t{threads} : 1) {
  if (threads <= 1) return;
  threads_.reserve(threads + 1);
  for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { work(); });
  threads_.emplace_back([this] { deliver(); });
}

OrderedWorkers::~OrderedWorkers() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  task_ready_.notify_all();
  slot_done_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void OrderedWorkers::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    task_ready_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
    if (stopping_) return;
    Slot* slot = waiting_.front();
    waiting_.pop_front();
    lock.unlock();
    try {
      slot->delivery = slot->task();
    } catch (...) {
      slot->error = std::current_exception();
    }
    slot->task = nullptr;  // what it captured (an article's text) is not needed any more
    lock.lock();
    slot->done = true;
    slot_done_.notify_one();
  }
}

void OrderedWorkers::deliver() {
  std::unique_lock lock(mutex_);
  for (;;) {
    slot_done_.wait(lock, [this] { return stopping_ || (!in_order_.empty() && in_order_.front()->done); });
    if (stopping_) return;
    // The slot stays in in_order_ until its delivery is over: finish()
    // returns once in_order_ is empty, and must not while the last delivery
    // still writes. (A slot's address is stable: the deque holds pointers.)
    Slot* slot = in_order_.front().get();
    lock.unlock();
    std::exception_ptr error = slot->error;
    if (!error && slot->delivery) {
      try {
        slot->delivery();
      } catch (...) {
        error = std::current_exception();
      }
    }
    slot->delivery = nullptr;  // what it captured goes outside the lock
    lock.lock();
    in_order_.pop_front();
    if (error) {
      // Nothing after a failed delivery may be delivered: the output it
      // would go to is broken, or the caller is about to give up. Tasks not
      // started are dropped; the ones running finish and are never
      // delivered (their slots go when the workers are stopped).
      failure_ = error;
      waiting_.clear();
      slot_released_.notify_all();
      slot_done_.wait(lock, [this] { return stopping_; });
      return;
    }
    slot_released_.notify_all();
  }
}

void OrderedWorkers::rethrow_failure_locked() {
  if (failure_) std::rethrow_exception(failure_);
}

void OrderedWorkers::submit(Task task) {
  if (threads_.empty()) {
    const Delivery delivery = task();
    if (delivery) delivery();
    return;
  }
  {
    std::unique_lock lock(mutex_);
    slot_released_.wait(lock, [this] { return failure_ || in_order_.size() < window_; });
    rethrow_failure_locked();
    in_order_.push_back(std::make_unique<Slot>());
    in_order_.back()->task = std::move(task);
    waiting_.push_back(in_order_.back().get());
  }
  task_ready_.notify_one();
}

void OrderedWorkers::finish() {
  if (threads_.empty()) return;
  std::unique_lock lock(mutex_);
  slot_released_.wait(lock, [this] { return failure_ || in_order_.empty(); });
  rethrow_failure_locked();
}

}  // namespace incimap::app
