#pragma once
// Basemap primitives grouped by where they lie, so a zoomed-in view draws
// the few tiles it sees instead of the whole world's coastline: on a
// software rasteriser vertex work for 1:10m data is most of a frame.

#include <cstdint>
#include <span>
#include <vector>

#include "geo/projection/map_point.hpp"

namespace incimap::render {

struct PrimitiveTile {
  geo::MapRect extent;  // of every primitive in the tile (they may reach beyond the grid cell)
  std::uint32_t first_vertex = 0;
  std::uint32_t vertex_count = 0;
};

struct TiledPrimitives {
  std::vector<float> xy;  // the input's primitives, reordered tile by tile
  std::vector<PrimitiveTile> tiles;  // non-empty tiles, in buffer order
};

// Groups primitives of `vertices_per_primitive` x,y vertices (3 for
// triangles, 2 for lines) into a grid of `grid` x `grid` cells over their
// extent, by the centre of each primitive's box. Primitives stay whole.
TiledPrimitives tile_primitives(std::span<const float> xy, int vertices_per_primitive, int grid = 32);

struct VertexRun {
  std::uint32_t first = 0;
  std::uint32_t count = 0;
};

// The vertex runs of the tiles meeting `visible`, adjacent ones merged.
std::vector<VertexRun> runs_meeting(std::span<const PrimitiveTile> tiles, const geo::MapRect& visible);

}  // namespace incimap::render
