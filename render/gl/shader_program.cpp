#include "render/gl/shader_program.hpp"

#include <fstream>
#include <sstream>
#include <vector>

#include "render/assets.hpp"

namespace incimap::render {
namespace {

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw GlError(path.string() + ": cannot open shader source");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

GlShader compile_stage(GLenum stage, const std::filesystem::path& path) {
  GlShader shader(GlName(glCreateShader(stage)));
  if (!shader) throw GlError(path.string() + ": OpenGL gave no shader name (is a context current?)");
  const std::string source = read_text_file(path);
  const char* text = source.c_str();
  glShaderSource(shader.get().id, 1, &text, nullptr);
  glCompileShader(shader.get().id);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader.get().id, GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) {
    GLint length = 0;
    glGetShaderiv(shader.get().id, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(std::size_t(std::max(length, 1)));
    glGetShaderInfoLog(shader.get().id, GLsizei(log.size()), nullptr, log.data());
    throw GlError(path.string() + ": shader does not compile: " + log.data());
  }
  return shader;
}

}  // namespace

ShaderProgram::ShaderProgram(const std::filesystem::path& vertex_file, const std::filesystem::path& fragment_file)
    : program_(GlName(glCreateProgram())) {
  if (!program_) throw GlError(vertex_file.string() + ": OpenGL gave no program name (is a context current?)");
  const GlShader vertex = compile_stage(GL_VERTEX_SHADER, vertex_file);
  const GlShader fragment = compile_stage(GL_FRAGMENT_SHADER, fragment_file);
  glAttachShader(program_.get().id, vertex.get().id);
  glAttachShader(program_.get().id, fragment.get().id);
  glLinkProgram(program_.get().id);
  GLint ok = GL_FALSE;
  glGetProgramiv(program_.get().id, GL_LINK_STATUS, &ok);
  if (ok != GL_TRUE) {
    std::vector<char> log(2048);
    glGetProgramInfoLog(program_.get().id, GLsizei(log.size()), nullptr, log.data());
    throw GlError(vertex_file.string() + " + " + fragment_file.filename().string() + ": program does not link: " +
                  log.data());
  }
  glDetachShader(program_.get().id, vertex.get().id);
  glDetachShader(program_.get().id, fragment.get().id);
}

ShaderProgram load_shader_program(const std::string& name) {
  const std::filesystem::path folder = asset_path("shaders");
  return ShaderProgram(folder / (name + ".vert"), folder / (name + ".frag"));
}

}  // namespace incimap::render
