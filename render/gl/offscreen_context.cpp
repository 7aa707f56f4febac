#include "render/gl/offscreen_context.hpp"

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <cstdio>

#include "render/gl/gl.hpp"

namespace incimap::render {
namespace {

std::string egl_failure(const char* step) {
  char code[16];
  std::snprintf(code, sizeof code, "0x%04x", unsigned(eglGetError()));
  return std::string("offscreen OpenGL unavailable: ") + step + " failed (EGL error " + code + ")";
}

EGLDisplay surfaceless_display() {
  const auto get_platform_display =
      reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (!get_platform_display) return EGL_NO_DISPLAY;
  return get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
}

}  // namespace

void EglDisplayTerminator::operator()(void* display) const noexcept {
  eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  eglTerminate(display);
  eglReleaseThread();
}

void EglContextDestroyer::operator()(void* context) const noexcept {
  eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  eglDestroyContext(display, context);
}

OffscreenContext::OffscreenContext() {
  EGLDisplay display = surfaceless_display();
  if (display == EGL_NO_DISPLAY) throw OffscreenUnavailable(egl_failure("eglGetPlatformDisplay(surfaceless)"));
  EGLint major = 0, minor = 0;
  if (!eglInitialize(display, &major, &minor)) throw OffscreenUnavailable(egl_failure("eglInitialize"));
  display_.reset(display);
  if (!eglBindAPI(EGL_OPENGL_API)) throw OffscreenUnavailable(egl_failure("eglBindAPI(OpenGL)"));
  const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION,
                               3,
                               EGL_CONTEXT_MINOR_VERSION,
                               3,
                               EGL_CONTEXT_OPENGL_PROFILE_MASK,
                               EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                               EGL_NONE};
  EGLContext context = eglCreateContext(display, EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, attributes);
  if (context == EGL_NO_CONTEXT) throw OffscreenUnavailable(egl_failure("eglCreateContext(OpenGL 3.3 core)"));
  context_ = std::unique_ptr<void, EglContextDestroyer>(context, EglContextDestroyer{display});
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
    throw OffscreenUnavailable(egl_failure("eglMakeCurrent(surfaceless)"));
  }
  if (const auto* name = glGetString(GL_RENDERER)) renderer_ = reinterpret_cast<const char*>(name);
}

OffscreenContext::~OffscreenContext() = default;

}  // namespace incimap::render
