// The figures of the progress line (app/cli/progress_meter.hpp).

#include "app/cli/progress_meter.hpp"

#include <gtest/gtest.h>

namespace incimap::app {
namespace {

TEST(ProgressFigures, ShareRateAndTimeLeftOfAKnownTotal) {
  // 25 MB of 100 MB in 5 s: 5 MB/s, 75 MB to go at that rate is 15 s.
  EXPECT_EQ(progress_figures(25'000'000, 100'000'000, 5.0), " 25% 25.0 of 100.0 MB, 5.0 MB/s, 15 s left");
}

TEST(ProgressFigures, MinutesLeftAreMinutesAndSeconds) {
  EXPECT_EQ(progress_figures(1'000'000, 100'000'000, 1.0), "  1% 1.0 of 100.0 MB, 1.0 MB/s, 1:39 left");
}

TEST(ProgressFigures, DoneSaysNoTimeLeft) {
  EXPECT_EQ(progress_figures(100'000'000, 100'000'000, 10.0), "100% 100.0 of 100.0 MB, 10.0 MB/s");
}

TEST(ProgressFigures, StdinHasNoTotalSoBytesAndRateOnly) {
  EXPECT_EQ(progress_figures(3'000'000, 0, 2.0), "3.0 MB, 1.5 MB/s");
}

TEST(ProgressFigures, SizesAndRatesTakeTheUnitThatShowsThem) {
  EXPECT_EQ(progress_figures(20'000, 40'000, 0.1), " 50% 20.0 of 40.0 kB, 200.0 kB/s, 0 s left");
  EXPECT_EQ(progress_figures(3'000'000'000, 0, 2.0), "3.0 GB, 1.5 GB/s");
}

TEST(ProgressMeter, NeverShownWhenAskedToBeQuiet) {
  ProgressMeter meter("test", 10, ProgressShown::never);
  EXPECT_FALSE(meter.shown());
}

}  // namespace
}  // namespace incimap::app
