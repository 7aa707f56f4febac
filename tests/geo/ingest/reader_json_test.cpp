#include "geo/ingest/reader_json.hpp"
#include "geo/ingest/compose.hpp"

#include <gtest/gtest.h>

#include "geo/base/input_error.hpp"
#include "geo/ingest/published_time.hpp"

namespace incimap::geo {
namespace {

TEST(ReaderJson, NewsApiFieldNames) {
  const auto articles = read_json_articles(
      R"({"title":"Blast in Kabul","content":"A bomb exploded.","publishedAt":"2021-08-26T15:00:00Z",
          "url":"https://example.org/k","source":{"name":"Example"}})",
      "k.json");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  EXPECT_EQ(a.title, "Blast in Kabul");
  EXPECT_EQ(a.text, "Blast in Kabul\n\nA bomb exploded.");
  EXPECT_EQ(a.body_start, 16u);
  EXPECT_EQ(a.source, "Example");
  EXPECT_EQ(a.url, "https://example.org/k");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(format_published_time(*a.published), "2021-08-26T15:00:00Z");
  EXPECT_EQ(a.id, content_article_id(a));  // no id of its own: a hash of the URL, not the file name
}

TEST(ReaderJson, NumberTooLargeForADoubleIsMalformedJsonNamingTheLine) {
  // nlohmann::json throws out_of_range, not parse_error, for these.
  try {
    read_json_line(R"({"text":"Mosul","x":1e400})", "wire.jsonl", 7);
    ADD_FAILURE() << "1e400 was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), "wire.jsonl:7");
    EXPECT_NE(e.reason().find("malformed JSON"), std::string::npos) << e.reason();
  }
  EXPECT_THROW(read_json_articles(R"([{"text":"a","n":[{"deep":-1e999}]}])", "a.json"), InputError);
}

TEST(ReaderJson, IdBeyondSigned64BitsIsKeptExactly) {
  const Article a = read_json_line(R"({"id":18446744073709551615,"text":"x"})", "-", 1);
  EXPECT_EQ(a.id, "18446744073709551615");
}

TEST(ReaderJson, ArrayGivesOneArticlePerElementWithStableIds) {
  const auto articles = read_json_articles(R"([{"text":"One."},{"id":"x7","body":"Two."}])", "feed.json");
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, content_article_id(articles[0]));
  EXPECT_EQ(articles[1].id, "x7");
  EXPECT_EQ(articles[1].text, "Two.");
}

TEST(ReaderJson, LineWithoutTitleKeepsTextExactly) {
  const Article a = read_json_line(R"({"id":"a1","text":"  Mosul, Iraq  "})", "-", 3);
  EXPECT_EQ(a.text, "  Mosul, Iraq  ");
  EXPECT_EQ(a.body_start, 0u);
  EXPECT_EQ(a.id, "a1");
}

TEST(ReaderJson, MalformedJsonNamesFileAndLine) {
  try {
    read_json_line(R"({"text": "unterminated)", "in.jsonl", 4);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), "in.jsonl:4");
    EXPECT_NE(std::string(e.what()).find("malformed JSON"), std::string::npos);
  }
}

TEST(ReaderJson, ObjectWithoutTextIsAnError) {
  EXPECT_THROW(read_json_articles(R"({"url":"x"})", "a.json"), InputError);
  EXPECT_THROW(read_json_articles("[]", "a.json"), InputError);
  EXPECT_THROW(read_json_articles("[1,2]", "a.json"), InputError);
}

}  // namespace
}  // namespace incimap::geo
