// The viewer's layout without a window: panels docked to the window's
// edges as it changes size, the status bar's texts, where the window opens.

#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "app/viewer/dock_layout.hpp"
#include "app/viewer/status_layout.hpp"
#include "app/viewer/window_placement.hpp"

namespace incimap::app {
namespace {

constexpr std::array kDocked = {Panel::layers, Panel::filters, Panel::details, Panel::table};

bool overlap(const PanelBox& a, const PanelBox& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool inside(const PanelBox& box, const WorkArea& area) {
  return box.x >= area.x - 0.01f && box.y >= area.y - 0.01f && box.right() <= area.right() + 0.01f &&
         box.bottom() <= area.bottom() + 0.01f;
}

// The work area of a window: a 21 px menu bar above, a 32 px status bar below.
WorkArea area_of(float width, float height) { return {0, 21, width, height - 21 - 32}; }

// The map's share of the window between the docked panels (details open).
float map_width(const WorkArea& area) {
  const PanelBox left = default_panel_box(Panel::layers, area, 1);
  const PanelBox right = default_panel_box(Panel::details, area, 1);
  return right.x - left.right();
}

TEST(DockLayout, DefaultPanelsFitAnyWindowWithoutOverlapAndLeaveTheMapRoom) {
  for (const auto& [w, h] : {std::pair{900.0f, 600.0f}, {1280.0f, 800.0f}, {1920.0f, 1080.0f}}) {
    const WorkArea area = area_of(w, h);
    for (const Panel a : kDocked) {
      const PanelBox box = default_panel_box(a, area, 1);
      EXPECT_TRUE(inside(box, area)) << int(a) << " at " << w << "x" << h;
      for (const Panel b : kDocked) {
        if (a < b) {
          EXPECT_FALSE(overlap(box, default_panel_box(b, area, 1))) << int(a) << "/" << int(b) << " at " << w;
        }
      }
    }
    EXPECT_GT(map_width(area), w * 0.35f) << w << "x" << h;
    const PanelBox table = default_panel_box(Panel::table, area, 1);
    EXPECT_GT(table.height, 120) << "a few rows of the table at " << w << "x" << h;
  }
}

TEST(DockLayout, TheDefaultAt1280x800IsTheLayoutTheGoldenShows) {
  const WorkArea area = area_of(1280, 800);
  EXPECT_EQ(default_panel_box(Panel::layers, area, 1), (PanelBox{8, 29, 300, 290}));
  EXPECT_EQ(default_panel_box(Panel::table, area, 1).height, 210);
  EXPECT_EQ(default_panel_box(Panel::details, area, 1).width, 360);
}

TEST(DockLayout, ShrinkingTheWindowKeepsPanelsOnTheirEdgesAndInside) {
  const WorkArea big = area_of(1280, 800), small = area_of(900, 600);
  std::array<PanelBox, kDocked.size()> moved{};
  for (std::size_t i = 0; i < kDocked.size(); ++i) {
    const PanelBox before = default_panel_box(kDocked[i], big, 1);
    moved[i] = reflow_panel_box(before, big, small, 1);
    EXPECT_TRUE(inside(moved[i], small)) << int(kDocked[i]);
  }
  const PanelBox& layers = moved[0];
  const PanelBox& filters = moved[1];
  const PanelBox& details = moved[2];
  const PanelBox& table = moved[3];
  EXPECT_FLOAT_EQ(layers.x, 8);  // docked left
  EXPECT_FLOAT_EQ(details.right(), 900 - 8);  // docked right
  EXPECT_FLOAT_EQ(table.bottom(), small.bottom() - 8);  // docked to the bottom, above the status bar
  EXPECT_FLOAT_EQ(table.right(), 900 - 8);
  EXPECT_FLOAT_EQ(filters.bottom(), small.bottom() - 8);
  EXPECT_LT(layers.bottom(), filters.y) << "stacked panels keep sharing the side";
  EXPECT_LE(details.bottom(), table.y);
  EXPECT_FALSE(overlap(layers, table));
  EXPECT_FALSE(overlap(filters, table));
  // And back: where they started, within rounding.
  const PanelBox back = reflow_panel_box(table, small, big, 1);
  const PanelBox original = default_panel_box(Panel::table, big, 1);
  EXPECT_NEAR(back.y, original.y, 1);
  EXPECT_NEAR(back.right(), original.right(), 0.01);
}

TEST(DockLayout, AFloatingPanelKeepsItsPlaceInProportionAndAPanelFromALargerWindowIsPulledIn) {
  const WorkArea big = area_of(1600, 1000), small = area_of(800, 500);
  const PanelBox floating{600, 300, 300, 200};
  const PanelBox moved = reflow_panel_box(floating, big, small, 1);
  EXPECT_NEAR(moved.x, 300, 0.5);
  EXPECT_TRUE(inside(moved, small));
  const PanelBox remembered{1400, 800, 400, 300};
  const PanelBox fitted = fit_panel_box(remembered, small, 1);
  EXPECT_TRUE(inside(fitted, small));
  EXPECT_FLOAT_EQ(fitted.width, 400);
}

void expect_apart_and_inside(const std::array<PanelBox, kDocked.size()>& boxes, const WorkArea& area, const char* what) {
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    EXPECT_TRUE(inside(boxes[i], area)) << int(kDocked[i]) << " " << what;
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      EXPECT_FALSE(overlap(boxes[i], boxes[j])) << int(kDocked[i]) << "/" << int(kDocked[j]) << " " << what;
    }
  }
}

// What ImGui keeps of a box it is given: position and size floored apart.
PanelBox as_imgui_keeps(const PanelBox& box) {
  return {std::floor(box.x), std::floor(box.y), std::floor(box.width), std::floor(box.height)};
}

TEST(DockLayout, ResizingAWindowStepByStepLeavesDockedPanelsOnTheirEdges) {
  // A window edge dragged from 1280x800 to 900x600 and back fires a resize
  // a few pixels at a time; each reflow starts from where the last one left.
  std::array<PanelBox, kDocked.size()> boxes{};
  WorkArea area = area_of(1280, 800);
  const float scale = 1.25f;  // gaps of 10 px
  for (std::size_t i = 0; i < kDocked.size(); ++i) boxes[i] = as_imgui_keeps(default_panel_box(kDocked[i], area, scale));
  const auto step_to = [&](float w, float h) {
    const WorkArea next = area_of(w, h);
    for (PanelBox& box : boxes) box = as_imgui_keeps(reflow_panel_box(box, area, next, scale));
    area = next;
  };
  for (int step = 1; step <= 40; ++step) step_to(1280 - 9 * float(step), 800 - 5 * float(step));
  for (int step = 39; step >= 0; --step) step_to(1280 - 9 * float(step), 800 - 5 * float(step));
  EXPECT_FLOAT_EQ(boxes[0].x, 10) << "layers on the left edge";
  EXPECT_FLOAT_EQ(boxes[2].right(), 1280 - 10) << "details on the right edge";
  EXPECT_FLOAT_EQ(boxes[3].right(), 1280 - 10) << "the table on the right edge";
  EXPECT_FLOAT_EQ(boxes[3].bottom(), area.bottom() - 10) << "the table on the bottom edge";
  EXPECT_FLOAT_EQ(boxes[1].bottom(), area.bottom() - 10) << "filters on the bottom edge";
}

TEST(DockLayout, OnA2xScreenEvenASmallWindowKeepsThePanelsApart) {
  // 900x600 pixels at 2x: a 450x300 window in 96-dpi pixels, smaller than
  // the layout's smallest at full scale.
  const WorkArea small = {0, 42, 900, 600 - 42 - 78};
  const float scale = layout_scale_for(small, 2);
  EXPECT_LT(scale, 2);
  EXPECT_GT(scale, 0.5);
  std::array<PanelBox, kDocked.size()> fresh{}, followed{};
  const WorkArea big = {0, 42, 2000, 1200 - 42 - 78};
  for (std::size_t i = 0; i < kDocked.size(); ++i) {
    fresh[i] = default_panel_box(kDocked[i], small, scale);
    followed[i] = reflow_panel_box(default_panel_box(kDocked[i], big, layout_scale_for(big, 2)), big, small, scale);
  }
  expect_apart_and_inside(fresh, small, "laid out at 900x600 px, 2x");
  expect_apart_and_inside(followed, small, "shrunk from 2000x1200 to 900x600 px, 2x");
  EXPECT_FLOAT_EQ(layout_scale_for(big, 2), 2) << "room enough: the font's scale";
  EXPECT_FLOAT_EQ(layout_scale_for(area_of(900, 600), 1), 1);
}

const StatusGrid kGrid{10, 16, 225, 435, 90};

bool apart(const StatusSegment& a, const StatusSegment& b) {
  return !a.shown() || !b.shown() || a.x + a.width <= b.x || b.x + b.width <= a.x;
}

void expect_no_overlap(const StatusLayout& layout, float width) {
  const std::array<StatusSegment, 4> all{layout.count, layout.cursor, layout.activity, layout.attribution};
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].shown()) {
      EXPECT_LE(all[i].x + all[i].width, width) << i;
    }
    for (std::size_t j = i + 1; j < all.size(); ++j) EXPECT_TRUE(apart(all[i], all[j])) << i << "/" << j << " at " << width;
  }
}

TEST(StatusLayout, WideBarsKeepTheColumnsNarrowOnesCutTheActivityThenDropTheCursor) {
  const StatusWidths widths{170, 190, 600, 190};
  const StatusLayout wide = layout_status_bar(1920, widths, kGrid);
  EXPECT_FLOAT_EQ(wide.cursor.x, 225);
  EXPECT_FLOAT_EQ(wide.activity.x, 435);
  EXPECT_FLOAT_EQ(wide.activity.width, 600);
  EXPECT_FLOAT_EQ(wide.attribution.x, 1920 - 10 - 190);
  for (const float width : {1280.0f, 900.0f, 700.0f, 500.0f, 300.0f, 120.0f}) {
    const StatusLayout layout = layout_status_bar(width, widths, kGrid);
    expect_no_overlap(layout, width);
    EXPECT_TRUE(layout.count.shown());
  }
  const StatusLayout at900 = layout_status_bar(900, widths, kGrid);
  EXPECT_TRUE(at900.cursor.shown());
  EXPECT_TRUE(at900.attribution.shown());
  ASSERT_TRUE(at900.activity.shown());
  EXPECT_LT(at900.activity.width, 600) << "cut to the room before the attribution";
  const StatusLayout at500 = layout_status_bar(500, widths, kGrid);
  EXPECT_TRUE(at500.attribution.shown());
  EXPECT_FALSE(at500.cursor.shown());
}

TEST(WindowPlacement, AWindowNeverOpensLargerThanTheWorkAreaAtItsScale) {
  const MonitorWorkArea laptop{0, 32, 2560, 1568, 2.0f};  // a 2x screen under a top bar
  const WindowPlacement placed = place_window({1280, 800}, laptop);
  EXPECT_EQ(placed.size.width, 1280);
  EXPECT_EQ(placed.size.height, 784);  // 1568 / 2
  EXPECT_EQ(placed.x, 0);
  EXPECT_EQ(placed.y, 32);
  const WindowPlacement small = place_window({900, 600}, {0, 0, 1920, 1080, 1.0f});
  EXPECT_EQ(small.size, (geo::ScreenSize{900, 600}));
  EXPECT_EQ(small.x, 510);
  EXPECT_EQ(small.y, 240);
  EXPECT_EQ(place_window({1280, 800}, {}).size, (geo::ScreenSize{1280, 800})) << "no monitor: as asked";
}

}  // namespace
}  // namespace incimap::app
