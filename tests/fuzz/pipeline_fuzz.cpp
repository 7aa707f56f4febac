// The whole pipeline on arbitrary bytes taken as an article's text: decode,
// geoparse with the fixture gazetteer, extract incidents, write each as a
// GeoJSON Feature. Offsets must stay inside the text and every Feature must
// be valid JSON.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fixture_index.hpp"
#include "fuzz_check.hpp"
#include "geo/export/geojson_stream.hpp"
#include "geo/incidents/incident_builder.hpp"
#include "geo/resolve/geoparser.hpp"
#include "geo/text/encoding.hpp"

namespace {

std::unique_ptr<incimap::geo::Geoparser> geoparser;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const auto path = std::filesystem::temp_directory_path() / ("incimap-fuzz-" + std::to_string(::getpid()) + ".idx");
  incimap::fuzz::build_fixture_index(path.string());
  geoparser = std::make_unique<incimap::geo::Geoparser>(incimap::geo::Geoparser::open(path.string()));
  std::filesystem::remove(path);  // the index lives in memory from here on
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace incimap::geo;
  Article article;
  article.text = decode_to_utf8(std::string_view(reinterpret_cast<const char*>(data), size)).utf8;
  article.body_end = article.text.size();
  article.id = "fuzz";
  article.path = "fuzz.txt";
  article.where = "fuzz.txt";
  const auto mentions = geoparser->parse(article.text, Explain::yes);
  for (const PlaceMention& m : mentions) INCIMAP_FUZZ_CHECK(m.start <= m.end && m.end <= article.text.size());
  RecordValues values;
  for (const Incident& incident : extract_incidents(article, mentions)) {
    std::string feature;
    const IncidentRecord record = record_of(incident);
    values.fill(record);
    append_geojson_feature(feature, record, values);
    INCIMAP_FUZZ_CHECK(nlohmann::json::accept(feature));
  }
  return 0;
}
