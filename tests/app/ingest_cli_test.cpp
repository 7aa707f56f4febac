// Runs the built `incimap` binary the way a user does and checks what comes
// out on stdout, stderr and in the exit code.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "incimap_process.hpp"

namespace incimap::app {
namespace {
using namespace incimap::app::testing;
namespace fs = std::filesystem;
using nlohmann::json;

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

std::string first_line_of_file(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

TEST(IncimapCli, HelpGoesToStdoutWithExitZero) {
  const Outcome r = run_incimap({"--help"});
  EXPECT_EQ(r.exit_code, kExitOk);
  EXPECT_TRUE(contains(r.out, "Usage: incimap COMMAND")) << r.out;
  EXPECT_TRUE(contains(r.out, "ingest")) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST(IncimapCli, VersionPrintsTheProjectVersion) {
  const Outcome r = run_incimap({"--version"});
  EXPECT_EQ(r.exit_code, kExitOk);
  EXPECT_EQ(r.out, std::string("incimap ") + INCIMAP_VERSION + "\n");
}

TEST(IncimapCli, UnknownCommandIsAUsageError) {
  const Outcome r = run_incimap({"frobnicate"});
  EXPECT_EQ(r.exit_code, kExitUsage);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, "unknown command 'frobnicate'")) << r.err;
}

TEST(IncimapCli, NoCommandPrintsHelpOnStderr) {
  const Outcome r = run_incimap({});
  EXPECT_EQ(r.exit_code, kExitUsage);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, "Usage: incimap")) << r.err;
}

TEST(IngestCli, IngestHelpListsTheInputOptions) {
  const Outcome r = run_incimap({"ingest", "--help"});
  EXPECT_EQ(r.exit_code, kExitOk);
  EXPECT_TRUE(contains(r.out, "--max-article-bytes")) << r.out;
}

TEST(IngestCli, SampleFolderGivesOneJsonLinePerArticle) {
  const Outcome r = run_incimap({"ingest", INCIMAP_SAMPLES_DIR});
  EXPECT_EQ(r.exit_code, kExitOk) << r.err;
  EXPECT_EQ(r.err, "");
  const std::vector<json> articles = json_lines(r.out);
  // 9 .txt + 3 .html + 3 in .json files + 7 in .jsonl files + 5 RSS items + 5 Atom entries.
  ASSERT_EQ(articles.size(), 32u);

  std::set<std::string> ids;
  std::map<std::string, json> by_id;
  std::map<std::string, json> by_stem;  // the one-article files (.txt, .html), by file name
  for (const json& a : articles) {
    const std::string id = a.at("id").get<std::string>();
    EXPECT_TRUE(ids.insert(id).second) << "duplicate id " << id;
    const fs::path file = a.at("path").get<std::string>();
    by_id[id] = a;
    if (file.extension() == ".txt" || file.extension() == ".html") by_stem[file.stem().string()] = a;
    const std::string text = a.at("text").get<std::string>();
    const std::string title = a.at("title").get<std::string>();
    EXPECT_FALSE(title.empty()) << id;
    EXPECT_TRUE(text.starts_with(title)) << id;
    EXPECT_LT(a.at("body_start").get<std::size_t>(), a.at("body_end").get<std::size_t>()) << id;
    EXPECT_LE(a.at("body_end").get<std::size_t>(), text.size()) << id;
    EXPECT_TRUE(fs::equivalent(fs::path(a.at("path").get<std::string>()).parent_path(), INCIMAP_SAMPLES_DIR)) << id;
  }

  // A .txt without a header block is titled by its first line.
  for (const char* stem : {"afghanistan-kabul-suicide-bombing", "nigeria-borno-village-attack",
                           "colombia-cauca-army-clash", "us-portland-protest-riot"}) {
    ASSERT_TRUE(by_stem.contains(stem)) << stem;
    EXPECT_EQ(by_stem[stem]["title"], first_line_of_file(fs::path(INCIMAP_SAMPLES_DIR) / (std::string(stem) + ".txt")));
  }
  const json& html = by_stem.at("somalia-mogadishu-car-bomb");
  EXPECT_EQ(html["title"], "Car bomb kills eight at checkpoint near Mogadishu airport");
  EXPECT_EQ(html["source"], "Horn Observer");
  EXPECT_FALSE(contains(html["text"].get<std::string>(), "dataLayer"));
  EXPECT_EQ(by_id.at("regionaldesk-iraq-20210215-01")["title"], "Katyusha rockets land inside Baghdad airport perimeter");
  EXPECT_EQ(by_id.at("regionaldesk-iraq-20210215-01")["published_at"], "2021-02-15T08:05:00Z");
  EXPECT_EQ(by_stem.at("iraq-baghdad-airport-rockets")["source"], "Tigris Wire");
  EXPECT_EQ(by_id.at("levant-2021-0511")["source"], "Levant Report");
}

class IngestBatchCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("incimap-cli-" + std::to_string(::getpid()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, std::string_view bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  fs::path dir_;
};

TEST_F(IngestBatchCli, BadFileIsReportedAndTheGoodOnesAreStillPrinted) {
  const std::string good_text = write("good.txt", "Blast in Kirkuk\n\nA bomb went off near the citadel.");
  const std::string broken = write("broken.json", "{\"title\": \"Half a record\", ");
  const std::string good_html = write("good.html", "<title>Clashes in Tripoli</title><p>Gunfire was heard overnight.</p>");
  const Outcome r = run_incimap({"ingest", good_text, broken, good_html});
  EXPECT_EQ(r.exit_code, kExitSomeInputsFailed);
  const std::vector<json> articles = json_lines(r.out);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0]["title"], "Blast in Kirkuk");
  EXPECT_EQ(articles[1]["title"], "Clashes in Tripoli");
  const std::vector<std::string> errors = lines_of(r.err);
  ASSERT_EQ(errors.size(), 1u) << r.err;
  EXPECT_TRUE(contains(errors[0], broken)) << errors[0];
  EXPECT_TRUE(contains(errors[0], "malformed JSON")) << errors[0];
}

TEST_F(IngestBatchCli, RecordAndStderrSayHowTheBytesWereDecoded) {
  const std::string utf8 = write("a.txt", "Caf\xC3\xA9\n\nBogot\xC3\xA1.");
  const std::string mixed = write("b.txt", "Caf\xC3\xA9\n\n\x93quoted\x94 in Bogot\xC3\xA1.");
  const std::string cp1252 = write("c.txt", "Caf\xE9\n\n\x93quoted\x94.");
  std::string wide = "\xFF\xFE";
  for (const char c : std::string("Wide\n\nKabul.")) wide += std::string(1, c) + '\0';
  const std::string utf16 = write("d.txt", wide);
  const Outcome r = run_incimap({"ingest", utf8, mixed, cp1252, utf16});
  EXPECT_EQ(r.exit_code, kExitOk) << r.err;
  const std::vector<json> articles = json_lines(r.out);
  ASSERT_EQ(articles.size(), 4u) << r.out;
  EXPECT_EQ(articles[0]["encoding"], "UTF-8");
  EXPECT_EQ(articles[0]["replaced_bytes"], 0);
  EXPECT_EQ(articles[1]["encoding"], "UTF-8");
  EXPECT_EQ(articles[1]["replaced_bytes"], 2);
  EXPECT_EQ(articles[2]["encoding"], "Windows-1252");
  EXPECT_EQ(articles[3]["encoding"], "UTF-16LE");
  // One note for each input that was not plain UTF-8, none for the one that was.
  const std::vector<std::string> notes = lines_of(r.err);
  ASSERT_EQ(notes.size(), 3u) << r.err;
  EXPECT_EQ(notes[0], "incimap: " + mixed + ": UTF-8 with 2 invalid bytes replaced by U+FFFD");
  EXPECT_EQ(notes[1], "incimap: " + cp1252 + ": read as Windows-1252 (not valid UTF-8, and no encoding declared)");
  EXPECT_EQ(notes[2], "incimap: " + utf16 + ": read as UTF-16LE (detected)");
  const Outcome quiet = run_incimap({"ingest", "-q", mixed, cp1252});
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(json_lines(quiet.out).size(), 2u);
}

TEST_F(IngestBatchCli, HostileFeedIsRejectedWithItsReason) {
  const std::string feed = write("evil.xml", "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                             "<rss><channel><item><title>&x;</title></item></channel></rss>");
  const Outcome r = run_incimap({"ingest", feed});
  EXPECT_EQ(r.exit_code, kExitSomeInputsFailed);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, feed + ": entity declarations are not allowed")) << r.err;
}

TEST_F(IngestBatchCli, TruncatedFeedErrorNamesTheLine) {
  const std::string feed = write("cut.rss", "<rss>\n<channel>\n<item>\n<title>Cut off");
  const Outcome r = run_incimap({"ingest", feed});
  EXPECT_EQ(r.exit_code, kExitSomeInputsFailed);
  EXPECT_TRUE(contains(r.err, feed + ": malformed XML: line 4: ")) << r.err;
}

TEST(IngestCli, UsageErrorsExitTwo) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"ingest", "--no-such-option"}, {"ingest", "--input-format", "docx", "-"}, {"ingest", "--max-article-bytes"}}) {
    const Outcome r = run_incimap(args);
    EXPECT_EQ(r.exit_code, kExitUsage) << args[1];
    EXPECT_EQ(r.out, "") << args[1];
    EXPECT_TRUE(r.err.starts_with("incimap ingest: ")) << r.err;
  }
}

TEST(IngestCli, MaxArticleBytesRejectsLongerArticles) {
  const std::string sample = std::string(INCIMAP_SAMPLES_DIR) + "/ukraine-kharkiv-shelling.txt";
  const Outcome limited = run_incimap({"ingest", "--max-article-bytes", "100", sample});
  EXPECT_EQ(limited.exit_code, kExitSomeInputsFailed);
  EXPECT_EQ(limited.out, "");
  EXPECT_TRUE(contains(limited.err, "over the limit of 100")) << limited.err;

  const Outcome unlimited = run_incimap({"ingest", sample});
  EXPECT_EQ(unlimited.exit_code, kExitOk);
  EXPECT_EQ(json_lines(unlimited.out).size(), 1u);
}

TEST(IngestCli, JsonLinesFromStdin) {
  const Outcome r = run_incimap({"ingest", "-"}, "{\"id\":\"a\",\"text\":\"Protest in Lagos.\"}\n"
                                                 "\n"
                                                 "{\"title\":\"Raid in Kano\",\"text\":\"Police raided a house.\"}\n");
  EXPECT_EQ(r.exit_code, kExitOk) << r.err;
  const std::vector<json> articles = json_lines(r.out);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0]["id"], "a");
  EXPECT_EQ(articles[0]["text"], "Protest in Lagos.");
  EXPECT_EQ(articles[0]["path"], "-");
  EXPECT_EQ(articles[1]["id"].get<std::string>().size(), 16u);  // a hash of title and text
  EXPECT_EQ(articles[1]["text"], "Raid in Kano\n\nPolice raided a house.");
}

TEST(IngestCli, StdinIsStreamedLineByLine) {
  // Each article must come out before the next line is even written: the
  // command works as a filter on an endless stream.
  RunningIncimap child({"ingest", "-"});
  const auto first = child.send_and_read_line("{\"id\":\"s1\",\"text\":\"Rockets hit Sderot.\"}\n");
  ASSERT_TRUE(first) << "no output while stdin was still open";
  EXPECT_EQ(json::parse(*first)["id"], "s1");
  const auto second = child.send_and_read_line("{\"id\":\"s2\",\"text\":\"Sirens in Beersheba.\"}\n");
  ASSERT_TRUE(second);
  EXPECT_EQ(json::parse(*second)["id"], "s2");
  EXPECT_EQ(child.finish().exit_code, kExitOk);
}

TEST(IngestCli, BadStdinLineIsReportedWithItsLineNumber) {
  const Outcome r = run_incimap({"ingest"}, "{\"text\":\"Shelling in Izium.\"}\nnot json\n{\"text\":\"Curfew in Sumy.\"}\n");
  EXPECT_EQ(r.exit_code, kExitSomeInputsFailed);
  EXPECT_EQ(json_lines(r.out).size(), 2u);
  const std::vector<std::string> errors = lines_of(r.err);
  ASSERT_EQ(errors.size(), 1u) << r.err;
  EXPECT_TRUE(contains(errors[0], "-:2: malformed JSON")) << errors[0];
}

}  // namespace
}  // namespace incimap::app
