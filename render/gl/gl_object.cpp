#include "render/gl/gl_object.hpp"

namespace incimap::render {
namespace {

GLuint checked(GLuint name, const char* what) {
  if (name == 0) throw GlError(std::string("OpenGL gave no ") + what + " name (is a context current?)");
  return name;
}

}  // namespace

GlBuffer make_buffer() {
  GLuint id = 0;
  glGenBuffers(1, &id);
  return GlBuffer(GlName(checked(id, "buffer")));
}

GlVertexArray make_vertex_array() {
  GLuint id = 0;
  glGenVertexArrays(1, &id);
  return GlVertexArray(GlName(checked(id, "vertex array")));
}

GlTexture make_texture() {
  GLuint id = 0;
  glGenTextures(1, &id);
  return GlTexture(GlName(checked(id, "texture")));
}

GlFramebuffer make_framebuffer() {
  GLuint id = 0;
  glGenFramebuffers(1, &id);
  return GlFramebuffer(GlName(checked(id, "framebuffer")));
}

GlRenderbuffer make_renderbuffer() {
  GLuint id = 0;
  glGenRenderbuffers(1, &id);
  return GlRenderbuffer(GlName(checked(id, "renderbuffer")));
}

}  // namespace incimap::render
