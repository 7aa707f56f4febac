#pragma once
// Calendar maths on days since 1970-01-01 (proleptic Gregorian), shared by
// ingest (published times), incidents (event dates) and the exports.

#include <string>

namespace incimap::geo {

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12).
long days_from_civil(int year, unsigned month, unsigned day) noexcept;

struct CivilDate {
  int year;
  unsigned month;
  unsigned day;
};
CivilDate civil_from_days(long days) noexcept;

// ISO 8601 text appended to `out` without printf (an export writes several a
// feature, a million features): "YYYY-MM-DD", a year outside 0..9999 as
// printf's %04d writes it; "HH:MM:SS" of 0..86399 seconds since midnight (or of an offset below
// 100 hours).
void append_iso_date(std::string& out, const CivilDate& date);
void append_iso_time_of_day(std::string& out, long seconds);

}  // namespace incimap::geo
