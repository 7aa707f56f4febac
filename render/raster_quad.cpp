#include "render/raster_quad.hpp"

namespace incimap::render {

RasterQuad::RasterQuad(const WarpedRaster& raster)
    : area_(raster.area), texture_(make_texture()), vertex_array_(make_vertex_array()), corners_(make_buffer()) {
  glBindTexture(GL_TEXTURE_2D, texture_.get().id);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, raster.image.width, raster.image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
               raster.image.pixels.data());
  glGenerateMipmap(GL_TEXTURE_2D);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);

  // Corners relative to the area's centre, which draw() folds into the
  // matrix: floats stay precise however far the area is from the origin.
  // Image row 0 is the north edge, so v = 0 there.
  const float hw = float(area_.width() / 2), hh = float(area_.height() / 2);
  const float corners[] = {-hw, -hh, 0, 1, hw, -hh, 1, 1, hw, hh, 1, 0,
                           -hw, -hh, 0, 1, hw, hh,  1, 0, -hw, hh, 0, 0};
  glBindVertexArray(vertex_array_.get().id);
  glBindBuffer(GL_ARRAY_BUFFER, corners_.get().id);
  glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), nullptr);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), reinterpret_cast<void*>(2 * sizeof(float)));
  glBindVertexArray(0);
}

void RasterQuad::draw(const ShaderProgram& program, const Camera& camera) const {
  const auto matrix = camera.map_to_clip(area_.centre());
  glUniformMatrix3fv(program.uniform("u_map_to_clip"), 1, GL_FALSE, matrix.data());
  glUniform1i(program.uniform("u_image"), 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, texture_.get().id);
  glBindVertexArray(vertex_array_.get().id);
  glDrawArrays(GL_TRIANGLES, 0, 6);
  glBindVertexArray(0);
}

}  // namespace incimap::render
