#pragma once
// Draws the map with OpenGL 3.3 core into whatever framebuffer is bound:
// the projected world (ocean), graticule, land, coastlines and borders, a
// user's basemap, markers (instanced), and screen overlays (labels, counts,
// legend). Owns every GPU object it uses; needs its context current for its
// whole life, destruction included.

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "geo/projection/projection.hpp"
#include "render/basemap/basemap_mesh.hpp"
#include "render/basemap/primitive_tiles.hpp"
#include "render/camera.hpp"
#include "render/gl/gl_object.hpp"
#include "render/gl/shader_program.hpp"
#include "render/map_style.hpp"
#include "render/raster_quad.hpp"
#include "render/markers/marker_instances.hpp"
#include "render/overlay/screen_batch.hpp"
#include "render/text/font_atlas.hpp"

namespace incimap::render {

// Vertices of one primitive type (GL_TRIANGLES or GL_LINES) in one buffer,
// grouped in tiles so that a view draws only the tiles it meets.
class GpuGeometry {
 public:
  GpuGeometry(std::span<const float> xy, GLenum primitive);
  void draw(const geo::MapRect& visible) const;
  bool empty() const noexcept { return tiles_.empty(); }

 private:
  GlVertexArray vertex_array_;
  GlBuffer buffer_;
  std::vector<PrimitiveTile> tiles_;
  GLenum primitive_;
};

struct GpuBasemap {
  GpuBasemap(const BasemapMesh& mesh);
  GpuGeometry fill;
  GpuGeometry coast;
  GpuGeometry borders;
};

// Which basemaps a frame draws: the Natural Earth land, borders and coasts,
// and the user's --basemap (vector or raster). The sea and graticule always.
struct BasemapChoice {
  bool natural_earth = true;
  bool user = true;
  constexpr bool operator==(const BasemapChoice&) const noexcept = default;
};

class MapRenderer {
 public:
  // Throws GlError (shader files, GPU objects) or std::runtime_error (fonts).
  MapRenderer(const geo::Projection& projection, float ui_scale = 1.0f, MapStyle style = {});
  ~MapRenderer();

  const MapStyle& style() const noexcept { return style_; }
  const FontAtlas& fonts() const noexcept { return fonts_; }

  // The world outline and graticules follow the projection; basemaps built
  // for another projection must be set again.
  void set_projection(const geo::Projection& projection);
  void set_basemap(BasemapDetail detail, const BasemapMesh& mesh);
  bool has_basemap(BasemapDetail detail) const noexcept;
  void clear_basemaps();
  // Forgets one detail (a regional mesh the view has left): coarser ones draw instead.
  void clear_basemap(BasemapDetail detail);
  void set_user_basemap(const BasemapMesh& mesh);
  // A user's raster, drawn where it covers the map in place of the land and
  // sea fill, under the graticule, borders, coastlines and markers. Replaces
  // the previous piece (the viewer warps a new one as the view moves).
  void set_raster_basemap(const WarpedRaster& raster);
  void clear_raster_basemap() noexcept { raster_basemap_.reset(); }
  // The density layer's image (density.hpp), drawn by draw_density until replaced.
  void set_density(const WarpedRaster& raster);
  void draw_density(const Camera& camera);
  bool has_raster_basemap() const noexcept { return raster_basemap_ != nullptr; }

  void set_basemap_choice(const BasemapChoice& choice) noexcept { choice_ = choice; }
  bool has_user_basemap() const noexcept { return user_basemap_ != nullptr || raster_basemap_ != nullptr; }
  // Clears to the background and draws ocean, graticule, land and lines,
  // using the most detailed basemap loaded up to detail_for(zoom).
  void draw_basemap(const Camera& camera);
  // Draws markers; instance positions are in pixels of `viewport`.
  void draw_markers(geo::ScreenSize viewport, std::span<const MarkerInstance> instances);
  void draw_screen(geo::ScreenSize viewport, const ScreenBatch& batch);

 private:
  const GpuGeometry& graticule_for(double metres_per_pixel);
  void draw_geometry(const GpuGeometry& geometry, const Rgba& colour, const geo::MapRect& visible);
  void draw_raster(const Camera& camera);

  MapStyle style_;
  BasemapChoice choice_;
  const geo::Projection* projection_;
  ShaderProgram map_program_;
  ShaderProgram marker_program_;
  ShaderProgram screen_program_;
  ShaderProgram raster_program_;
  FontAtlas fonts_;
  GlTexture atlas_texture_;
  std::optional<GpuGeometry> world_fill_;
  bool world_is_rectangle_ = false;  // Web Mercator, plate carrée: the ocean can be a clear
  std::optional<GpuGeometry> world_edge_;
  std::map<double, GpuGeometry> graticules_;  // by spacing in degrees
  std::array<std::unique_ptr<GpuBasemap>, 3> basemaps_;  // by BasemapDetail
  std::unique_ptr<GpuBasemap> user_basemap_;
  std::unique_ptr<RasterQuad> raster_basemap_;
  std::unique_ptr<RasterQuad> density_;
  GlVertexArray marker_vertex_array_;
  GlBuffer marker_corners_;
  GlBuffer marker_instances_;
  GlVertexArray screen_vertex_array_;
  GlBuffer screen_vertices_;
};

}  // namespace incimap::render
