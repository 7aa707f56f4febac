#pragma once
// A linked GLSL program built from two shader files in assets/shaders/.

#include <filesystem>
#include <string>

#include "render/gl/gl_object.hpp"

namespace incimap::render {

class ShaderProgram {
 public:
  // Throws GlError naming the file and the compiler's log when a stage fails.
  ShaderProgram(const std::filesystem::path& vertex_file, const std::filesystem::path& fragment_file);

  void use() const { glUseProgram(program_.get().id); }
  // -1 when the program has no such active uniform (GL ignores writes to -1).
  GLint uniform(const char* name) const { return glGetUniformLocation(program_.get().id, name); }

 private:
  GlProgram program_;
};

// Loads "NAME.vert" and "NAME.frag" from the asset folder's shaders/.
ShaderProgram load_shader_program(const std::string& name);

}  // namespace incimap::render
