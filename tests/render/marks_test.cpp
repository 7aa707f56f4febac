#include "render/markers/marks.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "render/markers/marker_instances.hpp"
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

// 20,000 incidents in a few dense towns and a scatter around them, with
// tolls and uncertain places mixed in: the piles that used to overlap.
std::vector<Incident> crowded_incidents() {
  std::vector<Incident> out;
  std::uint32_t state = 12345;
  const auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return double(state >> 8) / double(1u << 24);
  };
  const std::pair<double, double> towns[] = {{29.2, -1.7}, {29.6, -1.9}, {30.06, -1.95}, {28.9, -2.5}, {27.5, -1.0}};
  for (int i = 0; i < 20000; ++i) {
    const auto& [lon, lat] = towns[i % 5];
    const double spread = i % 3 == 0 ? 1.5 : 0.05;
    Incident incident;
    incident.id = "c" + std::to_string(i);
    incident.position = geo::LonLat::from(geo::Longitude{lon + (next() - 0.5) * spread},
                                          geo::Latitude{lat + (next() - 0.5) * spread});
    incident.fatalities = std::uint32_t(next() * 40);
    if (i % 7 == 0) incident.geo_precision = geo::GeoPrecision::region;
    incident.event_type = i % 2 ? "Battles" : "Riots";
    out.push_back(std::move(incident));
  }
  return out;
}

TEST(MarkMerging, NoTwoMarksOverlapOnScreenAtAnyZoomAndCountsAddUp) {
  const geo::Projection projection("EPSG:3857");
  const IncidentMap map(crowded_incidents(), projection);
  // On the densest town, so that every zoom has marks to keep apart.
  const geo::MapPoint centre = *projection.forward(geo::LonLat::from(geo::Longitude{29.2}, geo::Latitude{-1.7}));
  for (double mpp = 40000; mpp >= 1; mpp /= 1.7) {
    const Camera camera({1280, 800}, centre, mpp);
    const std::vector<Mark> marks = map.marks().visible(camera);
    ASSERT_FALSE(marks.empty()) << mpp;
    for (std::size_t i = 0; i < marks.size(); ++i) {
      const geo::ScreenPoint a = camera.to_screen(marks[i].at);
      const double ra = mark_radius(marks[i], map.incidents());
      for (std::size_t j = i + 1; j < marks.size(); ++j) {
        const geo::ScreenPoint b = camera.to_screen(marks[j].at);
        const double rb = mark_radius(marks[j], map.incidents());
        ASSERT_GE(std::hypot(a.x - b.x, a.y - b.y), ra + rb + kMarkGapPixels - 1e-6)
            << "marks " << i << " and " << j << " overlap at " << mpp << " m/px";
      }
    }
    if (mpp > 10000) {
      std::uint32_t total = 0;
      for (const Mark& m : marks) total += m.count;
      EXPECT_EQ(total, 20000u) << "every incident in one mark or another at " << mpp;
    }
  }
}

TEST(MarkMerging, AMergedClusterStaysOnItsMainCellAndListsAllItsMembers) {
  const geo::Projection projection("EPSG:3857");
  const IncidentMap map(crowded_incidents(), projection);
  const Camera camera({1280, 800}, *projection.forward(geo::LonLat::from(geo::Longitude{29.3}, geo::Latitude{-1.8})), 3000);
  for (const Mark& mark : map.marks().visible(camera)) {
    const auto members = map.marks().members(mark);
    ASSERT_EQ(members.size(), mark.count);
    // Where its first (absorbing) run's incidents are, not pulled towards what it absorbed.
    const Mark main_cell = Mark{mark.at, {mark.members.front()}};
    geo::MapRect cell_bounds;
    for (const auto i : map.marks().members(main_cell)) cell_bounds.expand(map.positions()[i]);
    EXPECT_TRUE(cell_bounds.contains(mark.at) || mark.count == 1) << mark.count;
  }
}

TEST(ClusterCounts, AreAbbreviatedToFitAMarker) {
  EXPECT_EQ(short_count(12), "12");
  EXPECT_EQ(short_count(999), "999");
  EXPECT_EQ(short_count(1234), "1.2k");
  EXPECT_EQ(short_count(12'345), "12k");
  EXPECT_EQ(short_count(1'234'567), "1.2M");
}

TEST(MarkerSizes, GrowWithFatalitiesAndCountWithinBounds) {
  EXPECT_LT(incident_radius(0), incident_radius(9));
  EXPECT_LE(incident_radius(100000), 16.0);
  EXPECT_LT(cluster_radius(2), cluster_radius(200));
  EXPECT_LE(cluster_radius(1'000'000), 26.0);
}

}  // namespace
}  // namespace incimap::render
