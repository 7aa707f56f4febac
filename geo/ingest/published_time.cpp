#include "geo/ingest/published_time.hpp"

#include <array>
#include <cctype>
#include <cstdio>

#include "geo/text/lexicon.hpp"

namespace incimap::geo {
namespace {

// A cursor over the date text; each reader consumes on success only.
struct Scanner {
  std::string_view s;
  std::size_t pos = 0;

  bool done() const noexcept { return pos >= s.size(); }
  char peek() const noexcept { return done() ? '\0' : s[pos]; }
  void skip_spaces() noexcept {
    while (!done() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == ',')) ++pos;
  }
  bool accept(char c) noexcept {
    if (peek() != c) return false;
    ++pos;
    return true;
  }
  // Reads exactly `min..max` digits.
  std::optional<int> digits(std::size_t min, std::size_t max) noexcept {
    std::size_t n = 0;
    int value = 0;
    while (n < max && pos + n < s.size() && std::isdigit(static_cast<unsigned char>(s[pos + n]))) {
      value = value * 10 + (s[pos + n] - '0');
      ++n;
    }
    if (n < min) return std::nullopt;
    pos += n;
    return value;
  }
  std::string_view word() noexcept {
    const std::size_t start = pos;
    while (!done() && std::isalpha(static_cast<unsigned char>(s[pos]))) ++pos;
    return s.substr(start, pos - start);
  }
};

bool valid_date(int year, unsigned month, unsigned day) noexcept {
  static constexpr std::array<unsigned, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= kDays[month - 1];
}

// "Z", "+03:00", "+0300", "-05", "GMT", "UTC", "EST"…; nullopt when absent.
std::optional<int> parse_zone(Scanner& sc) noexcept {
  sc.skip_spaces();
  if (sc.accept('Z')) return 0;
  const char sign = sc.peek();
  if (sign == '+' || sign == '-') {
    ++sc.pos;
    const auto hours = sc.digits(2, 2);
    if (!hours) return std::nullopt;
    sc.accept(':');
    const int minutes = sc.digits(2, 2).value_or(0);
    // Real offsets lie within ±14:00 (ISO 8601 allows up to 23:59); "+9999"
    // is no zone, and formatted back it would not parse.
    if (*hours > 23 || minutes > 59) return std::nullopt;
    const int offset = *hours * 60 + minutes;
    return sign == '-' ? -offset : offset;
  }
  const std::string_view name = sc.word();
  struct Zone { std::string_view name; int minutes; };
  static constexpr std::array<Zone, 10> kZones = {{{"GMT", 0}, {"UTC", 0}, {"UT", 0}, {"EST", -300},
      {"EDT", -240}, {"CST", -360}, {"CDT", -300}, {"MST", -420}, {"PST", -480}, {"PDT", -420}}};
  for (const auto& zone : kZones) {
    if (zone.name == name) return zone.minutes;
  }
  return std::nullopt;
}

// "21:30", "21:30:00", "21:30:00.123"; fills seconds of day and precision.
bool parse_clock(Scanner& sc, long& seconds, TimePrecision& precision) noexcept {
  const auto hour = sc.digits(1, 2);
  if (!hour || !sc.accept(':')) return false;
  const auto minute = sc.digits(2, 2);
  if (!minute || *hour > 23 || *minute > 59) return false;
  seconds = *hour * 3600L + *minute * 60L;
  precision = TimePrecision::minute;
  if (sc.accept(':')) {
    const auto second = sc.digits(2, 2);
    if (!second || *second > 60) return false;
    // A leap second (:60) is held at :59: Unix time has no such second, and
    // 9999-12-31T23:59:60 would otherwise become a year no format can write.
    seconds += *second == 60 ? 59 : *second;
    precision = TimePrecision::second;
    if (sc.accept('.')) sc.digits(1, 9);
  }
  return true;
}

std::optional<PublishedTime> finish(int year, unsigned month, unsigned day, Scanner& sc) {
  if (!valid_date(year, month, day)) return std::nullopt;
  PublishedTime t;
  t.precision = TimePrecision::day;
  long seconds = 0;
  sc.skip_spaces();
  const std::size_t before_clock = sc.pos;
  if (sc.accept('T') || std::isdigit(static_cast<unsigned char>(sc.peek()))) {
    if (!parse_clock(sc, seconds, t.precision)) {
      sc.pos = before_clock;
      seconds = 0;
      t.precision = TimePrecision::day;
    } else {
      t.utc_offset_minutes = parse_zone(sc);
    }
  }
  t.unix_seconds = days_from_civil(year, month, day) * 86400L + seconds -
                   t.utc_offset_minutes.value_or(0) * 60L;
  return t;
}

std::optional<PublishedTime> parse_iso(Scanner sc) {
  const auto year = sc.digits(4, 4);
  if (!year || !sc.accept('-')) return std::nullopt;
  const auto month = sc.digits(1, 2);
  if (!month) return std::nullopt;
  if (!sc.accept('-')) {
    if (!valid_date(*year, static_cast<unsigned>(*month), 1)) return std::nullopt;
    PublishedTime t;
    t.precision = TimePrecision::month;
    t.unix_seconds = days_from_civil(*year, static_cast<unsigned>(*month), 1) * 86400L;
    return t;
  }
  const auto day = sc.digits(1, 2);
  if (!day) return std::nullopt;
  return finish(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day), sc);
}

// "Sun, 05 Jan 2020 21:30:00 GMT", "5 January 2020", "January 5, 2020".
std::optional<PublishedTime> parse_written(Scanner sc) {
  sc.skip_spaces();
  if (std::isalpha(static_cast<unsigned char>(sc.peek()))) {
    const std::size_t save = sc.pos;
    const std::string_view first = sc.word();
    if (const unsigned month = month_from_name(first)) {
      sc.accept('.');
      sc.skip_spaces();
      const auto day = sc.digits(1, 2);
      sc.skip_spaces();
      const auto year = sc.digits(4, 4);
      if (!day || !year) return std::nullopt;
      return finish(*year, month, static_cast<unsigned>(*day), sc);
    }
    sc.pos = save;
    sc.word();  // weekday
    sc.skip_spaces();
  }
  const auto day = sc.digits(1, 2);
  sc.skip_spaces();
  const unsigned month = month_from_name(sc.word());
  sc.accept('.');
  sc.skip_spaces();
  const auto year = sc.digits(4, 4);
  if (!day || !month || !year) return std::nullopt;
  return finish(*year, month, static_cast<unsigned>(*day), sc);
}

}  // namespace

unsigned month_from_name(std::string_view word) noexcept {
  const auto names = words_of(WordClass::months);
  if (word.size() < 3) return 0;
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (unsigned i = 0; i < names.size(); ++i) {
    if (lower == names[i]) return i + 1;
    // "Jan", "Sept"
    if (lower.size() <= 4 && names[i].starts_with(lower) && (lower.size() == 3 || lower == "sept")) return i + 1;
  }
  return 0;
}

std::optional<PublishedTime> parse_published_time(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  if (auto iso = parse_iso(Scanner{text})) return iso;
  return parse_written(Scanner{text});
}

void append_published_time(std::string& out, const PublishedTime& t) {
  const int offset = t.utc_offset_minutes.value_or(0);
  const long local = t.unix_seconds + offset * 60L;
  long days = local / 86400;
  long secs = local % 86400;
  if (secs < 0) { secs += 86400; --days; }
  const CivilDate d = civil_from_days(days);
  if (t.precision == TimePrecision::year || t.precision == TimePrecision::month) {
    char buf[40];
    if (t.precision == TimePrecision::year) {
      std::snprintf(buf, sizeof buf, "%04d", d.year);
    } else {
      std::snprintf(buf, sizeof buf, "%04d-%02u", d.year, d.month);
    }
    out += buf;
    return;
  }
  append_iso_date(out, d);
  if (t.precision == TimePrecision::day) return;
  out.push_back('T');
  append_iso_time_of_day(out, secs);
  if (!t.utc_offset_minutes || offset == 0) {
    out.push_back('Z');
    return;
  }
  const int abs_offset = offset < 0 ? -offset : offset;
  out.push_back(offset < 0 ? '-' : '+');
  append_iso_time_of_day(out, abs_offset * 60L);
  out.resize(out.size() - 3);  // the offset is hours and minutes
}

std::string format_published_time(const PublishedTime& t) {
  std::string out;
  append_published_time(out, t);
  return out;
}

}  // namespace incimap::geo
