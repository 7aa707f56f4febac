#pragma once
// Toponym recognition: finds the spans of an article that name places, with
// the gazetteer entries each span may refer to. Evidence comes from the
// gazetteer (longest multi-word match first) and from the text: capitals,
// cue words ("in", "near", "X province"), titles before person names,
// organisation words after place names ("Washington Examiner"), dictionary
// words that are rarely places ("Center", "Mobile"), coordination ("Green or
// International Zone" names the Green Zone).

#include <cstdint>
#include <string_view>
#include <vector>

#include "geo/gazetteer/index.hpp"
#include "geo/recognize/mention_kind.hpp"
#include "geo/text/sentences.hpp"
#include "geo/text/tokens.hpp"

namespace incimap::geo {

struct RecognizedMention {
  std::uint32_t start = 0;  // byte offsets of the mention in the text
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // [first_token, last_token)
  std::uint32_t last_token = 0;
  std::uint32_t sentence = 0;
  MentionKind kind = MentionKind::place;
  // Candidates; empty for a street or feature the gazetteer lacks (an
  // unresolved mention).
  std::vector<index_format::NameEntry> entries;
  bool after_locative_cue = false;  // "in Baghdad"
  bool division_word_after = false;  // "the Mopti region", "Diyala province"
  bool written_as_abbreviation = false;  // "U.S.", "UK"
};

class Recognizer {
 public:
  explicit Recognizer(const GazetteerIndex& index) : index_(&index) {}

  std::vector<RecognizedMention> recognize(std::string_view text, const std::vector<Token>& tokens,
                                           const std::vector<Sentence>& sentences) const;

 private:
  const GazetteerIndex* index_;
};

}  // namespace incimap::geo
