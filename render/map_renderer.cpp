#include "render/map_renderer.hpp"

#include <cmath>
#include <cstddef>

namespace incimap::render {
namespace {

void enable_blending() {
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

void set_colour(GLint location, const Rgba& c) { glUniform4f(location, c.r, c.g, c.b, c.a); }

// Degrees between graticule lines: about six lines across the screen.
double graticule_spacing(double metres_per_pixel) noexcept {
  const double screen_degrees = metres_per_pixel * 1200 / 111'320.0;
  for (const double spacing : {1.0, 2.0, 5.0, 10.0}) {
    if (screen_degrees < spacing * 8) return spacing;
  }
  return 30.0;
}

void* byte_offset(std::size_t bytes) { return reinterpret_cast<void*>(bytes); }

// Shoelace formula; signed, square metres.
double ring_area(const std::vector<geo::MapPoint>& ring) {
  double twice = 0;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    twice += ring[j].x * ring[i].y - ring[i].x * ring[j].y;
  }
  return twice / 2;
}

}  // namespace

GpuGeometry::GpuGeometry(std::span<const float> xy, GLenum primitive)
    : vertex_array_(make_vertex_array()), buffer_(make_buffer()), primitive_(primitive) {
  TiledPrimitives tiled = tile_primitives(xy, primitive == GL_TRIANGLES ? 3 : 2);
  tiles_ = std::move(tiled.tiles);
  glBindVertexArray(vertex_array_.get().id);
  glBindBuffer(GL_ARRAY_BUFFER, buffer_.get().id);
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(tiled.xy.size() * sizeof(float)), tiled.xy.data(), GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  glBindVertexArray(0);
}

void GpuGeometry::draw(const geo::MapRect& visible) const {
  if (tiles_.empty()) return;
  glBindVertexArray(vertex_array_.get().id);
  for (const VertexRun& run : runs_meeting(tiles_, visible)) glDrawArrays(primitive_, GLint(run.first), GLsizei(run.count));
}

GpuBasemap::GpuBasemap(const BasemapMesh& mesh)
    : fill(mesh.fill_triangles, GL_TRIANGLES),
      coast(mesh.coast_segments, GL_LINES),
      borders(mesh.border_segments, GL_LINES) {}

MapRenderer::MapRenderer(const geo::Projection& projection, float ui_scale, MapStyle style)
    : style_(style),
      projection_(&projection),
      map_program_(load_shader_program("map")),
      marker_program_(load_shader_program("marker")),
      screen_program_(load_shader_program("screen")),
      raster_program_(load_shader_program("raster")),
      fonts_(ui_scale),
      atlas_texture_(make_texture()),
      marker_vertex_array_(make_vertex_array()),
      marker_corners_(make_buffer()),
      marker_instances_(make_buffer()),
      screen_vertex_array_(make_vertex_array()),
      screen_vertices_(make_buffer()) {
  glBindTexture(GL_TEXTURE_2D, atlas_texture_.get().id);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, fonts_.width(), fonts_.height(), 0, GL_RED, GL_UNSIGNED_BYTE,
               fonts_.alpha().data());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);

  static constexpr float kCorners[] = {-1, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1};
  glBindVertexArray(marker_vertex_array_.get().id);
  glBindBuffer(GL_ARRAY_BUFFER, marker_corners_.get().id);
  glBufferData(GL_ARRAY_BUFFER, sizeof kCorners, kCorners, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  glBindBuffer(GL_ARRAY_BUFFER, marker_instances_.get().id);
  constexpr GLsizei kStride = sizeof(MarkerInstance);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, kStride, byte_offset(offsetof(MarkerInstance, x)));
  glVertexAttribDivisor(1, 1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, kStride, byte_offset(offsetof(MarkerInstance, r)));
  glVertexAttribDivisor(2, 1);
  glEnableVertexAttribArray(3);
  glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, kStride, byte_offset(offsetof(MarkerInstance, radius)));
  glVertexAttribDivisor(3, 1);

  glBindVertexArray(screen_vertex_array_.get().id);
  glBindBuffer(GL_ARRAY_BUFFER, screen_vertices_.get().id);
  constexpr GLsizei kScreenStride = sizeof(ScreenVertex);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, kScreenStride, byte_offset(offsetof(ScreenVertex, x)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, kScreenStride, byte_offset(offsetof(ScreenVertex, u)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, kScreenStride, byte_offset(offsetof(ScreenVertex, rgba)));
  glBindVertexArray(0);

  set_projection(projection);
}

MapRenderer::~MapRenderer() = default;

void MapRenderer::set_projection(const geo::Projection& projection) {
  projection_ = &projection;
  const geo::MapRect& bounds = projection.world_bounds();
  world_is_rectangle_ = std::abs(ring_area(projection.world_outline())) >= 0.999 * bounds.width() * bounds.height();
  world_fill_.emplace(world_fill_triangles(projection), GL_TRIANGLES);
  world_edge_.emplace(world_outline_segments(projection), GL_LINES);
  graticules_.clear();
  clear_basemaps();
  user_basemap_.reset();
  raster_basemap_.reset();
}

void MapRenderer::set_basemap(BasemapDetail detail, const BasemapMesh& mesh) {
  basemaps_[std::size_t(detail)] = std::make_unique<GpuBasemap>(mesh);
}

bool MapRenderer::has_basemap(BasemapDetail detail) const noexcept { return basemaps_[std::size_t(detail)] != nullptr; }

void MapRenderer::clear_basemap(BasemapDetail detail) { basemaps_[std::size_t(detail)].reset(); }

void MapRenderer::clear_basemaps() {
  for (auto& basemap : basemaps_) basemap.reset();
}

void MapRenderer::set_user_basemap(const BasemapMesh& mesh) { user_basemap_ = std::make_unique<GpuBasemap>(mesh); }

void MapRenderer::set_raster_basemap(const WarpedRaster& raster) {
  raster_basemap_ = raster.image.pixels.empty() ? nullptr : std::make_unique<RasterQuad>(raster);
}

const GpuGeometry& MapRenderer::graticule_for(double metres_per_pixel) {
  const double spacing = graticule_spacing(metres_per_pixel);
  auto found = graticules_.find(spacing);
  if (found == graticules_.end()) {
    found = graticules_.try_emplace(spacing, graticule_segments(*projection_, spacing), GL_LINES).first;
  }
  return found->second;
}

void MapRenderer::draw_geometry(const GpuGeometry& geometry, const Rgba& colour, const geo::MapRect& visible) {
  // Opaque fills skip blending: on a software rasteriser it costs as much as the fill.
  if (colour.a >= 1.0f) glDisable(GL_BLEND);
  set_colour(map_program_.uniform("u_colour"), colour);
  geometry.draw(visible);
  if (colour.a >= 1.0f) glEnable(GL_BLEND);
}

void MapRenderer::draw_basemap(const Camera& camera) {
  const geo::MapRect visible = camera.visible_rect();
  const geo::MapRect& world = projection_->world_bounds();
  // A view wholly inside a rectangular world is all ocean underneath: a clear
  // costs a software rasteriser a fraction of a full-screen fill.
  const bool all_ocean = world_is_rectangle_ && world.contains({visible.min_x, visible.min_y}) &&
                         world.contains({visible.max_x, visible.max_y});
  const Rgba& bg = all_ocean ? style_.ocean : style_.background;
  glClearColor(bg.r, bg.g, bg.b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  enable_blending();
  map_program_.use();
  const auto matrix = camera.map_to_clip({0, 0});
  glUniformMatrix3fv(map_program_.uniform("u_map_to_clip"), 1, GL_FALSE, matrix.data());

  // The graticule normally lies on the sea only, under the land; a raster
  // (imagery, a scanned map) would hide it where it matters, so with one in
  // view it goes over land and raster alike.
  const bool raster_in_view = choice_.user && raster_basemap_ && raster_basemap_->area().intersects(visible);
  if (!all_ocean) draw_geometry(*world_fill_, style_.ocean, visible);
  if (!raster_in_view) draw_geometry(graticule_for(camera.metres_per_pixel()), style_.graticule, visible);

  const GpuBasemap* basemap = nullptr;
  for (int d = int(detail_for(camera.metres_per_pixel())); d >= 0 && !basemap; --d) basemap = basemaps_[d].get();
  if (!choice_.natural_earth) basemap = nullptr;
  if (!basemap && choice_.natural_earth) {
    // Zoomed out with only a finer basemap loaded: better detail than nothing.
    for (const auto& candidate : basemaps_) {
      if (candidate && !basemap) basemap = candidate.get();
    }
  }
  if (basemap) draw_geometry(basemap->fill, style_.land, visible);
  if (raster_in_view) {
    // Its nodata shows the land and sea drawn above.
    draw_raster(camera);
    draw_geometry(graticule_for(camera.metres_per_pixel()), style_.graticule, visible);
  }
  if (basemap) {
    draw_geometry(basemap->borders, style_.border, visible);
    draw_geometry(basemap->coast, style_.coast, visible);
  }
  if (user_basemap_ && choice_.user) {
    draw_geometry(user_basemap_->fill, style_.user_fill, visible);
    draw_geometry(user_basemap_->coast, style_.user_line, visible);
    draw_geometry(user_basemap_->borders, style_.user_line, visible);
  }
  draw_geometry(*world_edge_, style_.world_edge, visible);
  glBindVertexArray(0);
}

void MapRenderer::draw_raster(const Camera& camera) {
  raster_program_.use();
  raster_basemap_->draw(raster_program_, camera);
  // Back to the line work's program; its uniforms kept their values.
  map_program_.use();
}

void MapRenderer::set_density(const WarpedRaster& raster) {
  density_ = raster.image.pixels.empty() ? nullptr : std::make_unique<RasterQuad>(raster);
}

void MapRenderer::draw_density(const Camera& camera) {
  if (!density_) return;
  enable_blending();
  raster_program_.use();
  density_->draw(raster_program_, camera);
}

void MapRenderer::draw_markers(geo::ScreenSize viewport, std::span<const MarkerInstance> instances) {
  if (instances.empty()) return;
  enable_blending();
  marker_program_.use();
  glUniform2f(marker_program_.uniform("u_viewport"), float(viewport.width), float(viewport.height));
  glBindBuffer(GL_ARRAY_BUFFER, marker_instances_.get().id);
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(instances.size_bytes()), instances.data(), GL_STREAM_DRAW);
  glBindVertexArray(marker_vertex_array_.get().id);
  glDrawArraysInstanced(GL_TRIANGLES, 0, 6, GLsizei(instances.size()));
  glBindVertexArray(0);
}

void MapRenderer::draw_screen(geo::ScreenSize viewport, const ScreenBatch& batch) {
  const auto& vertices = batch.vertices();
  if (vertices.empty()) return;
  enable_blending();
  screen_program_.use();
  glUniform2f(screen_program_.uniform("u_viewport"), float(viewport.width), float(viewport.height));
  glUniform1i(screen_program_.uniform("u_atlas"), 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, atlas_texture_.get().id);
  glBindBuffer(GL_ARRAY_BUFFER, screen_vertices_.get().id);
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(vertices.size() * sizeof(ScreenVertex)), vertices.data(), GL_STREAM_DRAW);
  glBindVertexArray(screen_vertex_array_.get().id);
  glDrawArrays(GL_TRIANGLES, 0, GLsizei(vertices.size()));
  glBindVertexArray(0);
}

}  // namespace incimap::render
