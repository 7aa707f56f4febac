#include "geo/incidents/date_resolver.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

#include "geo/ingest/published_time.hpp"

namespace incimap::geo {
namespace {

constexpr long kSecondsPerDay = 86400;

// 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday.
int weekday_of(long days) noexcept { return static_cast<int>(((days % 7) + 11) % 7); }

int weekday_from_name(std::string_view lower) noexcept {
  const auto names = words_of(WordClass::weekdays);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (lower == names[i]) return static_cast<int>(i);
  }
  return -1;
}

// The calendar day of publication where the article was published: an
// attack "on Sunday night" in Baghdad is Baghdad's Sunday.
long publication_day(const PublishedTime& published) noexcept {
  const long local = published.unix_seconds + published.utc_offset_minutes.value_or(0) * 60L;
  return local >= 0 ? local / kSecondsPerDay : (local - kSecondsPerDay + 1) / kSecondsPerDay;
}

std::optional<int> small_number(const Word& word, int max) {
  if (word.raw.empty() || word.raw.front() < '0' || word.raw.front() > '9') return std::nullopt;
  int value = 0;
  const auto [ptr, ec] = std::from_chars(word.raw.data(), word.raw.data() + word.raw.size(), value);
  if (ec != std::errc{}) return std::nullopt;
  const std::string_view rest(ptr, static_cast<std::size_t>(word.raw.data() + word.raw.size() - ptr));
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return std::nullopt;
  if (value < 1 || value > max) return std::nullopt;
  return value;
}

std::optional<int> year_number(const Word& word) {
  if (word.kind != TokenKind::number || word.raw.size() != 4) return std::nullopt;
  int value = 0;
  const auto [ptr, ec] = std::from_chars(word.raw.data(), word.raw.data() + word.raw.size(), value);
  if (ec != std::errc{} || ptr != word.raw.data() + word.raw.size() || value < 1900 || value > 2199)
    return std::nullopt;
  return value;
}

// Precondition: month in 1..12.
bool valid_day(int year, unsigned month, int day) noexcept {
  const long first = days_from_civil(year, month, 1);
  const long next = month == 12 ? days_from_civil(year + 1, 1, 1) : days_from_civil(year, month + 1, 1);
  return day >= 1 && day <= next - first;
}

// A month name as a month: capitalised ("May" the month, "may" the modal),
// and "Mar"/"Jan" only as written abbreviations.
unsigned month_of(const Word& word) {
  if (word.kind != TokenKind::word || !word.capitalized) return 0;
  return month_from_name(word.raw);
}

bool is_range_word(const Word& word) { return in_class(word, WordClass::date_range_words); }

bool is_future_word(const Word& word) {
  return word.is("next") || word.is("coming") || word.is("upcoming") || word.is("tomorrow");
}

// Skips "the", "on", "in", "of", "early", "last", ... to the word that
// governs the expression, so "since early October" is a range.
bool governed_by_range(const Words& words, std::size_t at) {
  for (std::size_t i = at; i > 0 && at - i < 4; --i) {
    const Word& w = words[i - 1];
    if (is_range_word(w) || is_future_word(w)) return true;
    if (!in_class(w, WordClass::date_skippable_words)) return false;
  }
  return false;
}

std::string two_digits(unsigned value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u", value);
  return buf;
}

struct Resolution {
  const Words& words;
  const std::optional<PublishedTime>& published;

  std::optional<long> pub_day() const {
    return published ? std::optional<long>(publication_day(*published)) : std::nullopt;
  }

  DateAnchor make(std::string key, std::optional<EventDate> date, std::size_t first, std::size_t last) const {
    return DateAnchor{std::move(key), date, words[first].start, words[last - 1].end};
  }

  std::optional<EventDate> relative_days(long offset, DatePrecision precision) const {
    const auto day = pub_day();
    if (!day) return std::nullopt;
    return EventDate{*day + offset, precision};
  }

  // The last occurrence of month/day on or before publication.
  std::optional<EventDate> last_month_day(unsigned month, int day, DatePrecision precision) const {
    const auto today = pub_day();
    if (!today) return std::nullopt;
    const CivilDate now = civil_from_days(*today);
    int year = now.year;
    if (month > now.month) --year;
    if (!valid_day(year, month, day)) return std::nullopt;
    long days = days_from_civil(year, month, static_cast<unsigned>(day));
    if (days > *today) {
      if (month == now.month && precision != DatePrecision::day) {
        days = *today;  // "early January" read on January 3rd
      } else {
        if (!valid_day(year - 1, month, day)) return std::nullopt;
        days = days_from_civil(year - 1, month, static_cast<unsigned>(day));
      }
    }
    return EventDate{days, precision};
  }

  std::optional<DateAnchor> weekday(std::size_t i) const {
    const int target = weekday_from_name(words[i].lower);
    if (target < 0 || !words[i].capitalized) return std::nullopt;
    const bool last = i > 0 && words[i - 1].is("last");
    std::optional<EventDate> date;
    if (const auto today = pub_day()) {
      int back = (weekday_of(*today) - target + 7) % 7;
      if (back == 0 && last) back = 7;
      date = EventDate{*today - back, DatePrecision::day};
    }
    const std::size_t first = last ? i - 1 : i;
    return make("weekday:" + std::to_string(target), date, first, i + 1);
  }

  std::optional<DateAnchor> relative_word(std::size_t i) const {
    const Word& w = words[i];
    const bool has_next = i + 1 < words.size();
    if (w.is("yesterday")) return make("relative-day:-1", relative_days(-1, DatePrecision::day), i, i + 1);
    if (w.is("today") || w.is("tonight")) return make("relative-day:0", relative_days(0, DatePrecision::day), i, i + 1);
    // "overnight" in a report: the night that ended on the publication day,
    // dated by the evening it began.
    if (w.is("overnight")) return make("relative-day:-1", relative_days(-1, DatePrecision::day), i, i + 1);
    if ((w.is("last") || w.is("this")) && has_next) {
      const Word& next = words[i + 1];
      const long sign = w.is("last") ? -1 : 0;
      const std::string suffix = w.is("last") ? "-1" : "0";
      if (next.is("night")) return make("relative-day:-1", relative_days(-1, DatePrecision::day), i, i + 2);
      if (next.is("morning") || next.is("afternoon") || next.is("evening")) {
        return make("relative-day:0", relative_days(0, DatePrecision::day), i, i + 2);
      }
      if (next.is("week") || next.is("weekend")) {
        return make("relative-week:" + suffix, relative_days(7 * sign, DatePrecision::week), i, i + 2);
      }
      if (next.is("month")) return relative_month(sign == 0 ? 0 : -1, i, i + 2);
    }
    return std::nullopt;
  }

  std::optional<DateAnchor> relative_month(int months_back, std::size_t first, std::size_t last) const {
    std::optional<EventDate> date;
    if (const auto today = pub_day()) {
      const CivilDate now = civil_from_days(*today);
      int year = now.year;
      int month = static_cast<int>(now.month) + months_back;
      if (month < 1) {
        month += 12;
        --year;
      }
      date = EventDate{days_from_civil(year, static_cast<unsigned>(month), 1), DatePrecision::month};
    }
    return make("relative-month:" + std::to_string(months_back), date, first, last);
  }

  // "January 5, 2020", "Jan. 5", "5 January 2020", "November 2019",
  // "in November", "early January".
  std::optional<DateAnchor> month_expression(std::size_t i) const {
    const unsigned month = month_of(words[i]);
    if (month == 0) return std::nullopt;
    std::size_t last = i + 1;
    if (last < words.size() && words[last].is_punct(".")) ++last;  // "Jan."
    std::optional<int> day;
    std::size_t first = i;
    if (last < words.size()) {
      day = small_number(words[last], 31);
      if (day) ++last;
    }
    if (!day && i > 0) {
      day = small_number(words[i - 1], 31);
      if (day) first = i - 1;
    }
    std::optional<int> year;
    std::size_t after = last;
    if (after < words.size() && words[after].is_punct(",")) ++after;
    if (after < words.size()) year = year_number(words[after]);
    if (year) last = after + 1;

    if (day && year) {
      if (!valid_day(*year, month, *day)) return std::nullopt;
      const EventDate date{days_from_civil(*year, month, static_cast<unsigned>(*day)), DatePrecision::day};
      return make("date:" + format_event_date(date), date, first, last);
    }
    if (day) {
      return make("date:" + two_digits(month) + "-" + two_digits(static_cast<unsigned>(*day)),
                  last_month_day(month, *day, DatePrecision::day), first, last);
    }
    if (year) {
      const EventDate date{days_from_civil(*year, month, 1), DatePrecision::month};
      return make("month:" + std::to_string(*year) + "-" + two_digits(month), date, first, last);
    }
    return part_of_month(month, i);
  }

  // "early January" is read as about the 5th, "mid-January" the 15th, "late
  // January" the 25th, each to within a week; a bare month is the month.
  std::optional<DateAnchor> part_of_month(unsigned month, std::size_t i) const {
    struct Part {
      std::string_view word;
      int day;
    };
    static constexpr std::array<Part, 4> kParts = {{{"early", 5}, {"mid", 15}, {"late", 25}, {"middle", 15}}};
    if (i > 0) {
      for (const Part& part : kParts) {
        if (!words[i - 1].is(part.word)) continue;
        return make("month:" + std::to_string(month) + ":" + std::string(part.word),
                    last_month_day(month, part.day, DatePrecision::week), i - 1, i + 1);
      }
    }
    return make("month:" + std::to_string(month), last_month_day(month, 1, DatePrecision::month), i, i + 1);
  }

  // "2020-01-05": the hyphens are dropped from Words, the numbers stay joined.
  std::optional<DateAnchor> iso_date(std::size_t i) const {
    const auto year = year_number(words[i]);
    if (!year || i + 2 >= words.size()) return std::nullopt;
    const Word& m = words[i + 1];
    const Word& d = words[i + 2];
    if (!m.joined_to_previous || !d.joined_to_previous) return std::nullopt;
    const auto month = small_number(m, 12);
    const auto day = small_number(d, 31);
    if (!month || !day || !valid_day(*year, static_cast<unsigned>(*month), *day)) return std::nullopt;
    const EventDate date{days_from_civil(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day)),
                         DatePrecision::day};
    return make("date:" + format_event_date(date), date, i, i + 3);
  }

  std::optional<DateAnchor> at(std::size_t i) const {
    // Most words open no date: one bit test spares them the readers below.
    if (words[i].kind != TokenKind::number && !in_class(words[i], WordClass::date_openers)) return std::nullopt;
    if (auto a = iso_date(i)) return a;
    if (governed_by_range(words, i)) return std::nullopt;
    if (auto a = weekday(i)) return a;
    if (auto a = relative_word(i)) return a;
    if (auto a = month_expression(i)) return a;
    return std::nullopt;
  }
};

}  // namespace

bool DateAnchor::same_time_as(const DateAnchor& other) const noexcept {
  if (date && other.date) {
    const DayRange a = period_of(*date);
    const DayRange b = period_of(*other.date);
    return a.first <= b.last && b.first <= a.last;
  }
  return key == other.key || dates_report || other.dates_report;
}

DayRange period_of(const EventDate& date) noexcept {
  switch (date.precision) {
    case DatePrecision::day:
      return {date.days, date.days};
    case DatePrecision::week:
      return {date.days - 3, date.days + 3};
    case DatePrecision::month: {
      const CivilDate c = civil_from_days(date.days);
      const long next = c.month == 12 ? days_from_civil(c.year + 1, 1, 1) : days_from_civil(c.year, c.month + 1, 1);
      return {days_from_civil(c.year, c.month, 1), next - 1};
    }
  }
  return {date.days, date.days};
}

std::vector<DateAnchor> find_date_anchors(const Words& words, const std::optional<PublishedTime>& published) {
  const Resolution resolution{words, published};
  std::vector<DateAnchor> anchors;
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto anchor = resolution.at(i);
    if (!anchor) continue;
    i = word_at_or_after(words, anchor->end) - 1;  // "early January" is one anchor, not two
    anchors.push_back(std::move(*anchor));
  }
  return anchors;
}

std::optional<DateAnchor> find_date_anchor(const Words& words, const std::optional<PublishedTime>& published) {
  auto anchors = find_date_anchors(words, published);
  if (anchors.empty()) return std::nullopt;
  return std::move(anchors.front());
}

std::string format_event_date(const EventDate& date) {
  const CivilDate c = civil_from_days(date.days);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
  return buf;
}

}  // namespace incimap::geo
