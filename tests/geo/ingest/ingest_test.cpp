#include "geo/ingest/ingest.hpp"
#include "geo/ingest/compose.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "geo/text/encoding.hpp"

namespace incimap::geo {
namespace {
namespace fs = std::filesystem;

class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("incimap-ingest-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, std::string_view bytes) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  IngestReport run(const std::vector<std::string>& paths, IngestOptions options = {}) {
    articles_.clear();
    return ingest_paths(paths, options, [this](Article&& a) { articles_.push_back(std::move(a)); });
  }

  fs::path dir_;
  std::vector<Article> articles_;
};

TEST_F(IngestTest, FolderIsReadRecursivelyInSortedOrder) {
  write("b/two.txt", "Two\n\nBody two.");
  write("a.txt", "One\n\nBody one.");
  write("notes.md", "ignored: unknown extension inside a folder");
  const auto report = run({dir_.string()});
  EXPECT_TRUE(report.failures.empty());
  ASSERT_EQ(articles_.size(), 2u);
  EXPECT_EQ(articles_[0].title, "One");
  EXPECT_EQ(articles_[1].title, "Two");
}

TEST_F(IngestTest, BadInputsAreReportedAndTheRestIsRead) {
  const std::string good = write("good.txt", "Fine\n\nBody.");
  const std::string empty = write("empty.txt", "");
  const std::string binary = write("blob.txt", std::string_view("\x7f" "ELF\0\0\x01", 7));
  const std::string unknown = write("data.bin", "whatever");
  const std::string broken = write("broken.json", "{\"text\": ");
  const std::string missing = (dir_ / "missing.txt").string();
  const auto report = run({empty, binary, unknown, broken, missing, good});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].title, "Fine");
  ASSERT_EQ(report.failures.size(), 5u);
  EXPECT_EQ(report.failures[0].path(), empty);
  EXPECT_EQ(report.failures[0].reason(), "empty file");
  EXPECT_NE(report.failures[1].reason().find("binary"), std::string::npos);
  EXPECT_NE(report.failures[2].reason().find("unknown extension"), std::string::npos);
  EXPECT_NE(report.failures[3].reason().find("malformed JSON"), std::string::npos);
  EXPECT_EQ(report.failures[4].reason(), "no such file");
}

TEST_F(IngestTest, ArticleOverTheSizeLimitIsRejected) {
  const std::string big = write("big.txt", "Title\n\n" + std::string(200, 'x'));
  const std::string small = write("small.txt", "Title\n\nshort");
  IngestOptions options;
  options.max_article_bytes = 100;
  const auto report = run({big, small}, options);
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_NE(report.failures[0].reason().find("over the limit of 100"), std::string::npos);
  ASSERT_EQ(articles_.size(), 1u);
}

TEST_F(IngestTest, JsonLinesGoOnAfterABadLine) {
  std::istringstream in("{\"text\":\"One\"}\nnot json\n\n{\"text\":\"Three\"}\n");
  IngestReport report;
  std::vector<std::string> failures;
  ingest_json_lines(in, "-", {}, [this](Article&& a) { articles_.push_back(std::move(a)); },
                    [&](const InputError& e) { failures.push_back(e.path()); }, report);
  ASSERT_EQ(articles_.size(), 2u);
  EXPECT_EQ(articles_[1].text, "Three");
  EXPECT_EQ(articles_[1].id, content_article_id(articles_[1]));  // not its line number
  EXPECT_EQ(failures, std::vector<std::string>{"-:2"});
}

// What a caller that parses on its own threads gets: each JSON line as
// a pending article that reads to what ingest_paths gives, a bad line
// failing at read() with ingest_paths' message, other files already read.
TEST_F(IngestTest, PendingLinesReadToTheArticlesIngestGivesAndFailTheSame) {
  const std::string lines = write("wire.jsonl", "{\"text\":\"One\"}\n{\"text\":\"Two\",\"score\":1e400}\n\n{\"text\":\"Three\"}\n");
  const std::string text = write("four.txt", "Four\n\nBody four.");
  const auto direct = run({lines, text});
  std::vector<PendingArticle> pending;
  const auto report = ingest_paths_pending({lines, text}, {}, [&](PendingArticle&& p) { pending.push_back(std::move(p)); });
  EXPECT_TRUE(report.failures.empty()) << "a line's failure is the caller's";
  EXPECT_EQ(report.articles, 4u);
  ASSERT_EQ(pending.size(), 4u);
  EXPECT_EQ(pending[1].where, lines + ":2");
  std::vector<Article> read;
  for (std::size_t i = 0; i < pending.size(); ++i) {
    if (i == 1) {
      try {
        pending[i].read();
        ADD_FAILURE() << "a malformed line read";
      } catch (const InputError& e) {
        ASSERT_EQ(direct.failures.size(), 1u);
        EXPECT_STREQ(e.what(), direct.failures[0].what());
      }
      continue;
    }
    read.push_back(pending[i].read());
  }
  ASSERT_EQ(read.size(), articles_.size());
  for (std::size_t i = 0; i < read.size(); ++i) {
    EXPECT_EQ(read[i].id, articles_[i].id);
    EXPECT_EQ(read[i].text, articles_[i].text);
    EXPECT_EQ(read[i].where, articles_[i].where);
  }
}

TEST_F(IngestTest, Latin1FileIsConverted) {
  const std::string path = write("latin.txt", "Bogot\xE1\n\nProtesters gathered in Bogot\xE1.");
  run({path});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].title, "Bogotá");
}

TEST_F(IngestTest, NumberTooLargeForADoubleFailsOnlyItsLine) {
  const std::string path = write("wire.jsonl", "{\"text\":\"One\"}\n{\"text\":\"Two\",\"score\":1e400}\n{\"text\":\"Three\"}\n");
  const std::string json = write("one.json", "{\"text\":\"Four\",\"lat\":-1e999}");
  const auto report = run({path, json});
  ASSERT_EQ(articles_.size(), 2u);
  EXPECT_EQ(articles_[0].text, "One");
  EXPECT_EQ(articles_[1].text, "Three");
  EXPECT_EQ(articles_[1].where, path + ":3");
  ASSERT_EQ(report.failures.size(), 2u);
  EXPECT_EQ(report.failures[0].path(), path + ":2");
  EXPECT_NE(report.failures[0].reason().find("malformed JSON"), std::string::npos) << report.failures[0].reason();
  EXPECT_EQ(report.failures[1].path(), json);
}

TEST_F(IngestTest, FifoIsRefusedRatherThanWaitedOn) {
  // No writer ever opens these: reading either would block for ever.
  const std::string lines = (dir_ / "pipe.jsonl").string();
  const std::string text = (dir_ / "pipe.txt").string();
  ASSERT_EQ(::mkfifo(lines.c_str(), 0600), 0);
  ASSERT_EQ(::mkfifo(text.c_str(), 0600), 0);
  const std::string good = write("good.txt", "Fine\n\nBody.");
  const auto report = run({lines, text, good});
  ASSERT_EQ(articles_.size(), 1u);
  ASSERT_EQ(report.failures.size(), 2u);
  EXPECT_EQ(report.failures[0].path(), lines);
  EXPECT_NE(report.failures[0].reason().find("is a FIFO, not a regular file"), std::string::npos)
      << report.failures[0].reason();
  EXPECT_EQ(report.failures[1].path(), text);
}

TEST_F(IngestTest, SymbolicLinkLoopIsReportedAsOne) {
  const fs::path a = dir_ / "a.txt";
  const fs::path b = dir_ / "b.txt";
  fs::create_symlink(b, a);
  fs::create_symlink(a, b);
  const fs::path dangling = dir_ / "gone.txt";
  fs::create_symlink(dir_ / "nowhere.txt", dangling);
  const auto report = run({a.string(), dangling.string()});
  ASSERT_EQ(report.failures.size(), 2u);
  EXPECT_EQ(report.failures[0].reason(), "symbolic link loop");
  EXPECT_EQ(report.failures[1].reason(), "symbolic link to a missing file");
}

// Runs `check` where folder permissions hold: as root (CI), in a child
// process that became "nobody"; otherwise here. `check` returns whether the
// expectations held.
bool run_without_root(const std::function<bool()>& check) {
  if (::geteuid() != 0) return check();
  const pid_t child = ::fork();
  if (child == 0) {
    const bool dropped = ::setgid(65534) == 0 && ::setuid(65534) == 0;
    ::_exit(dropped && check() ? 0 : 1);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

TEST_F(IngestTest, UnlistableFolderIsAFailureAndTheRestIsRead) {
  write("a.txt", "One\n\nBody one.");
  write("locked/b.txt", "Two\n\nBody two.");
  write("z/c.txt", "Three\n\nBody three.");
  const fs::path locked = dir_ / "locked";
  fs::permissions(locked, fs::perms::none);
  const bool held = run_without_root([&] {
    const auto report = run({dir_.string()});
    return articles_.size() == 2 && report.failures.size() == 1 && report.failures[0].path() == locked.string() &&
           report.failures[0].reason().starts_with("cannot list folder");
  });
  fs::permissions(locked, fs::perms::owner_all);
  EXPECT_TRUE(held) << "expected the two readable articles and one failure naming " << locked;
}

TEST_F(IngestTest, MostlyUtf8FileWithAFewBadBytesStaysUtf8) {
  // UTF-8 "é" and "—", and two stray Windows-1252 quotes (0x93, 0x94).
  const std::string path = write("mixed.txt", "Caf\xC3\xA9 \xE2\x80\x94 \x93quoted\x94 Bogot\xC3\xA1");
  run({path});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].text, "Café — \xEF\xBF\xBDquoted\xEF\xBF\xBD Bogotá");
}

TEST_F(IngestTest, MostlyUtf8PageWithAFewBadBytesStaysUtf8) {
  // libxml2 read the undeclared page as Latin-1 whole ("SÃ£o Paulo"), the
  // declared one from its stray byte on ("ZÃ¼rich").
  const std::string body = "<p>S\xC3\xA3o Paulo and Bogot\xC3\xA1.</p><p>Kabul \xFF here, Z\xC3\xBCrich too.</p>";
  const std::string undeclared = write("undeclared.html", "<html><body>" + body + "</body></html>");
  const std::string declared =
      write("declared.html", "<html><head><meta charset=\"UTF-8\"></head><body>" + body + "</body></html>");
  const std::string latin1 = write("latin1.html", "<html><head><meta charset=\"iso-8859-1\"></head><body>"
                                                  "<p>Z\xC3\xBCrich \xFF</p></body></html>");
  const auto report = run({undeclared, declared, latin1});
  ASSERT_TRUE(report.failures.empty()) << report.failures[0].what();
  ASSERT_EQ(articles_.size(), 3u);
  for (std::size_t i : {0u, 1u}) {
    const Article& a = articles_[i];
    EXPECT_EQ(a.text, "S\u00e3o Paulo and Bogot\u00e1.\n\nKabul \uFFFD here, Z\u00fcrich too.") << a.path;
    EXPECT_EQ(decoding_note(a), "UTF-8 with 1 invalid byte replaced by U+FFFD") << a.path;
    EXPECT_EQ(a.encoding_declared, i == 1) << a.path;
  }
  // A page that declares another encoding is read in it, as before.
  EXPECT_EQ(articles_[2].text, "Z\u00c3\u00bcrich \u00ff");
}

TEST_F(IngestTest, EveryArticleIsValidUtf8WithItsBodyOffsetsKept) {
  // libxml2 passes through an undecodable byte in a declared-UTF-8 page.
  const std::string path = write("bad.html",
                                 "<html><head><meta charset=\"utf-8\"><title>T\xFFitle</title></head>"
                                 "<body><p>Kabul \xC3 and &#xD800; \xF0\x9F end</p></body></html>");
  const auto report = run({path});
  ASSERT_TRUE(report.failures.empty()) << report.failures[0].what();
  ASSERT_EQ(articles_.size(), 1u);
  const Article& a = articles_[0];
  EXPECT_TRUE(is_valid_utf8(a.text));
  EXPECT_TRUE(is_valid_utf8(a.title));
  EXPECT_EQ(a.text.substr(0, a.body_start), a.title + "\n\n");
  EXPECT_EQ(a.body_end, a.text.size());
}

TEST_F(IngestTest, Utf16TextIsDecodedAndUtf16MarkupIsRefusedClearly) {
  std::string text = "\xFF\xFE";
  for (const char c : std::string("Blast\n\nA bomb exploded in Kabul.")) text += std::string(1, c) + '\0';
  const std::string txt = write("wide.txt", text);
  const std::string html = write("wide.html", text);
  const auto report = run({txt, html});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].title, "Blast");
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_EQ(report.failures[0].path(), html);
  EXPECT_NE(report.failures[0].reason().find("UTF-16 is not supported"), std::string::npos) << report.failures[0].reason();
}

TEST_F(IngestTest, EachArticleSaysHowItsBytesWereDecoded) {
  std::string utf16le = "\xFF\xFE", utf16be;
  for (const char c : std::string("Wide\n\nKabul.")) {
    utf16le += std::string(1, c) + '\0';
    utf16be += std::string(1, '\0') + c;  // no BOM: told by where the NULs are
  }
  const std::vector<std::string> paths = {
      write("a-utf8.txt", "Caf\xC3\xA9\n\nBogot\xC3\xA1."),
      write("b-mixed.txt", "Caf\xC3\xA9\n\n\x93quoted\x94 in Bogot\xC3\xA1."),
      write("c-cp1252.txt", "Caf\xE9\n\n\x93quoted\x94."),
      write("d-le.txt", utf16le),
      write("e-be.txt", utf16be),
      write("f-declared.html", "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xE9</title></head>"
                               "<body><p>Bogot\xE1.</p></body></html>"),
      write("g-undeclared.html", "<html><head><title>Caf\xE9</title></head><body><p>\x93Kabul\x94.</p></body></html>"),
      write("h-lines.jsonl", "{\"text\":\"fine\"}\n{\"text\":\"Caf\xC3\xA9 \xFF\"}\n")};
  const auto report = run(paths);
  ASSERT_TRUE(report.failures.empty()) << report.failures[0].what();
  ASSERT_EQ(articles_.size(), 9u);
  const auto decoding = [&](std::size_t i) {
    const Article& a = articles_[i];
    return a.encoding + (a.encoding_declared ? " declared" : "") + " " + std::to_string(a.replaced_bytes) +
           (decoding_is_noteworthy(a) ? ": " + decoding_note(a) : "");
  };
  EXPECT_EQ(decoding(0), "UTF-8 0");
  EXPECT_EQ(decoding(1), "UTF-8 2: UTF-8 with 2 invalid bytes replaced by U+FFFD");
  EXPECT_EQ(decoding(2), "Windows-1252 0: read as Windows-1252 (not valid UTF-8, and no encoding declared)");
  EXPECT_EQ(articles_[2].title, "Caf\xC3\xA9");
  EXPECT_EQ(decoding(3), "UTF-16LE 0: read as UTF-16LE (detected)");
  EXPECT_EQ(decoding(4), "UTF-16BE 0: read as UTF-16BE (detected)");
  EXPECT_EQ(articles_[4].title, "Wide");
  EXPECT_EQ(decoding(5), "iso-8859-1 declared 0");
  EXPECT_EQ(articles_[5].title, "Caf\xC3\xA9");
  EXPECT_EQ(decoding(6), "Windows-1252 0: read as Windows-1252 (not valid UTF-8, and no encoding declared)");
  EXPECT_EQ(decoding(7), "UTF-8 0");
  EXPECT_EQ(decoding(8), "UTF-8 1: UTF-8 with 1 invalid byte replaced by U+FFFD");
}

TEST(IngestFormat, FromExtension) {
  EXPECT_EQ(format_from_extension("a/b.HTM"), InputFormat::html);
  EXPECT_EQ(format_from_extension("x.ndjson"), InputFormat::jsonl);
  EXPECT_EQ(format_from_extension("feed.atom"), InputFormat::feed);
  EXPECT_FALSE(format_from_extension("README"));
}

// Overlapping shards and re-polled feeds hold the same article at other
// places: its default id must come from what it is, not where it was read.
TEST(ContentArticleId, UrlDecidesElseTitleAndTextNeverThePath) {
  Article a;
  a.url = "https://example.com/story";
  a.title = "Rockets hit Baghdad";
  a.text = "Rockets hit Baghdad\n\nEight rockets struck.";
  a.path = "shard-1.jsonl";
  Article moved = a;
  moved.path = "shard-7.jsonl";
  moved.text = "an edited text";
  EXPECT_EQ(content_article_id(a), content_article_id(moved));  // the same URL
  EXPECT_EQ(content_article_id(a).size(), 16u);
  Article no_url = a;
  no_url.url.clear();
  Article other_text = no_url;
  other_text.text += " Two died.";
  Article other_title = no_url;
  other_title.title = "Rockets";
  EXPECT_NE(content_article_id(no_url), content_article_id(a));
  EXPECT_NE(content_article_id(no_url), content_article_id(other_text));
  EXPECT_NE(content_article_id(no_url), content_article_id(other_title));
  const std::string before = content_article_id(no_url);
  no_url.path = "elsewhere.txt";
  no_url.where = "elsewhere.txt:9";
  EXPECT_EQ(content_article_id(no_url), before);
}

}  // namespace
}  // namespace incimap::geo
