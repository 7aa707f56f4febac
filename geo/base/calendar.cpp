#include "geo/base/calendar.hpp"

#include <cassert>
#include <cstdio>

namespace incimap::geo {

long days_from_civil(int year, unsigned month, unsigned day) noexcept {
  // Howard Hinnant's algorithm: exact for the proleptic Gregorian calendar.
  year -= month <= 2;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate civil_from_days(long z) noexcept {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned day = doy - (153 * mp + 2) / 5 + 1;
  const unsigned month = mp < 10 ? mp + 3 : mp - 9;
  const int year = static_cast<int>(static_cast<long>(yoe) + era * 400) + (month <= 2);
  return {year, month, day};
}

namespace {

void append_two_digits(std::string& out, unsigned n) {
  out.push_back(static_cast<char>('0' + n / 10 % 10));
  out.push_back(static_cast<char>('0' + n % 10));
}

}  // namespace

void append_iso_date(std::string& out, const CivilDate& date) {
  if (date.year < 0 || date.year > 9999) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", date.year, date.month, date.day);
    out += buf;
    return;
  }
  const auto year = static_cast<unsigned>(date.year);
  append_two_digits(out, year / 100);
  append_two_digits(out, year % 100);
  out.push_back('-');
  append_two_digits(out, date.month);
  out.push_back('-');
  append_two_digits(out, date.day);
}

void append_iso_time_of_day(std::string& out, long seconds) {
  assert(seconds >= 0 && seconds < 100 * 3600);  // two digits of hours (a UTC offset may pass 24 h)
  const auto s = static_cast<unsigned>(seconds);
  append_two_digits(out, s / 3600);
  out.push_back(':');
  append_two_digits(out, s / 60 % 60);
  out.push_back(':');
  append_two_digits(out, s % 60);
}

}  // namespace incimap::geo
