#include "render/model/incident_map.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "render/model/load_incidents.hpp"

namespace incimap::render {
namespace {

const std::string kSample = INCIMAP_RENDER_TEST_DATA "/sample_incidents.geojson";

std::size_t index_of(const IncidentMap& map, const std::string& id) {
  const auto all = map.incidents();
  return std::size_t(std::find_if(all.begin(), all.end(), [&](const Incident& i) { return i.id == id; }) - all.begin());
}

TEST(IncidentMap, AReplacedIncidentIsPickedAtItsNewPlaceAndNoLongerAtTheOld) {
  const geo::Projection projection("EPSG:3857");
  IncidentMap map(load_incidents(kSample), projection);
  const std::size_t mosul = index_of(map, "mos-1");
  const geo::MapPoint old_at = map.positions()[mosul];
  Incident moved = map.incidents()[mosul];
  moved.position = geo::LonLat::from(geo::Longitude{44.39222}, geo::Latitude{35.46806});  // Kirkuk
  moved.location = "Kirkuk";
  map.replace_incident(mosul, moved, projection);

  EXPECT_EQ(map.incidents()[mosul].location, "Kirkuk");
  const geo::MapPoint new_at = *projection.forward(moved.where());
  EXPECT_EQ(map.positions()[mosul], new_at);
  const Camera camera({800, 600}, new_at, 200);
  const auto picked = map.marks().pick(camera, camera.to_screen(new_at));
  ASSERT_TRUE(picked);
  EXPECT_EQ(picked->incident, mosul);
  const Camera at_mosul({800, 600}, old_at, 200);
  EXPECT_FALSE(map.marks().pick(at_mosul, at_mosul.to_screen(old_at)));
}

TEST(IncidentMap, LayerColoursCanBeChosen) {
  const geo::Projection projection("EPSG:3857");
  IncidentMap map(load_incidents(kSample), projection);
  map.set_layer_colour(0, Rgba::from_rgb(0x123456));
  EXPECT_EQ(map.layering().layers[0].colour, Rgba::from_rgb(0x123456));
}

}  // namespace
}  // namespace incimap::render
