#pragma once
// A wire story syndicated to many outlets, for the tests of the listed-sources
// cap: the first sample brief (the Omdurman drone strike) as JSON lines, one a
// copy, each under its own outlet's id and URL, dealt into `shards` strings
// (copy i into shard i % shards).

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace incimap::app::testing {

inline std::vector<std::string> syndicated_story(const std::string& samples_dir, int copies, int shards) {
  std::ifstream in(samples_dir + "/briefs.jsonl");
  std::string line;
  std::getline(in, line);
  const nlohmann::json story = nlohmann::json::parse(line);
  std::vector<std::string> out(static_cast<std::size_t>(shards));
  for (int i = 0; i < copies; ++i) {
    char outlet[32];
    std::snprintf(outlet, sizeof outlet, "outlet-%04d", i);
    nlohmann::json copy = story;
    copy["id"] = outlet;
    copy["url"] = std::string("https://") + outlet + ".example.org/sudan/omdurman";
    out[static_cast<std::size_t>(i % shards)] += copy.dump() + "\n";
  }
  return out;
}

}  // namespace incimap::app::testing
