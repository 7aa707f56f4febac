#include "geo/ingest/reader_text.hpp"
#include "geo/ingest/compose.hpp"

#include <gtest/gtest.h>

#include "geo/ingest/published_time.hpp"

namespace incimap::geo {
namespace {

TEST(ReaderText, FirstLineIsTitleWhenBlankLineFollows) {
  const std::string file = "Rockets hit Baghdad\n\nEight rockets struck the Green Zone.\n";
  const Article a = read_text_article(file, "/news/rockets.txt");
  EXPECT_EQ(a.title, "Rockets hit Baghdad");
  EXPECT_EQ(a.text, file);  // the text is the file's bytes
  EXPECT_EQ(a.body_start, file.find("Eight"));
  EXPECT_EQ(a.id, content_article_id(a));
  EXPECT_EQ(a.path, "/news/rockets.txt");
}

TEST(ReaderText, NoTitleWithoutBlankLine) {
  const Article a = read_text_article("A first line\ncontinues here.", "x.txt");
  EXPECT_TRUE(a.title.empty());
  EXPECT_EQ(a.body_start, 0u);
}

TEST(ReaderText, TrailingPageFurnitureIsOutsideTheBody) {
  const std::string file = "Title\n\nBody sentence.\n\nLatest News";
  const Article a = read_text_article(file, "x.txt");
  EXPECT_EQ(a.text, file);
  EXPECT_EQ(a.body_end, file.find("Body sentence.") + 14);
}

TEST(ReaderText, HeaderBlockSetsMetadata) {
  const std::string file =
      "Date: 2020-01-05T21:30:00+03:00\nSource: Example Wire\nURL: https://example.org/a\n\n"
      "Rockets hit Baghdad\n\nBody.";
  const Article a = read_text_article(file, "x.txt");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(format_published_time(*a.published), "2020-01-05T21:30:00+03:00");
  EXPECT_EQ(a.source, "Example Wire");
  EXPECT_EQ(a.url, "https://example.org/a");
  EXPECT_EQ(a.title, "Rockets hit Baghdad");
  EXPECT_EQ(a.text, "Rockets hit Baghdad\n\nBody.");
}

TEST(ReaderText, ColonInFirstLineIsNotAHeader) {
  const std::string file = "Attack on embassy: Report\n\nBody.";
  const Article a = read_text_article(file, "x.txt");
  EXPECT_EQ(a.title, "Attack on embassy: Report");
  EXPECT_EQ(a.text, file);
}

TEST(ReaderText, DatelineGivesThePublishedDay) {
  const Article a = read_text_article("Blast in Kabul\n\nKABUL, September 7, 2020 — A bomb exploded.", "k.txt");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(format_published_time(*a.published), "2020-09-07");
}

TEST(ReaderText, HeaderDateWinsOverDateline) {
  const Article a =
      read_text_article("Date: 2021-01-02\n\nTitle\n\nMOSUL, March 3, 2020 — Text.", "k.txt");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(format_published_time(*a.published), "2021-01-02");
}

TEST(ReaderText, NoDatelineNoDate) {
  EXPECT_FALSE(read_text_article("Title\n\nIn May, rockets hit the base - officials said.", "k.txt").published);
  EXPECT_FALSE(dateline_time("KABUL — A bomb exploded on March 5.", 0));
  EXPECT_EQ(format_published_time(*dateline_time("BAGHDAD, Iraq, Jan. 5, 2020 - Rockets", 0)), "2020-01-05");
  EXPECT_EQ(format_published_time(*dateline_time("MAIDUGURI, Nigeria, 14 December 2019 — Gunmen", 0)), "2019-12-14");
  // A first sentence with a dash is no dateline, whatever dates it holds.
  EXPECT_FALSE(dateline_time("Officials said on March 3, 2020 - the day after - that it was over.", 0));
}

}  // namespace
}  // namespace incimap::geo
