#include "render/markers/marks.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "render/model/incident_map.hpp"
#include "render/model/load_incidents.hpp"

namespace incimap::render {
namespace {

const std::string kSample = INCIMAP_RENDER_TEST_DATA "/sample_incidents.geojson";
const geo::LonLat kBaghdad = geo::LonLat::from(geo::Longitude{44.361488}, geo::Latitude{33.312805});

class MarksTest : public ::testing::Test {
 protected:
  geo::Projection projection{"EPSG:3857"};
  IncidentMap map{load_incidents(kSample), projection};
  geo::MapPoint baghdad = *projection.forward(kBaghdad);
  // Zoomed to Iraq: Baghdad's five incidents share one spot; Mosul and Basra are apart.
  Camera iraq{{800, 600}, baghdad, 500};
  Camera world = Camera::fitting({800, 600}, projection.world_bounds(), 0);

  std::size_t layer_named(const std::string& name) const {
    const auto& layers = map.layering().layers;
    const auto found = std::find_if(layers.begin(), layers.end(), [&](const Layer& l) { return l.name == name; });
    EXPECT_NE(found, layers.end()) << name;
    return std::size_t(found - layers.begin());
  }
  std::optional<Mark> mark_at_baghdad(const Camera& camera) const {
    return map.marks().pick(camera, camera.to_screen(baghdad));
  }
};

TEST_F(MarksTest, IncidentsAtOneSpotBecomeOneClusterWithTheirCount) {
  const auto mark = mark_at_baghdad(iraq);
  ASSERT_TRUE(mark);
  EXPECT_TRUE(mark->is_cluster());
  EXPECT_EQ(mark->count, 5u);
  EXPECT_NEAR(mark->at.x, baghdad.x, 1e-3);
  EXPECT_EQ(map.layering().layers[mark->layer].name, "Explosions/Remote violence");  // 3 of the 5
  const auto members = map.marks().members(*mark);
  ASSERT_EQ(members.size(), 5u);
  for (const auto i : members) EXPECT_EQ(map.incidents()[i].location, "Baghdad");
  EXPECT_LT(map.marks().members_bounds(*mark).width(), 1.0);  // listed, not zoomed into
}

TEST_F(MarksTest, AtWorldZoomNearbyCitiesMergeAndCountsAddUp) {
  const auto marks = map.marks().visible(world);
  std::uint32_t total = 0;
  for (const Mark& m : marks) total += m.count;
  EXPECT_EQ(total, 15u);
  EXPECT_LT(marks.size(), 15u);
  const auto baghdad_mark = mark_at_baghdad(world);
  ASSERT_TRUE(baghdad_mark);
  EXPECT_GT(baghdad_mark->count, 5u);  // Baghdad absorbs nearby Iraqi incidents when zoomed out
}

TEST_F(MarksTest, HidingALayerRemovesItsMarkersWithoutRebuildingTheIndex) {
  const auto* index_before = map.index().order().data();
  map.set_layer_visible(layer_named("Explosions/Remote violence"), false);
  EXPECT_EQ(map.index().order().data(), index_before);
  const auto mark = mark_at_baghdad(iraq);
  ASSERT_TRUE(mark);
  EXPECT_EQ(mark->count, 2u);  // the protest and the shooting remain
  map.set_layer_visible(layer_named("Protests"), false);
  const auto single = mark_at_baghdad(iraq);
  ASSERT_TRUE(single);
  EXPECT_FALSE(single->is_cluster());
  EXPECT_EQ(map.incidents()[single->incident].id, "bgd-5");
}

TEST_F(MarksTest, FilteringEverythingOutLeavesNothingToPick) {
  map.set_filter(std::vector<std::uint8_t>(map.incidents().size(), 0));
  EXPECT_FALSE(mark_at_baghdad(iraq));
  EXPECT_TRUE(map.marks().visible(world).empty());
}

TEST_F(MarksTest, PickingMissesEmptyMapAndHitsWithinTheMarkerRadius) {
  const geo::ScreenPoint centre = iraq.to_screen(baghdad);
  EXPECT_TRUE(map.marks().pick(iraq, {centre.x + 10, centre.y}));
  EXPECT_FALSE(map.marks().pick(iraq, {centre.x + 60, centre.y + 60}));
}

TEST(MarkerSizes, GrowWithFatalitiesAndCountWithinBounds) {
  EXPECT_LT(incident_radius(0), incident_radius(9));
  EXPECT_LE(incident_radius(100000), 16.0);
  EXPECT_LT(cluster_radius(2), cluster_radius(200));
  EXPECT_LE(cluster_radius(1'000'000), 26.0);
}

}  // namespace
}  // namespace incimap::render
