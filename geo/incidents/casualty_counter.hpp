#pragma once
// Casualty counts as news states them: "five people were killed", "killing
// 12 civilians", "left one woman dead", "at least one Iraqi civilian
// casualty", "dozens were wounded", "no injuries or casualties" (0), "the
// death toll rose to 30", "killed commander Jane Roe" (1).
//
// Vague quantities count as the least they can mean ("several" 3, "dozens"
// 24, "scores" 40, "hundreds" 200, "thousands" 2000) and say so in the note;
// "many" and "some" give no count.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/incidents/sentence_words.hpp"

namespace incimap::geo {

enum class CasualtyKind : std::uint8_t {
  fatalities,
  injuries,
  casualties,  // killed or injured, the text does not say which
};

enum class Vagueness : std::uint8_t { exact, vague };

// Whose casualties a report counts. Reports of different sides add up ("two
// soldiers were killed ... one of the fighters was killed" is 3); reports of
// one side, or of "people", are versions of one count.
enum class CasualtySide : std::uint8_t { unnamed, forces, fighters, civilians };

struct CasualtyReport {
  CasualtyKind kind = CasualtyKind::fatalities;
  std::uint32_t count = 0;
  Vagueness vagueness = Vagueness::exact;
  std::uint32_t start = 0;  // UTF-8 byte offsets of the phrase ("at least one ... casualty")
  std::uint32_t end = 0;
  CasualtySide side = CasualtySide::unnamed;  // the first person word in the phrase
};

std::vector<CasualtyReport> count_casualties(const Words& words);

// "soldiers", "civilians", "people", "gunmen": a word for people of any side.
bool is_person_word(const Word& word);

struct CasualtyTally {
  std::optional<std::uint32_t> fatalities;
  std::optional<std::uint32_t> injuries;
  std::optional<std::uint32_t> casualties;
  // Conflicting reports and vague counts, quoted from `text`; empty when
  // every report agrees and is exact.
  std::string note;
};

// Combines the reports of one incident. Reports that disagree keep the
// higher count (a later, fuller report usually raises a toll; a denial
// often comes from a party with a stake) and the note quotes each.
CasualtyTally tally_casualties(const std::vector<CasualtyReport>& reports, std::string_view text);

std::string_view casualty_kind_name(CasualtyKind kind) noexcept;

}  // namespace incimap::geo
