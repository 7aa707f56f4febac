#pragma once
// Work on several threads, results in the order the work was given.
//
// `-j N` must not change a byte of the output: each task runs on one of N
// workers and returns a delivery (write a line, hand incidents to the
// merger) that one delivery thread runs in submission order, as soon as the
// task and every task before it are done, so a streaming filter's line goes
// out while the reader waits for more input. At most `window` tasks are held
// (queued, running or undelivered), so memory is bounded by the window, not
// by the input.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace incimap::app {

// The cores this process may run on (its CPU affinity), at least 1.
unsigned available_cores() noexcept;

class OrderedWorkers {
 public:
  using Delivery = std::function<void()>;
  using Task = std::function<Delivery()>;

  // threads <= 1 runs each task and its delivery at once, in submit(), on
  // the caller's thread.
  explicit OrderedWorkers(unsigned threads);
  // Stops the threads; tasks not yet delivered are dropped (finish() was
  // not reached: an exception is unwinding past the caller).
  ~OrderedWorkers();
  OrderedWorkers(const OrderedWorkers&) = delete;
  OrderedWorkers& operator=(const OrderedWorkers&) = delete;

  // Queues `task`, waiting while the window is full. Deliveries run one at
  // a time, never concurrently with each other. An exception a task or a
  // delivery threw stops all later deliveries and is rethrown by the next
  // submit() or by finish().
  void submit(Task task);
  // Waits until every queued task is delivered; rethrows a failure.
  void finish();

 private:
  struct Slot {
    Task task;
    Delivery delivery;
    std::exception_ptr error;
    bool done = false;
  };
  void work();
  void deliver();
  void rethrow_failure_locked();

  std::size_t window_;
  std::mutex mutex_;
  std::condition_variable task_ready_;     // workers wait for tasks
  std::condition_variable slot_done_;      // the delivery thread waits for the oldest task
  std::condition_variable slot_released_;  // submit() and finish() wait for room or the end
  std::deque<std::unique_ptr<Slot>> in_order_;  // every undelivered task, oldest first
  std::deque<Slot*> waiting_;                   // tasks no worker has taken yet
  std::exception_ptr failure_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace incimap::app
