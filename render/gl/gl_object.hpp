#pragma once
// GL object names owned by std::unique_ptr: each is deleted with the
// matching glDelete* when its owner goes. Every owner must be destroyed while
// the context that created it is current.

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>

#include "render/gl/gl.hpp"

namespace incimap::render {

class GlError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A GL object name shaped as a NullablePointer so unique_ptr can hold it.
struct GlName {
  GLuint id = 0;
  GlName() = default;
  GlName(std::nullptr_t) noexcept {}
  explicit GlName(GLuint name) noexcept : id(name) {}
  explicit operator bool() const noexcept { return id != 0; }
  friend bool operator==(GlName, GlName) = default;
  friend bool operator==(GlName a, std::nullptr_t) noexcept { return a.id == 0; }
};

template <void (*Delete)(GLuint)>
struct GlNameDeleter {
  using pointer = GlName;
  void operator()(GlName name) const noexcept { Delete(name.id); }
};

namespace gl_delete {
inline void buffer(GLuint id) { glDeleteBuffers(1, &id); }
inline void vertex_array(GLuint id) { glDeleteVertexArrays(1, &id); }
inline void texture(GLuint id) { glDeleteTextures(1, &id); }
inline void framebuffer(GLuint id) { glDeleteFramebuffers(1, &id); }
inline void renderbuffer(GLuint id) { glDeleteRenderbuffers(1, &id); }
inline void shader(GLuint id) { glDeleteShader(id); }
inline void program(GLuint id) { glDeleteProgram(id); }
}  // namespace gl_delete

using GlBuffer = std::unique_ptr<GlName, GlNameDeleter<gl_delete::buffer>>;
using GlVertexArray = std::unique_ptr<GlName, GlNameDeleter<gl_delete::vertex_array>>;
using GlTexture = std::unique_ptr<GlName, GlNameDeleter<gl_delete::texture>>;
using GlFramebuffer = std::unique_ptr<GlName, GlNameDeleter<gl_delete::framebuffer>>;
using GlRenderbuffer = std::unique_ptr<GlName, GlNameDeleter<gl_delete::renderbuffer>>;
using GlShader = std::unique_ptr<GlName, GlNameDeleter<gl_delete::shader>>;
using GlProgram = std::unique_ptr<GlName, GlNameDeleter<gl_delete::program>>;

// Each throws GlError when the context hands out no name (no current context).
GlBuffer make_buffer();
GlVertexArray make_vertex_array();
GlTexture make_texture();
GlFramebuffer make_framebuffer();
GlRenderbuffer make_renderbuffer();

}  // namespace incimap::render
