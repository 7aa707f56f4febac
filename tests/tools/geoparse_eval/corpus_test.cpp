// Reading the gold corpus XML, re-anchoring its offsets, and writing it as
// the geoparser's JSON-lines input. Corpora are written inline here.

#include "geoparse_eval/corpus.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

#include "geoparse_eval/anchoring.hpp"
#include "geoparse_eval/articles_jsonl.hpp"
#include "geoparse_eval/input_file.hpp"

namespace incimap::tools {
namespace {

constexpr std::string_view kCorpus = R"(<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <title>Not part of the text</title>
    <text><![CDATA[Flooding in Kraków & <nearby> towns.
Rain eased by noon.]]></text>
    <toponyms>
      <toponym>
        <start>12</start><end>18</end><phrase>Kraków</phrase>
        <gaztag geonameid="123"><name>Krakow Town</name><fclass>P</fclass>
          <lat> 50.06 </lat><lon>19.94</lon></gaztag>
      </toponym>
      <toponym><start>30</start><end>35</end><phrase>towns</phrase></toponym>
    </toponyms>
  </article>
  <article docid="8"><text><![CDATA[Nothing here.]]></text><toponyms/></article>
  <article docid="9"><text><![CDATA[No toponyms element.]]></text></article>
</articles>
)";

std::string failure_of(std::string_view xml) {
  try {
    parse_corpus(xml, "bad.xml");
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
}

TEST(Corpus, KeepsTheCdataTextExactly) {
  const Corpus corpus = parse_corpus(kCorpus, "inline.xml");
  ASSERT_EQ(corpus.articles.size(), 3u);
  EXPECT_EQ(corpus.source, "inline.xml");
  EXPECT_EQ(corpus.articles[0].id, "7");
  EXPECT_EQ(corpus.articles[0].text, "Flooding in Kraków & <nearby> towns.\nRain eased by noon.");
  EXPECT_EQ(corpus.articles[1].text, "Nothing here.");
  EXPECT_TRUE(corpus.articles[1].toponyms.empty());
  EXPECT_TRUE(corpus.articles[2].toponyms.empty());
}

TEST(Corpus, ReadsToponymsAndTheirPlaces) {
  const Corpus corpus = parse_corpus(kCorpus, "inline.xml");
  const auto& toponyms = corpus.articles[0].toponyms;
  ASSERT_EQ(toponyms.size(), 2u);
  EXPECT_EQ(toponyms[0].start, 12u);
  EXPECT_EQ(toponyms[0].end, 18u);
  EXPECT_EQ(toponyms[0].phrase, "Kraków");
  ASSERT_TRUE(toponyms[0].place);
  EXPECT_EQ(toponyms[0].place->geonameid, "123");
  EXPECT_EQ(toponyms[0].place->name, "Krakow Town");
  EXPECT_DOUBLE_EQ(toponyms[0].place->point.latitude_deg(), 50.06);
  EXPECT_DOUBLE_EQ(toponyms[0].place->point.longitude_deg(), 19.94);
  EXPECT_FALSE(toponyms[1].place);  // no gaztag: recognition only
}

TEST(Corpus, GaztagWithoutCoordinatesLeavesTheToponymUnplaced) {
  const Corpus corpus = parse_corpus(
      R"(<articles><article docid="1"><text>Elm Street</text><toponyms><toponym><start>0</start><end>10</end>
      <phrase>Elm Street</phrase><gaztag geonameid="5"><name>Elm</name></gaztag></toponym></toponyms></article></articles>)",
      "x.xml");
  EXPECT_FALSE(corpus.articles[0].toponyms[0].place);
}

TEST(Corpus, MalformedInputNamesTheFileAndTheReason) {
  EXPECT_NE(failure_of("<articles><article docid='1'>").find("bad.xml: line"), std::string::npos);
  EXPECT_NE(failure_of("<docs/>").find("bad.xml: root element is not <articles>"), std::string::npos);
  EXPECT_NE(failure_of("").find("bad.xml"), std::string::npos);
  EXPECT_NE(failure_of("<articles><article><text>x</text></article></articles>").find("no docid"), std::string::npos);
  EXPECT_NE(failure_of("<articles><article docid='1'></article></articles>").find("has no <text>"), std::string::npos);
  EXPECT_NE(failure_of("<articles><article docid='1'><text>x</text></article><article docid='1'><text>y</text>"
                       "</article></articles>")
                .find("docid appears twice"),
            std::string::npos);
}

TEST(Corpus, BadOffsetsNameTheLine) {
  const std::string message = failure_of(
      "<articles>\n<article docid='1'><text>x</text><toponyms>\n<toponym><start>two</start><end>3</end>"
      "<phrase>x</phrase></toponym></toponyms></article></articles>");
  EXPECT_NE(message.find("bad.xml:3:"), std::string::npos) << message;
  EXPECT_NE(message.find("<start> is not a non-negative integer"), std::string::npos) << message;
  EXPECT_NE(failure_of("<articles><article docid='1'><text>x</text><toponyms><toponym><start>4</start><end>3</end>"
                       "<phrase>x</phrase></toponym></toponyms></article></articles>")
                .find("<end> is before <start>"),
            std::string::npos);
  EXPECT_NE(failure_of("<articles><article docid='1'><text>x</text><toponyms><toponym><start>0</start><end>1</end>"
                       "<phrase>x</phrase><gaztag><lat>95</lat><lon>0</lon></gaztag></toponym></toponyms>"
                       "</article></articles>")
                .find("coordinates out of range"),
            std::string::npos);
}

TEST(Corpus, MissingFileNamesThePathAndTheReason) {
  try {
    read_corpus("/nonexistent/dir/corpus.xml");
    FAIL() << "expected InputError";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), "/nonexistent/dir/corpus.xml: No such file or directory");
  }
}

// --- re-anchoring -------------------------------------------------------------

TEST(Anchoring, KeepsOffsetsThatPointAtThePhrase) {
  const AnchoredSpan span = anchor_phrase(U"to Mosul and Erbil", U"Mosul", 3, 8);
  EXPECT_EQ(span.start, 3u);
  EXPECT_EQ(span.end, 8u);
  EXPECT_EQ(span.status, AnchorStatus::as_stated);
}

TEST(Anchoring, MovesAnOffByOneStartOntoThePhrase) {
  // TR-News style: the stated start is one past the phrase.
  const AnchoredSpan span = anchor_phrase(U"to Mosul and Erbil", U"Mosul", 4, 9);
  EXPECT_EQ(span.start, 3u);
  EXPECT_EQ(span.end, 8u);
  EXPECT_EQ(span.status, AnchorStatus::moved);
}

TEST(Anchoring, MovesInEitherDirectionWithinTheWindow) {
  EXPECT_EQ(anchor_phrase(U"..........Mosul", U"Mosul", 0, 5).start, 10u);
  EXPECT_EQ(anchor_phrase(U"Mosul..........", U"Mosul", 10, 15).start, 0u);
  EXPECT_EQ(anchor_phrase(U"Mosul..........", U"Mosul", 10, 15, 9).status, AnchorStatus::not_found);
}

TEST(Anchoring, FixesAWrongEndWhenTheStartIsRight) {
  const AnchoredSpan span = anchor_phrase(U"the Kenyan capital", U"Kenyan", 4, 9);
  EXPECT_EQ(span.start, 4u);
  EXPECT_EQ(span.end, 10u);
  EXPECT_EQ(span.status, AnchorStatus::moved);
}

TEST(Anchoring, PrefersTheNearestOccurrenceAndTheEarlierOnATie) {
  // Occurrences at 0 and 8; stated 5 is 3 from the second.
  EXPECT_EQ(anchor_phrase(U"Gaza -- Gaza", U"Gaza", 5, 9).start, 8u);
  // Stated 4 is 4 from both: the earlier wins.
  EXPECT_EQ(anchor_phrase(U"Gaza -- Gaza", U"Gaza", 4, 8).start, 0u);
}

TEST(Anchoring, LeavesUnfoundPhrasesAsStated) {
  const AnchoredSpan span = anchor_phrase(U"nothing to see", U"Basra", 3, 8);
  EXPECT_EQ(span.start, 3u);
  EXPECT_EQ(span.end, 8u);
  EXPECT_EQ(span.status, AnchorStatus::not_found);
  // Case matters when anchoring: the annotation copies the text.
  EXPECT_EQ(anchor_phrase(U"in basra", U"Basra", 3, 8).status, AnchorStatus::not_found);
}

// --- JSON lines for the geoparser ---------------------------------------------

TEST(ArticlesJsonl, WritesIdAndExactlyTheTextWithoutTitle) {
  const Corpus corpus = parse_corpus(kCorpus, "inline.xml");
  const std::string line = article_json_line(corpus.articles[0]);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_NE(line.find("Kraków"), std::string::npos);  // raw UTF-8, not \u escapes
  const auto parsed = nlohmann::json::parse(line);
  EXPECT_EQ(parsed.size(), 2u);
  EXPECT_EQ(parsed.at("id"), "7");
  EXPECT_EQ(parsed.at("text"), corpus.articles[0].text);
}

TEST(ArticlesJsonl, OneLinePerArticle) {
  std::ostringstream out;
  write_articles_jsonl(out, parse_corpus(kCorpus, "inline.xml"));
  std::istringstream lines(out.str());
  std::string line;
  std::vector<std::string> ids;
  while (std::getline(lines, line)) ids.push_back(nlohmann::json::parse(line).at("id"));
  EXPECT_EQ(ids, (std::vector<std::string>{"7", "8", "9"}));
}

}  // namespace
}  // namespace incimap::tools
