// Hostile and broken input end to end: each case asserts the exit code, a
// message naming the file, and that the good inputs of the same batch were
// still processed (issue 10's matrix). Cases that geoparse use the default
// index and are skipped without it; the rest build a small one.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "geo/gazetteer/index_format.hpp"
#include "incimap_process.hpp"

namespace incimap::app {
namespace {
using namespace incimap::app::testing;
namespace fs = std::filesystem;

const std::string kIndex = std::string(INCIMAP_SOURCE_DIR) + "/.data/gazetteer.idx";
const std::string kFixtureCities = std::string(INCIMAP_SOURCE_DIR) + "/tests/data/gazetteer/cities.txt";

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

class HostileInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("incimap-hostile-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, std::string_view bytes) const {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  static std::string bytes_of(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  // A small index from the fixture cities, written by `incimap gazetteer build`.
  std::string small_index() const {
    const std::string out = path("small.idx");
    const Outcome r = run_incimap({"gazetteer", "build", "--no-defaults", "--geonames", kFixtureCities, "-q", "-o", out});
    EXPECT_EQ(r.exit_code, kExitOk) << r.err;
    return out;
  }

  // An index over 1 MiB, which `incimap` reads on demand (a page when a
  // lookup first needs it): the fixture cities and `towns` made-up towns.
  std::string large_index(int towns = 24000) const {
    const std::string table = path("towns.txt");
    {
      std::ofstream out(table);
      std::ifstream cities(kFixtureCities);
      out << cities.rdbuf();
      for (int i = 0; i < towns; ++i) {
        const std::string name = town_name(i);
        out << 5000000 + i << '\t' << name << '\t' << name << "\t\t" << -40.0 + (i % 800) * 0.1 << '\t'
            << -120.0 + (i / 800) * 0.1 << "\tP\tPPL\tUS\t\t06\t\t\t\t1000\t\t\tAmerica/Los_Angeles\t2020-01-01\n";
      }
    }
    const std::string out = path("large.idx");
    const Outcome r = run_incimap({"gazetteer", "build", "--no-defaults", "--geonames", table, "-q", "-o", out});
    EXPECT_EQ(r.exit_code, kExitOk) << r.err;
    EXPECT_GT(fs::file_size(out), std::uintmax_t{1} << 20);
    return out;
  }
  // "Zabac", "Zabad"...: capitalised, unlike any real name.
  static std::string town_name(int i) {
    std::string name = "Z";
    for (int k = 0; k < 4; ++k, i /= 26) name += static_cast<char>('a' + i % 26);
    return name;
  }

  // Runs `incimap ARGS... > /dev/full` through the shell; returns the exit
  // code and leaves stderr in `err`.
  int run_to_full_disk(const std::string& args, std::string& err) const {
    const std::string err_file = path("stderr.txt");
    const std::string command = std::string(INCIMAP_BIN) + " " + args + " > /dev/full 2> " + err_file;
    const int status = std::system(command.c_str());
    std::ifstream in(err_file);
    err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  fs::path dir_;
};

TEST_F(HostileInput, NumberThatOverflowsADoubleFailsItsLineAndTheBatchGoesOn) {
  const std::string input =
      "{\"id\":\"a\",\"text\":\"One\"}\n{\"id\":\"b\",\"text\":\"Two\",\"x\":1e400}\n{\"id\":\"c\",\"text\":\"Three\"}\n";
  const Outcome r = run_incimap({"ingest", "-"}, input);
  EXPECT_EQ(r.exit_code, kExitSomeInputsFailed) << r.err;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_EQ(lines[1]["id"], "c");
  EXPECT_TRUE(contains(r.err, "-:2: malformed JSON")) << r.err;

  const std::string json = write("wire.json", "[{\"text\":\"Mosul\",\"score\":-1e999}]");
  const std::string good = write("good.txt", "Fine\n\nBody.");
  const Outcome files = run_incimap({"ingest", json, good});
  EXPECT_EQ(files.exit_code, kExitSomeInputsFailed) << files.err;
  EXPECT_EQ(json_lines(files.out).size(), 1u);
  EXPECT_TRUE(contains(files.err, json + ": malformed JSON")) << files.err;
}

TEST_F(HostileInput, StdoutThatCannotBeWrittenIsFatal) {
  const std::string good = write("good.txt", "Fine\n\nBody.");
  std::string err;
  EXPECT_EQ(run_to_full_disk("ingest " + good, err), kExitFatal) << err;
  EXPECT_TRUE(contains(err, "cannot write to standard output")) << err;
  const std::string index = small_index();
  EXPECT_EQ(run_to_full_disk("places -g " + index + " " + good, err), kExitFatal) << err;
  EXPECT_TRUE(contains(err, "cannot write to standard output")) << err;
  EXPECT_EQ(run_to_full_disk("gazetteer lookup -g " + index + " Baghdad", err), kExitFatal) << err;
  EXPECT_TRUE(contains(err, "cannot write to standard output")) << err;
  const std::string article = write("attack.txt", "Blast\n\nA car bomb killed five people in Baghdad on Sunday.");
  EXPECT_EQ(run_to_full_disk("extract -q -g " + index + " " + article, err), kExitFatal) << err;
  EXPECT_TRUE(contains(err, "cannot write")) << err;
}

// What incimap prints without a command (help, version, manual page,
// completion script) is lost the same way, and said so the same way.
TEST_F(HostileInput, StdoutThatCannotBeWrittenIsFatalForTheTopLevelOptions) {
  for (const std::string option : {"--help", "--version", "--man-page", "--completion bash"}) {
    std::string err;
    EXPECT_EQ(run_to_full_disk(option, err), kExitFatal) << option << ": " << err;
    EXPECT_TRUE(contains(err, "cannot write to standard output")) << option << ": " << err;
  }
}

TEST_F(HostileInput, CorruptIndexIsFatalNamingFileAndSection) {
  const std::string index = small_index();
  std::string bytes = bytes_of(index);
  geo::index_format::IndexHeader header;
  ASSERT_GE(bytes.size(), sizeof header);
  std::memcpy(&header, bytes.data(), sizeof header);
  bytes[header.strings_offset + header.strings_size - 1] = 'x';  // the last string loses its NUL
  const std::string damaged = write("damaged.idx", bytes);
  const Outcome r = run_incimap({"places", "-g", damaged, "-"}, "{\"text\":\"Kabul\"}\n");
  EXPECT_EQ(r.exit_code, kExitFatal) << r.err;
  EXPECT_TRUE(contains(r.err, damaged)) << r.err;
  EXPECT_TRUE(contains(r.err, "strings:")) << r.err;
}

TEST_F(HostileInput, CorruptPartOfAnIndexReadOnDemandIsFatalWhenFirstUsed) {
  // A large index is opened without reading its records; the damaged one is
  // refused when the first article needs it, and ends the run (every later
  // article would meet the same index), naming file and section.
  const std::string index = large_index();
  std::string bytes = bytes_of(index);
  geo::index_format::IndexHeader header;
  std::memcpy(&header, bytes.data(), sizeof header);
  for (std::uint32_t i = 0; i < header.place_count; ++i)  // every place of an unknown type
    bytes[header.places_offset + i * sizeof(geo::index_format::PlaceRecord) +
          offsetof(geo::index_format::PlaceRecord, geo_type)] = 99;
  const std::string damaged = write("damaged.idx", bytes);
  const Outcome r =
      run_incimap({"places", "-g", damaged, "-"}, "{\"text\":\"Fighting in Kabul.\"}\n{\"text\":\"And Mosul.\"}\n");
  EXPECT_EQ(r.exit_code, kExitFatal) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, damaged + ": gazetteer index is truncated or corrupt (places: place")) << r.err;
  EXPECT_TRUE(contains(r.err, "unknown geo type 99")) << r.err;
}

TEST_F(HostileInput, IndexTruncatedDuringARunIsFatalNotASignal) {
  // A mapped index died of SIGBUS here.
  const std::string index = large_index();
  RunningIncimap running({"places", "-j", "1", "-g", index, "-"});
  const auto first = running.send_and_read_line("{\"id\":\"a\",\"text\":\"Fighting in Kabul.\"}\n");
  ASSERT_TRUE(first.has_value());
  EXPECT_TRUE(contains(*first, "\"Kabul\"")) << *first;
  fs::resize_file(index, 0);
  // Names enough that their lookups need pages not read for the first.
  std::string text = "Fighting spread to";
  for (int i = 0; i < 2000; i += 7) text += " " + town_name(i) + ",";
  const Outcome r = running.communicate("{\"id\":\"b\",\"text\":\"" + text + " and Mosul.\"}\n");
  EXPECT_EQ(r.exit_code, kExitFatal) << r.err;
  EXPECT_TRUE(contains(r.err, index + ": gazetteer index changed on disk while in use")) << r.err;
  EXPECT_FALSE(contains(r.out, "\"b\"")) << r.out;
}

TEST_F(HostileInput, FifosAreRefusedRatherThanWaitedOn) {
  const std::string fifo_index = path("pipe.idx");
  const std::string fifo_lines = path("pipe.jsonl");
  ASSERT_EQ(::mkfifo(fifo_index.c_str(), 0600), 0);
  ASSERT_EQ(::mkfifo(fifo_lines.c_str(), 0600), 0);
  const Outcome index = run_incimap({"places", "-g", fifo_index, "-"}, "{\"text\":\"Kabul\"}\n");
  EXPECT_EQ(index.exit_code, kExitFatal) << index.err;
  EXPECT_TRUE(contains(index.err, fifo_index + ": not a gazetteer index (not a regular file")) << index.err;

  const std::string good = write("good.txt", "Fine\n\nBody.");
  const Outcome lines = run_incimap({"ingest", fifo_lines, good});
  EXPECT_EQ(lines.exit_code, kExitSomeInputsFailed) << lines.err;
  EXPECT_EQ(json_lines(lines.out).size(), 1u);
  EXPECT_TRUE(contains(lines.err, fifo_lines + ": is a FIFO")) << lines.err;
}

// ASCII text as UTF-16LE with a byte order mark.
std::string utf16le(std::string_view ascii) {
  std::string out = "\xFF\xFE";
  for (const char c : ascii) out += std::string(1, c) + '\0';
  return out;
}

TEST_F(HostileInput, BadInputMatrixFailsEachAloneNamingIt) {
  struct Bad {
    std::string name;
    std::string bytes;
    std::string reason;
  };
  const std::vector<Bad> bad = {
      {"empty.txt", "", "empty file"},
      {"binary.txt", std::string("\x7f" "ELF\0\0\x01", 7), "binary"},
      {"truncated.json", "{\"text\": \"Mos", "malformed JSON"},
      // Refused for its depth, before any article field is read.
      {"nested.json", std::string(100000, '[') + std::string(100000, ']'), "too deep"},
      {"xxe.xml",
       "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item>"
       "<title>&x;</title></item></channel></rss>",
       "entity"},
      {"bomb.xml",
       "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
       "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss><channel><item><title>&c;</title></item></channel></rss>",
       "entity"},
      {"oversize.txt", "Big\n\n" + std::string(5000, 'x'), "over the limit of 4096"},
      {"wide.html", utf16le("<html><body><p>Kabul</p></body></html>"), "UTF-16 is not supported"},
      {"wide.jsonl", utf16le("{\"text\":\"Kabul\"}\n"), "UTF-16 JSON Lines are not supported"},
      {"undecodable.html",
       "<html><head><meta charset=\"iso-2022-jp\"></head><body><p>Kabul \xFF\xFE\x80 more</p></body></html>",
       "could not decode the page in the encoding it declares"},
  };
  // Files may be 64 times the article limit (feeds hold many): nested.json's
  // 200 kB stays under it.
  std::vector<std::string> args{"ingest", "--max-article-bytes", "4096"};
  for (const Bad& b : bad) args.push_back(write(b.name, b.bytes));
  args.push_back(write("good.txt", "Fine\n\nBody."));
  const Outcome r = run_incimap(args);
  EXPECT_EQ(r.exit_code, kExitSomeInputsFailed) << r.err;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  EXPECT_EQ(lines[0]["title"], "Fine");
  for (const Bad& b : bad) {
    const std::string line_start = path(b.name);
    const auto at = r.err.find(line_start);
    ASSERT_NE(at, std::string::npos) << b.name << " not reported in:\n" << r.err;
    const std::string line = r.err.substr(at, r.err.find('\n', at) - at);
    EXPECT_TRUE(contains(line, b.reason)) << line;
  }
}

TEST_F(HostileInput, UnreadableFileAndFolderFailAloneNamingThem) {
  // Root reads any file: as root the command runs as nobody (setpriv), as
  // a user would meet a file they may not read.
  const bool root = ::geteuid() == 0;
  if (root && std::system("command -v setpriv > /dev/null 2>&1") != 0) GTEST_SKIP() << "running as root without setpriv";
  const std::string locked = write("locked.txt", "Secret\n\nBody.");
  const std::string good = write("good.txt", "Fine\n\nBody.");
  fs::create_directories(dir_ / "shut");
  write("shut/inner.txt", "Inner\n\nBody.");
  fs::permissions(locked, fs::perms::none);
  fs::permissions(dir_ / "shut", fs::perms::none);
  const std::string out = path("out.txt"), err = path("err.txt");
  const std::string command = std::string(root ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "") +
                              INCIMAP_BIN " ingest " + locked + " " + (dir_ / "shut").string() + " " + good + " > " +
                              out + " 2> " + err;
  const int status = std::system(command.c_str());
  fs::permissions(dir_ / "shut", fs::perms::owner_all);
  const auto slurp = [](const std::string& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  const std::string errors = slurp(err);
  ASSERT_TRUE(WIFEXITED(status)) << errors;
  EXPECT_EQ(WEXITSTATUS(status), kExitSomeInputsFailed) << errors;
  const auto lines = json_lines(slurp(out));
  ASSERT_EQ(lines.size(), 1u) << errors;
  EXPECT_EQ(lines[0]["title"], "Fine");
  EXPECT_TRUE(contains(errors, locked + ": cannot open for reading")) << errors;
  EXPECT_TRUE(contains(errors, (dir_ / "shut").string() + ": cannot list folder")) << errors;
}

TEST_F(HostileInput, OverwritingAFolderWithOneFileIsRefusedAndDeletesNothing) {
  if (!fs::exists(kIndex)) GTEST_SKIP() << "no default gazetteer index at " << kIndex;
  const fs::path folder = dir_ / "maps";
  fs::create_directories(folder / "2023");
  write("maps/2023/notes.txt", "precious");
  const std::string article = write("a.txt", "Blast\n\nA bomb exploded in Kabul on Sunday, killing three people.");
  const Outcome r = run_incimap({"extract", "-q", "-g", kIndex, "-f", "GeoJSON", "--overwrite", "-o", folder.string(),
                                 article});
  EXPECT_EQ(r.exit_code, kExitFatal) << r.err;
  EXPECT_TRUE(contains(r.err, "is a folder")) << r.err;
  std::ifstream kept(folder / "2023" / "notes.txt");
  std::string content;
  std::getline(kept, content);
  EXPECT_EQ(content, "precious");
}

TEST_F(HostileInput, InterruptedExportLeavesNoStagingDirectory) {
  const std::string index = small_index();
  const fs::path out = dir_ / "out.geojson";
  RunningIncimap running({"extract", "-q", "-g", index, "-o", out.string(), "-"});
  // The output is opened before the first article is read: wait for its
  // staging directory, while the command waits on stdin.
  const auto staging_dirs = [&] {
    std::vector<fs::path> found;
    for (const auto& e : fs::directory_iterator(dir_))
      if (e.path().filename().string().starts_with(".out_geojson.incimap-")) found.push_back(e.path());
    return found;
  };
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (staging_dirs().empty() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  ASSERT_EQ(staging_dirs().size(), 1u) << "extract never staged its output";
  running.send_signal(SIGTERM);
  // Stdin stays open until the signal is handled: closed at once, the
  // command could finish its export first on a busy machine.
  while (!staging_dirs().empty() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  const Outcome r = running.finish();
  EXPECT_EQ(r.exit_code, 128 + SIGTERM) << r.err;
  EXPECT_TRUE(staging_dirs().empty());
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace incimap::app
