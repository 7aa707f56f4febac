#pragma once
// An OpenGL 3.3 core context with no window and no display server: EGL on
// Mesa's surfaceless platform (llvmpipe when there is no GPU). It is current
// on the constructing thread for its whole life. One at a time per process:
// it terminates the EGL display it used when it goes.

#include <memory>
#include <stdexcept>
#include <string>

namespace incimap::render {

class OffscreenUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct EglDisplayTerminator {
  void operator()(void* display) const noexcept;
};
struct EglContextDestroyer {
  void* display = nullptr;
  void operator()(void* context) const noexcept;
};

class OffscreenContext {
 public:
  // Throws OffscreenUnavailable saying which EGL step failed.
  OffscreenContext();
  ~OffscreenContext();
  OffscreenContext(const OffscreenContext&) = delete;
  OffscreenContext& operator=(const OffscreenContext&) = delete;

  const std::string& renderer() const noexcept { return renderer_; }  // e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"

 private:
  std::unique_ptr<void, EglDisplayTerminator> display_;
  std::unique_ptr<void, EglContextDestroyer> context_;
  std::string renderer_;
};

}  // namespace incimap::render
