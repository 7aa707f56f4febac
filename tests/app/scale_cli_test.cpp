// Past one machine (issue 15): -j N changes nothing but the speed, an
// article read twice is read once, ids depend on content not position, and
// --keep-going gives a pipe its exit 0 without hiding write errors. Uses the
// default gazetteer index and skips without it.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "geo/gdal/gdal_handles.hpp"
#include "geo/record/incident_record.hpp"
#include "incimap_process.hpp"
#include "syndicated_story.hpp"

namespace incimap::app {
namespace {
using namespace incimap::app::testing;
namespace fs = std::filesystem;
using nlohmann::json;

const std::string kIndex = std::string(INCIMAP_SOURCE_DIR) + "/.data/gazetteer.idx";
const std::string kSamples = INCIMAP_SAMPLES_DIR;

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class ScaleCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kIndex)) GTEST_SKIP() << "no default gazetteer index at " << kIndex << " (scripts/setup.sh)";
    dir_ = fs::temp_directory_path() / ("incimap-scale-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::string write(const std::string& name, std::string_view bytes) const {
    std::ofstream(path(name), std::ios::binary) << bytes;
    return path(name);
  }

  // Every sample article as JSON lines, `copies` times over with distinct
  // ids (so none is a repeat): enough articles to keep several workers busy.
  std::string sample_lines(int copies) const {
    const Outcome r = run_incimap({"ingest", kSamples});
    EXPECT_EQ(r.exit_code, kExitOk) << r.err;
    std::string out;
    for (int copy = 0; copy < copies; ++copy) {
      for (json article : json_lines(r.out)) {
        article["id"] = article["id"].get<std::string>() + "-copy" + std::to_string(copy);
        out += article.dump() + "\n";
      }
    }
    return out;
  }

  fs::path dir_;
};

TEST_F(ScaleCli, PlacesGivesTheSameBytesWithOneOrManyThreads) {
  const std::string input = sample_lines(3);
  const Outcome one = run_incimap({"places", "-g", kIndex, "-j", "1", "-"}, input);
  ASSERT_EQ(one.exit_code, kExitOk) << one.err;
  ASSERT_GT(lines_of(one.out).size(), 50u);
  for (const char* jobs : {"2", "3", "8"}) {
    const Outcome many = run_incimap({"places", "-g", kIndex, "-j", jobs, "-"}, input);
    EXPECT_EQ(many.exit_code, kExitOk) << many.err;
    EXPECT_TRUE(many.out == one.out) << "-j " << jobs << " changed the output";
  }
}

TEST_F(ScaleCli, ExtractStreamAndMergedFileAreTheSameWithOneOrManyThreads) {
  const std::string input = write("articles.jsonl", sample_lines(2));
  const Outcome one = run_incimap({"extract", "-q", "-g", kIndex, "-j", "1", input});
  ASSERT_EQ(one.exit_code, kExitOk) << one.err;
  ASSERT_GT(lines_of(one.out).size(), 20u);
  const Outcome many = run_incimap({"extract", "-q", "-g", kIndex, "-j", "4", input});
  EXPECT_EQ(many.exit_code, kExitOk) << many.err;
  EXPECT_TRUE(many.out == one.out) << "-j 4 changed the GeoJSON Sequence";

  ASSERT_EQ(run_incimap({"extract", "-q", "-g", kIndex, "-j", "1", input, "-o", path("one.geojson")}).exit_code, 0);
  ASSERT_EQ(run_incimap({"extract", "-q", "-g", kIndex, "-j", "4", input, "-o", path("four.geojson")}).exit_code, 0);
  const std::string merged = read_file(path("one.geojson"));
  EXPECT_GT(json::parse(merged)["features"].size(), 10u);
  EXPECT_TRUE(read_file(path("four.geojson")) == merged) << "-j 4 changed the merged incidents";
}

// Workers take articles in batches (64 articles or 1 MiB of text, whichever
// comes first): an input of several batches, with one article longer than a
// whole batch's bytes among them and a bad line in a later batch, gives -j N
// the bytes, the incidents and the messages of -j 1.
TEST_F(ScaleCli, ManyBatchesAndAnArticleOverABatchsBytesGiveTheOutputOfOneThread) {
  std::vector<std::string> lines = lines_of(sample_lines(7));
  ASSERT_GT(lines.size(), 3u * 64u);
  // A long report: a sample article's text over and over, past 1 MiB.
  json longest = json::parse(lines.at(5));
  const std::string story = longest.at("text").get<std::string>() + "\n\n";
  std::string text;
  while (text.size() <= (std::size_t{1} << 20)) text += story;
  longest["id"] = "the-long-report";
  longest["text"] = text;
  lines.insert(lines.begin() + 70, longest.dump());
  lines.insert(lines.begin() + 150, "{broken");
  std::string input;
  for (const std::string& line : lines) input += line + "\n";
  const std::string file = write("articles.jsonl", input);

  const Outcome one = run_incimap({"places", "-g", kIndex, "-j", "1", "-"}, input);
  ASSERT_EQ(one.exit_code, kExitSomeInputsFailed) << one.err;
  ASSERT_EQ(lines_of(one.out).size(), lines.size() - 1);
  EXPECT_TRUE(contains(one.err, "-:151: malformed JSON")) << one.err;
  for (const char* jobs : {"2", "3"}) {
    const Outcome many = run_incimap({"places", "-g", kIndex, "-j", jobs, "-"}, input);
    EXPECT_EQ(many.exit_code, kExitSomeInputsFailed);
    EXPECT_TRUE(many.out == one.out) << "-j " << jobs << " changed the places";
    EXPECT_EQ(many.err, one.err);
  }

  const Outcome stream_one = run_incimap({"extract", "-q", "-g", kIndex, "-j", "1", file});
  ASSERT_GT(lines_of(stream_one.out).size(), 100u);
  const Outcome stream_two = run_incimap({"extract", "-q", "-g", kIndex, "-j", "2", file});
  EXPECT_TRUE(stream_two.out == stream_one.out) << "-j 2 changed the GeoJSON Sequence";
  EXPECT_EQ(stream_two.err, stream_one.err);

  run_incimap({"extract", "-q", "-g", kIndex, "-j", "1", file, "-o", path("one.geojson")});
  run_incimap({"extract", "-q", "-g", kIndex, "-j", "2", file, "-o", path("two.geojson")});
  const std::string merged = read_file(path("one.geojson"));
  ASSERT_GT(json::parse(merged)["features"].size(), 10u);
  EXPECT_TRUE(read_file(path("two.geojson")) == merged) << "-j 2 changed the merged incidents";
}

// Batching must not hold a read article back while stdin waits: each line
// is answered before the next is written.
TEST_F(ScaleCli, AStreamIsAnsweredLineByLineWithManyThreads) {
  RunningIncimap child({"places", "-g", kIndex, "-j", "2", "-"});
  for (const char* id : {"s1", "s2", "s3", "s4"}) {
    const auto line = child.send_and_read_line(json{{"id", id}, {"text", "Shelling in Kharkiv."}}.dump() + "\n");
    ASSERT_TRUE(line) << "no output for " << id << " while stdin was still open";
    EXPECT_EQ(json::parse(*line)["id"], id);
  }
  EXPECT_EQ(child.finish().exit_code, kExitOk);
}

TEST_F(ScaleCli, BadLinesAreReportedInInputOrderWhateverTheThreads) {
  std::string input = sample_lines(1);
  const auto lines = lines_of(input);
  std::string mixed;
  for (std::size_t i = 0; i < lines.size(); ++i) mixed += lines[i] + "\n" + (i % 4 == 1 ? "{broken\n" : "");
  const Outcome one = run_incimap({"places", "-g", kIndex, "-j", "1", "-"}, mixed);
  const Outcome many = run_incimap({"places", "-g", kIndex, "-j", "4", "-"}, mixed);
  EXPECT_EQ(one.exit_code, kExitSomeInputsFailed);
  EXPECT_EQ(many.exit_code, kExitSomeInputsFailed);
  EXPECT_TRUE(contains(one.err, "-:3: malformed JSON")) << one.err;
  EXPECT_EQ(many.err, one.err);
  EXPECT_TRUE(many.out == one.out);
}

TEST_F(ScaleCli, JobsMustBeAPositiveNumber) {
  for (const char* bad : {"0", "many", "-3"}) {
    const Outcome r = run_incimap({"places", "-g", kIndex, "-j", bad, "-"}, "");
    EXPECT_EQ(r.exit_code, kExitUsage) << bad;
    EXPECT_TRUE(contains(r.err, "-j")) << r.err;
  }
}

TEST_F(ScaleCli, KeepGoingExitsZeroForBadLinesButCountsThem) {
  const std::string input = json{{"text", "Rockets hit Baghdad."}}.dump() + "\n{not json\n" +
                            json{{"text", "Protesters marched in Kabul."}}.dump() + "\n";
  const Outcome strict = run_incimap({"places", "-g", kIndex, "-"}, input);
  EXPECT_EQ(strict.exit_code, kExitSomeInputsFailed);
  const Outcome lenient = run_incimap({"places", "-g", kIndex, "--keep-going", "-"}, input);
  EXPECT_EQ(lenient.exit_code, kExitOk) << lenient.err;
  EXPECT_EQ(lines_of(lenient.out).size(), 2u);
  EXPECT_TRUE(contains(lenient.err, "-:2: malformed JSON")) << lenient.err;
  EXPECT_TRUE(contains(lenient.err, "1 inputs or articles failed, 2 articles were processed")) << lenient.err;
}

TEST_F(ScaleCli, KeepGoingDoesNotHideAnOutputThatCannotBeWritten) {
  const std::string input = write("a.jsonl", json{{"text", "Rockets hit Baghdad on Sunday."}}.dump() + "\n{bad\n");
  for (const std::string command : {"places", "extract -q"}) {
    const std::string shell = std::string(INCIMAP_BIN) + " " + command + " --keep-going -g " + kIndex + " " + input +
                              " > /dev/full 2> " + path("err.txt");
    const int status = std::system(shell.c_str());
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), kExitFatal) << command << ": " << read_file(path("err.txt"));
  }
}

TEST_F(ScaleCli, DefaultArticleIdIsAHashOfTheUrlOrOfTitleAndText) {
  const std::string with_url = json{{"url", "https://example.com/a"}, {"title", "T"}, {"text", "Baghdad."}}.dump();
  const std::string same_url = json{{"url", "https://example.com/a"}, {"title", "Other"}, {"text", "Kabul."}}.dump();
  const std::string no_url = json{{"title", "T"}, {"text", "Baghdad."}}.dump();
  // One run per line: in one run the second would be a repeat and skipped.
  const auto id_of = [&](const std::string& line) {
    const Outcome r = run_incimap({"places", "-g", kIndex, "-"}, line + "\n");
    EXPECT_EQ(r.exit_code, kExitOk) << r.err;
    const auto lines = json_lines(r.out);
    return lines.empty() ? std::string() : lines[0]["id"].get<std::string>();
  };
  const std::string url_id = id_of(with_url);
  EXPECT_EQ(url_id.size(), 16u) << url_id;
  EXPECT_FALSE(contains(url_id, "stdin")) << url_id;
  EXPECT_EQ(id_of(same_url), url_id);
  EXPECT_NE(id_of(no_url), url_id);
  // The same line from a file, at another line number, is the same article.
  const std::string file = write("feed.jsonl", no_url + "\n" + with_url + "\n");
  const Outcome r = run_incimap({"places", "-g", kIndex, file});
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], id_of(no_url));
  EXPECT_EQ(lines[1]["id"], url_id);
}

TEST_F(ScaleCli, AnArticleReadTwiceIsANoOp) {
  const std::string sample = kSamples + "/iraq-baghdad-airport-rockets.txt";
  const Outcome once = run_incimap({"places", "-g", kIndex, sample});
  const Outcome twice = run_incimap({"places", "-g", kIndex, sample, sample});
  EXPECT_EQ(twice.exit_code, kExitOk) << twice.err;
  EXPECT_EQ(twice.out, once.out);
  // A re-polled feed item: the same line twice on stdin.
  const std::string line = json{{"url", "https://example.com/b"}, {"text", "Rockets hit Baghdad on Sunday."}}.dump();
  const Outcome polled = run_incimap({"extract", "-q", "-g", kIndex, "-"}, line + "\n" + line + "\n");
  const Outcome single = run_incimap({"extract", "-q", "-g", kIndex, "-"}, line + "\n");
  EXPECT_EQ(polled.out, single.out);
  // A merged extract over the samples twice is the samples once.
  ASSERT_EQ(run_incimap({"extract", "-q", "-g", kIndex, kSamples, "-o", path("once.geojson")}).exit_code, 0);
  ASSERT_EQ(run_incimap({"extract", "-q", "-g", kIndex, kSamples, kSamples, "-o", path("twice.geojson")}).exit_code,
            0);
  EXPECT_TRUE(read_file(path("twice.geojson")) == read_file(path("once.geojson")));
}

// A merged incident file as a comparable value: features by id, each
// source list as a set. Which report a record shows first (its flat source
// fields) is the order the reports came in, which sharding changes.
json comparable_incidents(const std::string& geojson_text) {
  json by_id = json::object();
  const json collection = json::parse(geojson_text);
  for (json feature : collection["features"]) {
    json& properties = feature["properties"];
    std::vector<std::string> sources;
    for (const json& s : properties["sources"]) sources.push_back(s.dump());
    std::sort(sources.begin(), sources.end());
    properties["sources"] = sources;
    for (const char* first_source : {"article_id", "source_title", "source_url", "source_file", "published_at",
                                     "excerpt", "excerpt_start", "excerpt_end"})
      properties.erase(first_source);
    by_id[feature["id"].get<std::string>()] = feature;
  }
  return by_id;
}

class MergeCli : public ScaleCli {
 protected:
  // The samples dealt into three folders, one extract each (merged shard files).
  std::vector<std::string> extract_shards(const std::string& extension) {
    std::vector<std::string> shards;
    for (int k = 0; k < 3; ++k) fs::create_directories(dir_ / ("part" + std::to_string(k)));
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(kSamples))
      if (entry.path().filename() != "README.md") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (std::size_t i = 0; i < files.size(); ++i)
      fs::copy_file(files[i], dir_ / ("part" + std::to_string(i % 3)) / files[i].filename());
    for (int k = 0; k < 3; ++k) {
      const std::string shard = path("shard" + std::to_string(k) + extension);
      const Outcome r = run_incimap({"extract", "-q", "-g", kIndex, path("part" + std::to_string(k)), "-o", shard});
      EXPECT_EQ(r.exit_code, kExitOk) << r.err;
      shards.push_back(shard);
    }
    return shards;
  }
  json merged(const std::vector<std::string>& shards, const std::string& out) {
    std::vector<std::string> args{"merge", "-q"};
    args.insert(args.end(), shards.begin(), shards.end());
    args.insert(args.end(), {"-o", out, "--overwrite"});
    const Outcome r = run_incimap(args);
    EXPECT_EQ(r.exit_code, kExitOk) << r.err;
    return comparable_incidents(read_file(out));
  }
  // One extract over every part (after extract_shards), the reference.
  json one_extract() {
    const Outcome r = run_incimap({"extract", "-q", "-g", kIndex, path("part0"), path("part1"), path("part2"), "-o",
                                   path("all.geojson")});
    EXPECT_EQ(r.exit_code, kExitOk) << r.err;
    return comparable_incidents(read_file(path("all.geojson")));
  }
};

TEST_F(MergeCli, ShardsMergedInEveryOrderGiveTheIncidentsOfOneExtract) {
  std::vector<std::string> shards = extract_shards(".geojsonl");
  const json all = one_extract();
  ASSERT_GT(all.size(), 20u);
  std::sort(shards.begin(), shards.end());
  int orders = 0;
  do {
    EXPECT_EQ(json::diff(merged(shards, path("merged.geojson")), all), json::array()) << "order " << shards[0] << " " << shards[1] << " "
                                                           << shards[2];
    ++orders;
  } while (std::next_permutation(shards.begin(), shards.end()));
  EXPECT_EQ(orders, 6);
}

TEST_F(MergeCli, MergeIsAssociativeIdempotentAndReadsAnyOgrFormat) {
  const std::vector<std::string> shards = extract_shards(".gpkg");
  const json all = one_extract();
  merged({shards[0], shards[1]}, path("first-two.geojson"));
  EXPECT_EQ(json::diff(merged({path("first-two.geojson"), shards[2]}, path("of-merges.geojson")), all), json::array());
  // Overlapping shards: the same reports twice add nothing.
  const json overlapping =
      merged({shards[0], shards[1], shards[2], shards[1], path("first-two.geojson")}, path("overlap.geojson"));
  EXPECT_EQ(json::diff(overlapping, all), json::array());
}

TEST_F(MergeCli, PerPartitionStreamsMergeLikeOneExtract) {
  // What a Dask or Spark worker writes: `extract -q PART > part.geojsonl`, unmerged.
  extract_shards(".geojsonl");
  const json all = one_extract();
  std::vector<std::string> streams;
  for (int k = 2; k >= 0; --k) {
    const Outcome r = run_incimap({"extract", "-q", "-g", kIndex, path("part" + std::to_string(k))});
    EXPECT_EQ(r.exit_code, kExitOk) << r.err;
    streams.push_back(write("stream" + std::to_string(k) + ".geojsonl", r.out));
  }
  EXPECT_EQ(json::diff(merged(streams, path("streams.geojson")), all), json::array());
}

// A story syndicated to 1,000 outlets is one incident that counts 1,000
// sources but lists only kMaxListedSources (50) of them, the same 50 in
// every shard order; the other 950 are [article, start, end] triples.
TEST_F(MergeCli, ASyndicatedStoryListsFiftyOfAThousandSourcesTheSameInEveryOrder) {
  const std::vector<std::string> parts = syndicated_story(kSamples, 1000, 3);
  std::vector<std::string> shards;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const std::string input = write("part" + std::to_string(k) + ".jsonl", parts[k]);
    shards.push_back(path("shard" + std::to_string(k) + ".geojsonl"));
    const Outcome r = run_incimap({"extract", "-q", "-g", kIndex, input, "-o", shards.back()});
    ASSERT_EQ(r.exit_code, kExitOk) << r.err;
  }
  const Outcome r = run_incimap({"extract", "-q", "-g", kIndex, path("part0.jsonl"), path("part1.jsonl"),
                                 path("part2.jsonl"), "-o", path("all.geojson")});
  ASSERT_EQ(r.exit_code, kExitOk) << r.err;
  const std::string all_text = read_file(path("all.geojson"));
  const json all = comparable_incidents(all_text);
  const json collection = json::parse(all_text);
  const json strike = [&] {
    for (const json& f : collection["features"])
      if (f["properties"]["sub_event_type"] == "Air/drone strike") return f["properties"];
    return json();
  }();
  ASSERT_TRUE(strike.is_object()) << all_text.substr(0, 2000);
  EXPECT_EQ(strike["source_count"], 1000);
  ASSERT_EQ(strike["sources"].size(), 50u);
  ASSERT_EQ(strike["unlisted_sources"].size(), 950u);
  EXPECT_EQ(strike["sources"][0]["article_id"], "outlet-0000");
  EXPECT_EQ(strike["unlisted_sources"][0][0], "outlet-0050");
  EXPECT_EQ(strike["unlisted_sources"][949][0], "outlet-0999");
  // Far from a megabyte: the whole feature is some tens of kilobytes.
  EXPECT_LT(strike.dump().size(), 64u * 1024) << strike.dump().size();
  std::sort(shards.begin(), shards.end());
  int orders = 0;
  do {
    EXPECT_EQ(json::diff(merged(shards, path("merged.geojson")), all), json::array())
        << "order " << shards[0] << " " << shards[1] << " " << shards[2];
    ++orders;
  } while (std::next_permutation(shards.begin(), shards.end()));
  EXPECT_EQ(orders, 6);
  // The merged file merged again, with a shard it already holds.
  EXPECT_EQ(json::diff(merged({path("merged.geojson"), shards[1], path("all.geojson")}, path("again.geojson")), all),
            json::array());
}

// incident_id -> FID of every feature of a GeoPackage, read back through GDAL.
std::map<std::string, long long> fids_by_id(const std::string& gpkg) {
  geo::gdal::ensure_registered();
  const geo::gdal::DatasetPtr dataset(GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  EXPECT_TRUE(dataset) << gpkg;
  std::map<std::string, long long> fids;
  if (!dataset) return fids;
  OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
  const int id_field = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), "incident_id");
  while (const geo::gdal::FeaturePtr feature{OGR_L_GetNextFeature(layer)})
    fids[OGR_F_GetFieldAsString(feature.get(), id_field)] = OGR_F_GetFID(feature.get());
  return fids;
}

// A GeoPackage keys features by an integer: each incident's is a function of
// its id, so the same incident has the same FID whichever shard or order
// wrote the file.
TEST_F(MergeCli, AGeoPackageFidIsTheIncidentIdAsAnIntegerInEveryOrder) {
  std::vector<std::string> shards = extract_shards(".geojsonl");
  ASSERT_EQ(run_incimap({"extract", "-q", "-g", kIndex, path("part0"), path("part1"), path("part2"), "-o",
                         path("all.gpkg")})
                .exit_code,
            kExitOk);
  const auto all = fids_by_id(path("all.gpkg"));
  ASSERT_GT(all.size(), 20u);
  std::set<long long> distinct;
  for (const auto& [id, fid] : all) {
    EXPECT_EQ(fid, geo::integer_fid(id)) << id;
    EXPECT_GT(fid, 0) << id;
    distinct.insert(fid);
  }
  EXPECT_EQ(distinct.size(), all.size()) << "two incidents share an FID";
  for (const bool reversed : {false, true}) {
    if (reversed) std::reverse(shards.begin(), shards.end());
    std::vector<std::string> args{"merge", "-q"};
    args.insert(args.end(), shards.begin(), shards.end());
    args.insert(args.end(), {"-o", path("merged.gpkg"), "--overwrite"});
    const Outcome r = run_incimap(args);
    ASSERT_EQ(r.exit_code, kExitOk) << r.err;
    EXPECT_EQ(fids_by_id(path("merged.gpkg")), all) << (reversed ? "reversed" : "forward");
  }
}

TEST_F(MergeCli, AnUnreadableShardFailsAloneAndTheRestAreMerged) {
  const std::vector<std::string> shards = extract_shards(".geojsonl");
  const std::string junk = write("junk.geojsonl", "not an incident file\n");
  const Outcome r = run_incimap({"merge", "-q", shards[0], junk, "-o", path("out.geojson")});
  EXPECT_EQ(r.exit_code, kExitSomeInputsFailed);
  EXPECT_TRUE(contains(r.err, junk)) << r.err;
  EXPECT_EQ(comparable_incidents(read_file(path("out.geojson"))),
            merged({shards[0]}, path("alone.geojson")));
}

}  // namespace
}  // namespace incimap::app
