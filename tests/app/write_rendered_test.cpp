// A merged extract's features rendered on the workers: the file is byte
// for byte the one written on one thread, whatever the threads, over many
// runs of incidents (a run is 256).

#include "app/write_rendered.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "incident_fixtures.hpp"
#include "temp_dir.hpp"

namespace incimap::app {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// 1,200 incidents, ids distinct: several runs and a partial last one.
std::vector<geo::Incident> many_incidents() {
  std::vector<geo::Incident> out;
  for (int copy = 0; out.size() < 1200; ++copy) {
    for (geo::Incident incident : geo::testing::export_fixtures()) {
      incident.id += "-" + std::to_string(copy);
      out.push_back(std::move(incident));
    }
  }
  return out;
}

// Writes `incidents` to dir/name with `jobs` threads; the file's bytes.
std::string written_with(unsigned jobs, const geo::testing::TempDir& dir, const std::string& name) {
  const std::string path = dir.file(std::to_string(jobs) + "-" + name);
  geo::IncidentWriter writer(geo::ExportOptions{path, "", geo::Overwrite::refuse, "incidents"});
  write_rendered(writer, many_incidents(), jobs);
  EXPECT_EQ(writer.written(), 1200u) << name << " at -j " << jobs;
  writer.commit();
  return slurp(path);
}

TEST(WriteRendered, ManyThreadsWriteTheBytesOfOne) {
  const geo::testing::TempDir dir;
  for (const char* name : {"incidents.geojson", "incidents.geojsonl", "incidents.csv"}) {
    const std::string one = written_with(1, dir, name);
    ASSERT_GT(one.size(), 1200u);
    for (unsigned jobs : {2u, 3u}) EXPECT_TRUE(written_with(jobs, dir, name) == one) << name << " at -j " << jobs;
  }
}

}  // namespace
}  // namespace incimap::app
