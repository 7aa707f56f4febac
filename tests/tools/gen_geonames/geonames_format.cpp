#include "gen_geonames/geonames_format.hpp"

#include <array>
#include <charconv>

namespace incimap::tools {
namespace {

template <typename Number>
void append_number(std::string& out, Number value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out.append(buffer.data(), result.ptr);
}

void append_degrees(std::string& out, double degrees) {
  std::array<char, 32> buffer{};
  const auto result =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), degrees, std::chars_format::fixed, 5);
  out.append(buffer.data(), result.ptr);
}

void append_flag(std::string& out, bool flag) {
  if (flag) out.push_back('1');
}

}  // namespace

void append_geonames_row(std::string& out, const GeoNamesRow& row) {
  append_number(out, row.geonameid);
  out += '\t';
  out += row.name;
  out += '\t';
  out += row.asciiname;
  out += '\t';
  for (std::size_t i = 0; i < row.alternates.size(); ++i) {
    if (i > 0) out += ',';
    out += row.alternates[i];
  }
  out += '\t';
  append_degrees(out, row.position.lat());
  out += '\t';
  append_degrees(out, row.position.lon());
  out += '\t';
  out += row.feature_class;
  out += '\t';
  out += row.feature_code;
  out += '\t';
  out += row.country_code;
  out += "\t\t";  // cc2: alternate country codes, none
  out += row.admin1_code;
  out += '\t';
  out += row.admin2_code;
  out += "\t\t\t";  // admin3, admin4
  append_number(out, row.population);
  out += "\t\t";  // elevation: GeoNames leaves it empty for most rows
  append_number(out, row.dem_metres);
  out += '\t';
  out += row.timezone;
  out += '\t';
  out += row.modified;
  out += '\n';
}

void append_alternate_name_row(std::string& out, const AlternateNameRow& row) {
  append_number(out, row.alternate_name_id);
  out += '\t';
  append_number(out, row.geonameid);
  out += '\t';
  out += row.language;
  out += '\t';
  out += row.name;
  out += '\t';
  append_flag(out, row.preferred);
  out += '\t';
  append_flag(out, row.short_name);
  out += "\t\t";  // colloquial
  append_flag(out, row.historic);
  out += "\t\t\n";  // from, to
}

}  // namespace incimap::tools
