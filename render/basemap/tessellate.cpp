#include "render/basemap/tessellate.hpp"

#include <GL/glu.h>

#include <array>
#include <deque>
#include <memory>

namespace incimap::render {
namespace {

struct TessDeleter {
  void operator()(GLUtesselator* tess) const noexcept { gluDeleteTess(tess); }
};
using TessPtr = std::unique_ptr<GLUtesselator, TessDeleter>;

struct TessState {
  std::vector<geo::MapPoint>* triangles;
  std::deque<std::array<GLdouble, 3>> vertices;  // stable addresses for GLU
};

void GLAPIENTRY on_vertex(void* vertex, void* state) {
  const auto* v = static_cast<const GLdouble*>(vertex);
  static_cast<TessState*>(state)->triangles->push_back({v[0], v[1]});
}

void GLAPIENTRY on_combine(GLdouble coords[3], void*[4], GLfloat[4], void** out, void* state) {
  auto& vertices = static_cast<TessState*>(state)->vertices;
  vertices.push_back({coords[0], coords[1], 0});
  *out = vertices.back().data();
}

// Registering an edge-flag callback makes GLU emit plain GL_TRIANGLES only.
void GLAPIENTRY on_edge_flag(GLboolean, void*) {}
void GLAPIENTRY on_begin(GLenum, void*) {}
void GLAPIENTRY on_end(void*) {}
void GLAPIENTRY on_error(GLenum, void*) {}

}  // namespace

std::vector<geo::MapPoint> tessellate(std::span<const std::vector<geo::MapPoint>> rings) {
  std::vector<geo::MapPoint> triangles;
  TessPtr tess(gluNewTess());
  if (!tess) return triangles;
  TessState state{&triangles, {}};
  gluTessCallback(tess.get(), GLU_TESS_BEGIN_DATA, reinterpret_cast<_GLUfuncptr>(&on_begin));
  gluTessCallback(tess.get(), GLU_TESS_VERTEX_DATA, reinterpret_cast<_GLUfuncptr>(&on_vertex));
  gluTessCallback(tess.get(), GLU_TESS_END_DATA, reinterpret_cast<_GLUfuncptr>(&on_end));
  gluTessCallback(tess.get(), GLU_TESS_COMBINE_DATA, reinterpret_cast<_GLUfuncptr>(&on_combine));
  gluTessCallback(tess.get(), GLU_TESS_EDGE_FLAG_DATA, reinterpret_cast<_GLUfuncptr>(&on_edge_flag));
  gluTessCallback(tess.get(), GLU_TESS_ERROR_DATA, reinterpret_cast<_GLUfuncptr>(&on_error));
  gluTessProperty(tess.get(), GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
  gluTessNormal(tess.get(), 0, 0, 1);

  for (const auto& ring : rings) {
    for (const geo::MapPoint& p : ring) state.vertices.push_back({p.x, p.y, 0});
  }
  std::size_t next_vertex = 0;
  gluTessBeginPolygon(tess.get(), &state);
  for (const auto& ring : rings) {
    gluTessBeginContour(tess.get());
    const std::size_t count = ring.size() >= 2 && ring.front() == ring.back() ? ring.size() - 1 : ring.size();
    for (std::size_t i = 0; i < count; ++i, ++next_vertex) {
      GLdouble* vertex = state.vertices[next_vertex].data();
      gluTessVertex(tess.get(), vertex, vertex);
    }
    if (count < ring.size()) ++next_vertex;
    gluTessEndContour(tess.get());
  }
  gluTessEndPolygon(tess.get());
  triangles.resize(triangles.size() - triangles.size() % 3);
  return triangles;
}

}  // namespace incimap::render
