#pragma once
// Long work off the frame loop: jobs run one after another on a worker
// thread; what each produces comes back as a completion that the frame loop
// runs on its own thread, so the model is only ever touched there.

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace incimap::app {

// Written by the job, read by the frame loop for the progress bar.
class TaskProgress {
 public:
  // fraction in 0..1, or negative when the amount of work is unknown.
  void report(float fraction, std::string note = {});
  float fraction() const noexcept { return fraction_.load(); }
  std::string note() const;

 private:
  std::atomic<float> fraction_{-1.0f};
  mutable std::mutex mutex_;
  std::string note_;
};

class TaskRunner {
 public:
  using Completion = std::function<void()>;
  using Job = std::function<Completion(TaskProgress&)>;
  using ErrorSink = std::function<void(const std::string& task, const std::string& message)>;

  // `wake` is called from the worker when a completion is ready (it posts an
  // empty event so an idle frame loop wakes up); `on_error` runs on the frame
  // loop's thread for a job that threw.
  TaskRunner(std::function<void()> wake, ErrorSink on_error);
  // Finishes the running job; queued ones and pending completions are dropped.
  ~TaskRunner();
  TaskRunner(const TaskRunner&) = delete;
  TaskRunner& operator=(const TaskRunner&) = delete;

  void submit(std::string label, Job job);
  // Runs the completions of finished jobs, in submission order, on the
  // calling thread. Returns how many ran.
  std::size_t run_completions();
  // A job is queued or running, or a completion waits to be run.
  bool busy() const;

  struct Status {
    std::string label;
    float fraction = -1;
    std::string note;
    std::size_t queued = 0;
  };
  // The running job, if any.
  std::optional<Status> status() const;

 private:
  struct Entry {
    std::string label;
    Job job;
  };
  void work(std::stop_token stop);

  std::function<void()> wake_;
  ErrorSink on_error_;
  mutable std::mutex mutex_;
  std::condition_variable_any wake_worker_;
  std::deque<Entry> queue_;
  std::deque<Completion> done_;
  std::optional<std::string> running_;
  TaskProgress progress_;
  std::jthread worker_;  // last: it starts after, and stops before, everything above
};

}  // namespace incimap::app
