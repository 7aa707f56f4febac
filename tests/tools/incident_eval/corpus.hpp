#pragma once
// The two annotated incident corpora of ../shared/eval/incidents (see its
// README): single sentences with one event verb and its gold places
// (event_location.jsonl), and full articles with KAIROS event mentions
// (wikievents.jsonl). Offsets are UTF-8 byte offsets into `text`, half-open.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace incimap::tools {

struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;

  bool overlaps(std::size_t s, std::size_t e) const noexcept { return start < e && s < end; }
  bool inside(std::size_t s, std::size_t e) const noexcept { return s <= start && end <= e; }
};

struct EventLocationLine {
  std::string id;
  std::string text;
  std::string published_at;  // YYYY-MM-DD or empty
  std::string source;
  std::string verb_lemma;
  Span event;
  std::vector<Span> locations;  // any of them is correct; empty: no place stated
  bool acled_relevant = false;
};

// The ACLED rows WikiEvents' KAIROS types are scored under (README table).
enum class AcledRow { explosions, attack, protests, riots, strategic };
constexpr std::size_t kAcledRows = 5;

std::string_view row_name(AcledRow row) noexcept;
// The incimap event types a row accepts as the right type.
bool row_accepts(AcledRow row, std::string_view event_type) noexcept;
// The row a KAIROS type is scored under; nullopt for unscored types
// (Life.Die, Contact.*, ...).
std::optional<AcledRow> row_of_kairos_type(std::string_view type) noexcept;

struct WikiEvent {
  std::string type;  // full KAIROS type
  Span trigger;
  std::vector<Span> places;
};

struct WikiArticle {
  std::string id;
  std::string text;
  std::string published_at;
  std::vector<WikiEvent> events;
};

// Throws InputError "FILE:LINE: REASON" on a malformed line.
std::vector<EventLocationLine> read_event_location(const std::string& path);
std::vector<WikiArticle> read_wikievents(const std::string& path);

}  // namespace incimap::tools
