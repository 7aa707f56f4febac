#pragma once
// A warped raster basemap on the GPU: one RGBA texture on a quad spanning
// the projected rectangle it was warped for. Needs its context current for
// its whole life.

#include "render/basemap/warped_raster.hpp"
#include "render/camera.hpp"
#include "render/gl/gl_object.hpp"
#include "render/gl/shader_program.hpp"

namespace incimap::render {

class RasterQuad {
 public:
  // Uploads the image (with mipmaps: a zoomed-out view of a big texture
  // would otherwise shimmer). Precondition: a non-empty image.
  explicit RasterQuad(const WarpedRaster& raster);

  const geo::MapRect& area() const noexcept { return area_; }
  // Draws with `program` (raster.vert/.frag) bound; blending is the caller's.
  void draw(const ShaderProgram& program, const Camera& camera) const;

 private:
  geo::MapRect area_;
  GlTexture texture_;
  GlVertexArray vertex_array_;
  GlBuffer corners_;
};

}  // namespace incimap::render
