// Reading `incimap places` JSON lines.

#include "geoparse_eval/predictions.hpp"

#include <gtest/gtest.h>

#include <string>

#include "geoparse_eval/input_file.hpp"

namespace incimap::tools {
namespace {

std::string failure_of(std::string_view jsonl) {
  try {
    parse_predictions(jsonl, "p.jsonl");
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
}

TEST(Predictions, ReadsPlacesWithAndWithoutCoordinates) {
  const PredictedArticle article = parse_prediction_line(
      R"({"id":"a","places":[{"start":3,"end":9,"text":"Mosul","kind":"place","name":"Mosul","lat":36.34,"lon":43.13,"geonameid":99072,"confidence":0.9},)"
      R"({"start":20,"end":25,"text":"Iraqi","kind":"demonym","name":null,"lat":null,"lon":null,"geonameid":null}]})");
  EXPECT_EQ(article.id, "a");
  ASSERT_EQ(article.places.size(), 2u);
  const PredictedPlace& resolved = article.places[0];
  EXPECT_EQ(resolved.start_byte, 3u);
  EXPECT_EQ(resolved.end_byte, 9u);
  EXPECT_EQ(resolved.text, "Mosul");
  EXPECT_EQ(resolved.kind, "place");
  EXPECT_EQ(resolved.geonameid, "99072");
  ASSERT_TRUE(resolved.point);
  EXPECT_DOUBLE_EQ(resolved.point->latitude_deg(), 36.34);
  EXPECT_DOUBLE_EQ(resolved.point->longitude_deg(), 43.13);
  EXPECT_EQ(article.places[1].kind, "demonym");
  EXPECT_FALSE(article.places[1].point);
  EXPECT_TRUE(article.places[1].name.empty());
}

TEST(Predictions, NumericIdsAndMissingPlacesAreAccepted) {
  const PredictedArticle article = parse_prediction_line(R"({"id":40450848})");
  EXPECT_EQ(article.id, "40450848");
  EXPECT_TRUE(article.places.empty());
}

TEST(Predictions, SkipsBlankLinesAndKeysByArticle) {
  const Predictions predictions =
      parse_predictions("{\"id\":\"a\",\"places\":[]}\n\n{\"id\":\"b\",\"places\":[{\"start\":0,\"end\":1}]}\n", "p.jsonl");
  ASSERT_EQ(predictions.by_article.size(), 2u);
  EXPECT_TRUE(predictions.by_article.at("a").empty());
  EXPECT_EQ(predictions.by_article.at("b").size(), 1u);
}

TEST(Predictions, ErrorsNameFileLineAndReason) {
  EXPECT_EQ(failure_of("{\"id\":\"a\"}\n\n{oops"), "p.jsonl:3: not valid JSON");
  EXPECT_EQ(failure_of("{\"id\":\"a\"}\n{\"id\":\"a\"}"), "p.jsonl:2: article \"a\" appears twice");
  EXPECT_EQ(failure_of("[1]"), "p.jsonl:1: not a JSON object");
  EXPECT_EQ(failure_of("{\"places\":[]}"), "p.jsonl:1: \"id\" must be a string or an integer");
  EXPECT_EQ(failure_of(R"({"id":"a","places":[{"start":-1,"end":2}]})"),
            "p.jsonl:1: place \"start\" must be a non-negative integer");
  EXPECT_EQ(failure_of(R"({"id":"a","places":[{"start":5,"end":2}]})"), "p.jsonl:1: place \"end\" is before \"start\"");
  EXPECT_EQ(failure_of(R"({"id":"a","places":[{"start":0,"end":2,"lat":1.5,"lon":null}]})"),
            "p.jsonl:1: \"lat\" and \"lon\" must both be numbers or both null");
  EXPECT_EQ(failure_of(R"({"id":"a","places":[{"start":0,"end":2,"lat":100,"lon":0}]})"),
            "p.jsonl:1: \"lat\"/\"lon\" out of range");
  EXPECT_EQ(failure_of(R"({"id":"a","places":{}})"), "p.jsonl:1: \"places\" must be an array");
}

}  // namespace
}  // namespace incimap::tools
