#pragma once
// Calendar maths on days since 1970-01-01 (proleptic Gregorian), shared by
// ingest (published times), incidents (event dates) and the exports.

namespace incimap::geo {

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12).
long days_from_civil(int year, unsigned month, unsigned day) noexcept;

struct CivilDate {
  int year;
  unsigned month;
  unsigned day;
};
CivilDate civil_from_days(long days) noexcept;

}  // namespace incimap::geo
