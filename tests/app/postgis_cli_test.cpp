// `-o PG:...` end to end against a real PostgreSQL 15 + PostGIS server
// (postgis_server.hpp): the typed table, its key, --append's upsert and
// that the same input twice leaves the table as it was. Skipped, saying
// why, only where the server binaries or PostGIS are not installed.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "incimap_process.hpp"
#include "postgis_server.hpp"
#include "syndicated_story.hpp"

namespace incimap::app {
namespace {
using namespace incimap::app::testing;
namespace fs = std::filesystem;
using nlohmann::json;

const std::string kIndex = std::string(INCIMAP_SOURCE_DIR) + "/.data/gazetteer.idx";
const std::string kSamples = INCIMAP_SAMPLES_DIR;

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

class PostgisCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(kIndex)) return;
    server_ = std::make_unique<std::optional<PostgisServer>>(PostgisServer::start(why_not_));
  }
  static void TearDownTestSuite() { server_.reset(); }
  void SetUp() override {
    if (!fs::exists(kIndex)) GTEST_SKIP() << "no default gazetteer index at " << kIndex << " (scripts/setup.sh)";
    if (!server_ || !*server_) GTEST_SKIP() << "no PostGIS server to test with: " << why_not_;
    db().query("DROP TABLE IF EXISTS incidents, events");
  }
  static const PostgisServer& db() { return **server_; }

  Outcome extract(std::vector<std::string> inputs, std::vector<std::string> flags = {}) const {
    std::vector<std::string> args{"extract", "-q", "-g", kIndex};
    args.insert(args.end(), inputs.begin(), inputs.end());
    args.insert(args.end(), {"-o", db().connection()});
    args.insert(args.end(), flags.begin(), flags.end());
    return run_incimap(args);
  }
  // Every row, in key order: equal strings are equal tables.
  static std::string table_contents(const std::string& table = "incidents") {
    return db().query("SELECT md5(string_agg(t::text, '|' ORDER BY incident_id)) FROM " + table + " t");
  }

  static inline std::unique_ptr<std::optional<PostgisServer>> server_;
  static inline std::string why_not_;
};

TEST_F(PostgisCli, WritesATypedTableKeyedOnIncidentIdWithASpatialIndex) {
  const Outcome r = extract({kSamples});
  ASSERT_EQ(r.exit_code, kExitOk) << r.err;
  const std::string geojson = (fs::temp_directory_path() / ("incimap-pg-" + std::to_string(::getpid()) + ".geojson")).string();
  ASSERT_EQ(run_incimap({"extract", "-q", "-g", kIndex, kSamples, "-o", geojson, "--overwrite"}).exit_code, kExitOk);
  std::ifstream in(geojson);
  const std::size_t features = json::parse(in)["features"].size();
  fs::remove(geojson);
  EXPECT_EQ(db().query("SELECT count(*) FROM incidents"), std::to_string(features));
  const std::string types = db().query(
      "SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = 'incidents' AND "
      "column_name IN ('event_date', 'published_at', 'sources', 'fatalities', 'event_start') ORDER BY column_name");
  EXPECT_EQ(types,
            "event_date date\nevent_start timestamp without time zone\nfatalities integer\n"
            "published_at timestamp with time zone\nsources jsonb");
  EXPECT_EQ(db().query("SELECT type || ' ' || srid FROM geometry_columns WHERE f_table_name = 'incidents'"),
            "POINT 4326");
  EXPECT_EQ(db().query("SELECT count(*) FROM pg_indexes WHERE tablename = 'incidents' AND indexdef LIKE '%gist%'"), "1");
  EXPECT_EQ(db().query("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'incidents'::regclass "
                       "AND contype = 'u'"),
            "UNIQUE (incident_id)");
  EXPECT_EQ(db().query("SELECT count(*) FROM incidents WHERE jsonb_array_length(sources) <> source_count"), "0");
  // Lon/lat, not swapped: Baghdad's airport.
  EXPECT_EQ(db().query("SELECT count(*) FROM incidents WHERE location = 'Baghdad International Airport' AND "
                       "abs(ST_X(geom) - 44.23) < 0.05 AND abs(ST_Y(geom) - 33.26) < 0.05"),
            "1");
}

TEST_F(PostgisCli, AnExistingTableIsRefusedReplacedOnlyWhenAskedAndTheSameInputTwiceChangesNothing) {
  ASSERT_EQ(extract({kSamples}).exit_code, kExitOk);
  const std::string first = table_contents();
  const Outcome refused = extract({kSamples + "/iraq-baghdad-airport-rockets.txt"});
  EXPECT_EQ(refused.exit_code, kExitFatal);
  EXPECT_TRUE(contains(refused.err, "table \"incidents\" exists")) << refused.err;
  EXPECT_EQ(table_contents(), first) << "a refused run changed the table";
  ASSERT_EQ(extract({kSamples}, {"--append"}).exit_code, kExitOk);
  EXPECT_EQ(table_contents(), first) << "the same input appended again changed the table";
  ASSERT_EQ(extract({kSamples}, {"--overwrite"}).exit_code, kExitOk);
  EXPECT_EQ(table_contents(), first);
}

TEST_F(PostgisCli, AppendUpsertsOnIncidentIdUnitingSourcesAndKeepingTheHigherCount) {
  // Two reports of the Omdurman drone strike: 11 killed in one, 14 in the other.
  ASSERT_EQ(extract({kSamples + "/sudan-omdurman-drone-strike.txt"}).exit_code, kExitOk);
  ASSERT_EQ(db().query("SELECT count(*) || ' ' || max(fatalities) FROM incidents"), "1 11");
  const Outcome appended = extract({kSamples + "/briefs.jsonl"}, {"--append"});
  ASSERT_EQ(appended.exit_code, kExitOk) << appended.err;
  EXPECT_EQ(db().query("SELECT source_count || ' ' || jsonb_array_length(sources) || ' ' || fatalities FROM incidents "
                       "WHERE sub_event_type = 'Air/drone strike' AND location = 'Omdurman'"),
            "2 2 14");
  EXPECT_EQ(db().query("SELECT count(*) FROM incidents"), "4") << "the brief's other three incidents are added";
  // The same as one extract over both, merged in the process.
  const std::string upserted = db().query("SELECT string_agg(incident_id, ' ' ORDER BY incident_id) FROM incidents");
  ASSERT_EQ(extract({kSamples + "/sudan-omdurman-drone-strike.txt", kSamples + "/briefs.jsonl"}, {"-nln", "events"})
                .exit_code,
            kExitOk);
  EXPECT_EQ(db().query("SELECT string_agg(incident_id, ' ' ORDER BY incident_id) FROM events"), upserted);
}

// A story syndicated to 1,000 outlets, appended a third at a time: the row
// lists the same 50 smallest sources, the same 950 unlisted and counts the
// same 1,000 as one extract over all of it, and a third appended again
// changes nothing.
TEST_F(PostgisCli, AppendCapsTheListedSourcesAsTheMergerDoes) {
  const std::vector<std::string> parts = syndicated_story(kSamples, 1000, 3);
  const fs::path dir = fs::temp_directory_path() / ("incimap-pg-story-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<std::string> inputs;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    inputs.push_back((dir / ("part" + std::to_string(k) + ".jsonl")).string());
    std::ofstream(inputs.back(), std::ios::binary) << parts[k];
  }
  for (const std::string& input : {inputs[2], inputs[0], inputs[1], inputs[0]}) {
    const Outcome r = extract({input}, {"--append"});
    ASSERT_EQ(r.exit_code, kExitOk) << r.err;
  }
  const Outcome one = extract(inputs, {"-nln", "events"});
  fs::remove_all(dir);
  ASSERT_EQ(one.exit_code, kExitOk) << one.err;
  const std::string reports =
      "SELECT source_count || ' ' || jsonb_array_length(sources) || ' ' || jsonb_array_length(unlisted_sources) || ' ' "
      "|| (SELECT string_agg(s->>'article_id', ',' ORDER BY s->>'article_id') FROM jsonb_array_elements(sources) s) "
      "|| ' ' || unlisted_sources::text FROM ";
  const std::string strike = " WHERE sub_event_type = 'Air/drone strike'";
  const std::string appended = db().query(reports + "incidents" + strike);
  EXPECT_EQ(appended.substr(0, appended.find(' ', 10)), "1000 50 950");
  EXPECT_TRUE(contains(appended, "outlet-0000,outlet-0001,")) << appended.substr(0, 200);
  EXPECT_EQ(appended, db().query(reports + "events" + strike));
}

// Many workers' first runs start at once against a database without the
// table: each waits for the one creating it, none fails on the catalog.
TEST_F(PostgisCli, FirstAppendRunsStartedTogetherAllSucceed) {
  std::vector<std::unique_ptr<RunningIncimap>> runs;
  const std::vector<std::string> inputs{kSamples, kSamples + "/briefs.jsonl", kSamples, kSamples + "/briefs.jsonl"};
  for (const std::string& input : inputs)
    runs.push_back(std::make_unique<RunningIncimap>(
        std::vector<std::string>{"extract", "-q", "-g", kIndex, input, "-o", db().connection(), "--append"}));
  for (auto& run : runs) {
    const Outcome r = run->finish();
    EXPECT_EQ(r.exit_code, kExitOk) << r.err;
  }
  // As one run over both inputs.
  ASSERT_EQ(extract({kSamples, kSamples + "/briefs.jsonl"}, {"-nln", "events"}).exit_code, kExitOk);
  const std::string keys = "SELECT string_agg(incident_id || ' ' || source_count, ',' ORDER BY incident_id) FROM ";
  EXPECT_EQ(db().query(keys + "incidents"), db().query(keys + "events"));
}

TEST_F(PostgisCli, MergeWritesToTheDatabaseToo) {
  const std::string shard = (fs::temp_directory_path() / ("incimap-pg-shard-" + std::to_string(::getpid()) + ".geojsonl")).string();
  const Outcome streamed = run_incimap({"extract", "-q", "-g", kIndex, kSamples});
  {
    std::FILE* f = std::fopen(shard.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fwrite(streamed.out.data(), 1, streamed.out.size(), f);
    std::fclose(f);
  }
  const Outcome merged = run_incimap({"merge", "-q", shard, shard, "-o", db().connection(), "-nln", "events"});
  fs::remove(shard);
  ASSERT_EQ(merged.exit_code, kExitOk) << merged.err;
  ASSERT_EQ(extract({kSamples}).exit_code, kExitOk);
  // The shard's coordinates have GeoJSON's 6 decimals: compare the records, not the bytes.
  const std::string records =
      "SELECT string_agg(concat_ws(' ', incident_id, event_date, sub_event_type, location, fatalities, injuries, "
      "source_count, sources), '|' ORDER BY incident_id) FROM ";
  EXPECT_EQ(db().query(records + "events"), db().query(records + "incidents"));
}

}  // namespace
}  // namespace incimap::app
