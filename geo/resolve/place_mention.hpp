#pragma once
// What the geoparser (recognize + resolve) hands to the rest of incimap: each
// place an article names, where it is in the text, and where it is on Earth.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/gazetteer/place.hpp"
#include "geo/recognize/mention_kind.hpp"

namespace incimap::geo {

// One candidate the resolver weighed, for --explain and the viewer.
struct CandidateScore {
  GazetteerPlace place;
  double score = 0;
  std::vector<std::string> evidence;  // "population 7.2M", "country IQ named in text", ...
};

struct PlaceMention {
  std::uint32_t start = 0;  // UTF-8 byte offsets into Article::text
  std::uint32_t end = 0;
  std::string text;         // the mention as written
  MentionKind kind = MentionKind::place;
  std::optional<GazetteerPlace> place;  // nothing when recognised but unresolved
  double confidence = 0;                // 0..1
  std::vector<CandidateScore> candidates;  // best first; filled when explaining
};

}  // namespace incimap::geo
