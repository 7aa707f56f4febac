#include "render/basemap/primitive_tiles.hpp"

#include <algorithm>
#include <cmath>

namespace incimap::render {

TiledPrimitives tile_primitives(std::span<const float> xy, int vertices_per_primitive, int grid) {
  const std::size_t stride = std::size_t(vertices_per_primitive) * 2;  // floats per primitive
  const std::size_t count = stride == 0 ? 0 : xy.size() / stride;
  std::vector<geo::MapRect> boxes(count);
  geo::MapRect all;
  for (std::size_t p = 0; p < count; ++p) {
    for (std::size_t v = 0; v < stride; v += 2) boxes[p].expand(geo::MapPoint{xy[p * stride + v], xy[p * stride + v + 1]});
    all.expand(boxes[p]);
  }
  const auto cells = std::size_t(grid) * std::size_t(grid);
  std::vector<std::uint32_t> cell_of(count);
  const auto index = [&](double v, double min, double size) {
    return size > 0 ? std::clamp(int((v - min) / size * grid), 0, grid - 1) : 0;
  };
  std::vector<std::uint32_t> per_cell(cells + 1, 0);
  for (std::size_t p = 0; p < count; ++p) {
    const geo::MapPoint centre = boxes[p].centre();
    cell_of[p] = std::uint32_t(index(centre.y, all.min_y, all.height()) * grid + index(centre.x, all.min_x, all.width()));
    ++per_cell[cell_of[p] + 1];
  }
  for (std::size_t c = 0; c < cells; ++c) per_cell[c + 1] += per_cell[c];  // now the first slot of each cell

  TiledPrimitives out;
  out.xy.resize(count * stride);
  std::vector<geo::MapRect> extents(cells);
  std::vector<std::uint32_t> next(per_cell.begin(), per_cell.end() - 1);
  for (std::size_t p = 0; p < count; ++p) {
    const std::uint32_t slot = next[cell_of[p]]++;
    std::copy_n(xy.begin() + std::ptrdiff_t(p * stride), stride, out.xy.begin() + std::ptrdiff_t(slot * stride));
    extents[cell_of[p]].expand(boxes[p]);
  }
  for (std::size_t c = 0; c < cells; ++c) {
    const std::uint32_t primitives = per_cell[c + 1] - per_cell[c];
    if (primitives == 0) continue;
    out.tiles.push_back({extents[c], per_cell[c] * std::uint32_t(vertices_per_primitive),
                         primitives * std::uint32_t(vertices_per_primitive)});
  }
  return out;
}

std::vector<VertexRun> runs_meeting(std::span<const PrimitiveTile> tiles, const geo::MapRect& visible) {
  std::vector<VertexRun> runs;
  for (const PrimitiveTile& tile : tiles) {
    if (!tile.extent.intersects(visible)) continue;
    if (!runs.empty() && runs.back().first + runs.back().count == tile.first_vertex) {
      runs.back().count += tile.vertex_count;
    } else {
      runs.push_back({tile.first_vertex, tile.vertex_count});
    }
  }
  return runs;
}

}  // namespace incimap::render
