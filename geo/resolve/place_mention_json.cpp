#include "geo/resolve/place_mention_json.hpp"

#include <algorithm>
#include <cstdio>

#include "geo/text/json_writer.hpp"

namespace incimap::geo {
namespace {

void append_key(std::string& out, const char* key) {
  out.push_back('"');
  out.append(key);
  out.append("\":");
}

void append_string_or_null(std::string& out, const std::string& s) {
  if (s.empty()) out.append("null");
  else append_json_string(out, s);
}

// The place fields, each followed by a comma.
void append_place(std::string& out, const GazetteerPlace& p) {
  append_key(out, "name");
  append_json_string(out, p.name);
  out.push_back(',');
  append_key(out, "lat");
  append_json_number(out, p.position.lat(), 6);
  out.push_back(',');
  append_key(out, "lon");
  append_json_number(out, p.position.lon(), 6);
  out.push_back(',');
  append_key(out, "geonameid");
  out.append(p.geonameid ? std::to_string(p.geonameid) : "null");
  out.push_back(',');
  append_key(out, "feature_class");
  append_json_string(out, std::string_view(&p.feature_class, 1));
  out.push_back(',');
  append_key(out, "feature_code");
  append_json_string(out, p.feature_code);
  out.push_back(',');
  append_key(out, "country");
  append_string_or_null(out, p.country);
  out.push_back(',');
  append_key(out, "admin1");
  append_string_or_null(out, p.admin1);
  out.push_back(',');
  append_key(out, "geo_type");
  append_json_string(out, geo_type_name(p.type));
  out.push_back(',');
}

void append_candidates(std::string& out, const std::vector<CandidateScore>& candidates) {
  out.append(",\"candidates\":[");
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (i > 0) out.push_back(',');
    out.push_back('{');
    append_place(out, candidates[i].place);
    append_key(out, "score");
    append_json_number(out, candidates[i].score, 3);
    out.append(",\"evidence\":[");
    for (std::size_t k = 0; k < candidates[i].evidence.size(); ++k) {
      if (k > 0) out.push_back(',');
      append_json_string(out, candidates[i].evidence[k]);
    }
    out.append("]}");
  }
  out.push_back(']');
}

}  // namespace

const char* geo_type_name(GeoType type) noexcept {
  switch (type) {
    case GeoType::country: return "country";
    case GeoType::admin1: return "admin1";
    case GeoType::admin2: return "admin2";
    case GeoType::city: return "city";
    case GeoType::landmark: return "landmark";
    case GeoType::region: return "region";
  }
  return "city";
}

void append_place_mention_json(std::string& out, const PlaceMention& m) {
  out.append("{\"start\":");
  out.append(std::to_string(m.start));
  out.append(",\"end\":");
  out.append(std::to_string(m.end));
  out.append(",\"text\":");
  append_json_string(out, m.text);
  out.append(",\"kind\":");
  out.append(m.kind == MentionKind::demonym ? "\"demonym\"," : "\"place\",");
  if (m.place) {
    append_place(out, *m.place);
  } else {
    for (const char* key : {"name", "lat", "lon", "geonameid", "feature_class", "feature_code", "country", "admin1",
                            "geo_type"}) {
      append_key(out, key);
      out.append("null,");
    }
  }
  append_key(out, "confidence");
  append_json_number(out, m.confidence, 3);
  if (!m.candidates.empty()) append_candidates(out, m.candidates);
  out.push_back('}');
}

std::vector<std::string> places_line_pieces(std::string_view article_id, const std::vector<PlaceMention>& mentions,
                                            std::size_t piece_bytes) {
  std::vector<std::string> pieces(1);
  // A piece is full past piece_bytes; the mention that crosses it is the
  // last (a mention is a few hundred bytes, far below a piece).
  const auto next_piece = [&] {
    if (pieces.back().size() < piece_bytes) return;
    pieces.emplace_back().reserve(piece_bytes + 4096);
  };
  pieces.back().reserve(std::min(piece_bytes, 64 + mentions.size() * 256) + 4096);
  std::string& head = pieces.back();
  head.append("{\"id\":");
  append_json_string(head, article_id);
  head.append(",\"places\":[");
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    next_piece();
    if (i > 0) pieces.back().push_back(',');
    append_place_mention_json(pieces.back(), mentions[i]);
  }
  pieces.back().append("]}\n");
  return pieces;
}

nlohmann::json place_mention_to_json(const PlaceMention& m) {
  std::string text;
  append_place_mention_json(text, m);
  return nlohmann::json::parse(text);
}

}  // namespace incimap::geo
