#pragma once
// The map's look: a light, quiet basemap so the incident colours carry.

#include "render/colour.hpp"

namespace incimap::render {

struct MapStyle {
  Rgba background = Rgba::from_rgb(0xE9ECEF);  // outside the projected world
  Rgba ocean = Rgba::from_rgb(0xB9D3E3);
  Rgba land = Rgba::from_rgb(0xF4F1EA);
  Rgba coast = Rgba::from_rgb(0x7E9CB0);
  Rgba border = Rgba::from_rgb(0xB7A9BE);
  Rgba graticule = Rgba::from_rgb(0xFFFFFF).with_alpha(0.45f);
  Rgba world_edge = Rgba::from_rgb(0x8FA7B8);
  Rgba user_fill = Rgba::from_rgb(0x9CC59A).with_alpha(0.45f);
  Rgba user_line = Rgba::from_rgb(0x4F7F4C);
  Rgba label = Rgba::from_rgb(0x2B2F36);
  Rgba label_halo = Rgba::from_rgb(0xFFFFFF);
  Rgba cluster_text = Rgba::from_rgb(0xFFFFFF);
  Rgba panel = Rgba::from_rgb(0xFFFFFF).with_alpha(0.9f);
  Rgba panel_edge = Rgba::from_rgb(0xC4CAD1);
};

}  // namespace incimap::render
