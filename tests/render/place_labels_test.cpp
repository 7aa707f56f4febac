// Where place names go: beside their town, beside the marker that covers
// the town (once per marker), never under the legend or across the edge.

#include "render/labels/place_labels.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

namespace incimap::render {
namespace {

class PlaceLabels : public ::testing::Test {
 protected:
  void SetUp() override {
    try {
      fonts_ = std::make_unique<FontAtlas>();
    } catch (const std::runtime_error& e) {
      GTEST_SKIP() << e.what();
    }
  }
  // A 400x300 view, one metre per pixel, centred on the map origin: screen
  // (x, y) is map (x - 200, 150 - y).
  Camera camera_{{400, 300}, {0, 0}, 1.0};
  static PlaceLabel town(std::string name, double x, double y, long population, bool capital = false) {
    return {std::move(name), geo::MapPoint{x - 200, 150 - y}, population, capital};
  }
  std::unique_ptr<FontAtlas> fonts_;
};

TEST_F(PlaceLabels, ATownIsNamedToTheRightOfItsDot) {
  const std::vector<PlaceLabel> labels{town("Mosul", 100, 100, 1'700'000)};
  const auto placed = place_labels(labels, camera_, *fonts_);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_TRUE(placed[0].show_dot);
  EXPECT_GT(placed[0].baseline.x, 100);
  EXPECT_NEAR(placed[0].dot.x, 100, 1e-9);
}

TEST_F(PlaceLabels, VillagesAreNamedOnlyWhenZoomedIn) {
  const std::vector<PlaceLabel> labels{town("Kalehe", 100, 100, 3'000)};
  EXPECT_EQ(place_labels(labels, camera_, *fonts_).size(), 1u) << "1 m per pixel: a village's scale";
  const Camera regional{{400, 300}, {0, 0}, 400.0};
  EXPECT_TRUE(place_labels(labels, regional, *fonts_).empty()) << "400 m per pixel: only cities";
}

TEST_F(PlaceLabels, ATownUnderAMarkerIsNamedBesideTheMarkerOnce) {
  const std::vector<PlaceLabel> labels{town("Khartoum", 200, 150, 5'000'000, true),
                                       town("Omdurman", 196, 152, 2'400'000)};
  const std::vector<geo::MapRect> marker{{185, 135, 215, 165}};
  const auto placed = place_labels(labels, camera_, *fonts_, marker);
  ASSERT_EQ(placed.size(), 1u) << "one name per marker";
  EXPECT_EQ(placed[0].place->name, "Khartoum");
  EXPECT_FALSE(placed[0].show_dot) << "the marker covers the town's dot";
  EXPECT_GE(placed[0].baseline.x, 215) << "the name starts right of the marker";
}

TEST_F(PlaceLabels, ACapitalUnderAClusterCentredElsewhereDoesNotNameIt) {
  // Kigali under the edge of a big cluster of Congolese incidents 18 px west:
  // "Kigali" beside it would say the cluster is Kigali.
  const std::vector<PlaceLabel> labels{town("Kigali", 218, 150, 745'000, true)};
  const std::vector<geo::MapRect> cluster{{174, 124, 226, 176}};
  EXPECT_TRUE(place_labels(labels, camera_, *fonts_, cluster).empty());
  // The same capital with a marker of its own incidents on it is named.
  const std::vector<geo::MapRect> its_own{{206, 138, 230, 162}};
  const auto placed = place_labels(labels, camera_, *fonts_, its_own);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_FALSE(placed[0].show_dot);
}

TEST_F(PlaceLabels, AMarkerOffItsTownStillDescribesItWhenItsIncidentNamesIt) {
  // "West of Mosul": the incident sits 12 px from the town's dot, under its marker.
  const std::vector<PlaceLabel> labels{town("Mosul", 188, 150, 1'700'000)};
  const std::vector<geo::MapRect> marker{{182, 132, 218, 168}};
  const std::vector<std::string_view> places{"Mosul"};
  const auto placed = place_labels(labels, camera_, *fonts_, marker, {}, places);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_FALSE(placed[0].show_dot);
  EXPECT_TRUE(place_labels(labels, camera_, *fonts_, marker).empty()) << "unnamed, the marker is someone else's";
}

TEST_F(PlaceLabels, NoNameUnderTheLegendNorAcrossTheEdge) {
  const std::vector<PlaceLabel> labels{town("Damascus", 60, 250, 2'000'000, true),
                                       town("Tokyo", 395, 100, 8'000'000, true)};
  const std::vector<geo::MapRect> legend{{0, 200, 150, 300}};
  const auto placed = place_labels(labels, camera_, *fonts_, {}, legend);
  ASSERT_EQ(placed.size(), 1u) << "Damascus lies under the legend";
  EXPECT_EQ(placed[0].place->name, "Tokyo");
  const double width = fonts_->text_width(FontFace::label_bold, "Tokyo");
  EXPECT_LT(placed[0].baseline.x, 395) << "left of its dot: on the right the edge would cut it";
  EXPECT_GE(placed[0].baseline.x, 0);
  EXPECT_LE(placed[0].baseline.x + width, 400);
}

TEST_F(PlaceLabels, ANameBlockedOnTheRightGoesLeft) {
  const std::vector<PlaceLabel> labels{town("Basrah", 200, 150, 1'300'000)};
  const std::vector<geo::MapRect> covered{{205, 130, 400, 170}};
  const auto placed = place_labels(labels, camera_, *fonts_, {}, covered);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_LT(placed[0].baseline.x, 200) << "drawn left of the dot";
}

TEST_F(PlaceLabels, ATownUnderAMarkerHemmedInOnBothSidesIsNamedAboveIt) {
  const std::vector<PlaceLabel> labels{town("Basrah", 300, 150, 1'300'000)};
  // Its marker, with other markers right beside it on both sides.
  const std::vector<geo::MapRect> markers{{290, 140, 310, 160}, {230, 140, 288, 160}, {312, 140, 390, 160}};
  const auto placed = place_labels(labels, camera_, *fonts_, markers);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_LT(placed[0].baseline.y, 140) << "above the marker";
}

}  // namespace
}  // namespace incimap::render
