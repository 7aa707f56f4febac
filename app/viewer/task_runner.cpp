#include "app/viewer/task_runner.hpp"

namespace incimap::app {

void TaskProgress::report(float fraction, std::string note) {
  fraction_.store(fraction);
  const std::lock_guard lock(mutex_);
  note_ = std::move(note);
}

std::string TaskProgress::note() const {
  const std::lock_guard lock(mutex_);
  return note_;
}

TaskRunner::TaskRunner(std::function<void()> wake, ErrorSink on_error)
    : wake_(std::move(wake)), on_error_(std::move(on_error)), worker_([this](std::stop_token stop) { work(stop); }) {}

TaskRunner::~TaskRunner() {
  worker_.request_stop();
  wake_worker_.notify_all();
  worker_.join();
}

void TaskRunner::submit(std::string label, Job job) {
  {
    const std::lock_guard lock(mutex_);
    queue_.push_back({std::move(label), std::move(job)});
  }
  wake_worker_.notify_one();
}

std::size_t TaskRunner::run_completions() {
  std::deque<Completion> ready;
  {
    const std::lock_guard lock(mutex_);
    ready.swap(done_);
  }
  for (Completion& completion : ready) {
    if (completion) completion();
  }
  return ready.size();
}

bool TaskRunner::busy() const {
  const std::lock_guard lock(mutex_);
  return running_ || !queue_.empty() || !done_.empty();
}

std::optional<TaskRunner::Status> TaskRunner::status() const {
  const std::lock_guard lock(mutex_);
  if (!running_) return std::nullopt;
  return Status{*running_, progress_.fraction(), progress_.note(), queue_.size()};
}

void TaskRunner::work(std::stop_token stop) {
  while (true) {
    Entry entry;
    {
      std::unique_lock lock(mutex_);
      if (!wake_worker_.wait(lock, stop, [this] { return !queue_.empty(); })) return;
      entry = std::move(queue_.front());
      queue_.pop_front();
      running_ = entry.label;
      progress_.report(-1.0f);
    }
    Completion completion;
    try {
      completion = entry.job(progress_);
    } catch (const std::exception& e) {
      completion = [this, label = entry.label, message = std::string(e.what())] { on_error_(label, message); };
    }
    {
      const std::lock_guard lock(mutex_);
      done_.push_back(std::move(completion));
      running_.reset();
    }
    if (wake_) wake_();
  }
}

}  // namespace incimap::app
