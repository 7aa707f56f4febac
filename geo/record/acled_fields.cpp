#include "geo/record/acled_fields.hpp"

#include <array>
#include <string>
#include <unordered_map>

#include "geo/ingest/published_time.hpp"
#include "geo/record/country_names.hpp"
#include "geo/text/fnv1a.hpp"

namespace incimap::geo {
namespace {

using Record = IncidentRecord;

PropertyValue text(std::string_view s) { return s.empty() ? PropertyValue{} : PropertyValue{s}; }

// ICU is asked once per country a thread meets, not once per feature.
const std::optional<CountryNames>& names_of(const std::string& alpha2) {
  thread_local std::unordered_map<std::string, std::optional<CountryNames>> known;
  auto it = known.find(alpha2);
  if (it == known.end()) it = known.emplace(alpha2, country_names(alpha2)).first;
  return it->second;
}

// ACLED's ids are the country's alpha-3 code and a number ("IRQ30466");
// the number here is 12 digits of a hash of the stable incident id, so it
// is stable too.
PropertyValue get_event_id_cnty(const Record& r, std::string& scratch) {
  const auto& names = names_of(r.country);
  constexpr std::uint64_t kDigits = 1'000'000'000'000;
  scratch = (names ? names->alpha3 : std::string("XXX")) + std::to_string(fnv1a64(r.id) % kDigits);
  return std::string_view(scratch);
}

PropertyValue get_event_date(const Record& r, std::string&) {
  return r.event_date ? PropertyValue{EventDate{r.event_date->days, DatePrecision::day}} : PropertyValue{};
}
PropertyValue get_year(const Record& r, std::string&) {
  return r.event_date ? PropertyValue{std::int64_t{civil_from_days(r.event_date->days).year}} : PropertyValue{};
}
PropertyValue get_time_precision(const Record& r, std::string&) {
  return r.event_date ? PropertyValue{static_cast<std::int64_t>(r.event_date->precision)} : PropertyValue{};
}

// ACLED's three kinds of disorder; a violent demonstration is both.
PropertyValue get_disorder_type(const Record& r, std::string&) {
  if (r.event_type == "Protests") return std::string_view("Demonstrations");
  if (r.event_type == "Riots") {
    return std::string_view(r.sub_event_type == "Violent demonstration" ? "Political violence; Demonstrations"
                                                                          : "Political violence");
  }
  if (r.event_type == "Strategic developments") return std::string_view("Strategic developments");
  if (r.event_type.empty()) return {};
  return std::string_view("Political violence");
}

PropertyValue get_civilian_targeting(const Record& r, std::string&) {
  return r.event_type == "Violence against civilians" ? PropertyValue{std::string_view("Civilian targeting")}
                                                      : PropertyValue{};
}

PropertyValue get_iso(const Record& r, std::string&) {
  const auto& names = names_of(r.country);
  return names && names->numeric > 0 ? PropertyValue{std::int64_t{names->numeric}} : PropertyValue{};
}
PropertyValue get_country(const Record& r, std::string&) {
  const auto& names = names_of(r.country);
  return names ? PropertyValue{std::string_view(names->name)} : text(r.country);
}

PropertyValue get_latitude(const Record& r, std::string&) {
  return r.position ? PropertyValue{r.position->lat()} : PropertyValue{};
}
PropertyValue get_longitude(const Record& r, std::string&) {
  return r.position ? PropertyValue{r.position->lon()} : PropertyValue{};
}
PropertyValue get_geo_precision(const Record& r, std::string&) {
  return r.geo_precision ? PropertyValue{static_cast<std::int64_t>(*r.geo_precision)} : PropertyValue{};
}

// ACLED names the outlet; an article gives its address, whose host says it
// ("www.reuters.com" → "reuters.com"), else its title or file.
PropertyValue get_source(const Record& r, std::string& scratch) {
  std::string_view url = r.source_url;
  if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find_first_of("/?#:"));
    if (url.starts_with("www.")) url.remove_prefix(4);
    if (!url.empty()) {
      scratch.assign(url);
      return std::string_view(scratch);
    }
  }
  return text(r.source_title.empty() ? std::string_view(r.source_file) : std::string_view(r.source_title));
}

// ACLED writes 0 when no death is reported, never a blank.
PropertyValue get_fatalities(const Record& r, std::string&) {
  return std::int64_t{r.fatalities.value_or(0)};
}

template <auto Member>
PropertyValue get_text(const Record& r, std::string&) {
  return text(r.*Member);
}

constexpr auto kFields = std::to_array<FieldSpec>({
    {"event_id_cnty", FieldType::string, get_event_id_cnty, nullptr},
    {"event_date", FieldType::date, get_event_date, nullptr},
    {"year", FieldType::integer, get_year, nullptr},
    {"time_precision", FieldType::integer, get_time_precision, nullptr},
    {"disorder_type", FieldType::string, get_disorder_type, nullptr},
    {"event_type", FieldType::string, get_text<&Record::event_type>, nullptr},
    {"sub_event_type", FieldType::string, get_text<&Record::sub_event_type>, nullptr},
    {"actor1", FieldType::string, get_text<&Record::actor1>, nullptr},
    {"actor2", FieldType::string, get_text<&Record::actor2>, nullptr},
    {"civilian_targeting", FieldType::string, get_civilian_targeting, nullptr},
    {"iso", FieldType::integer, get_iso, nullptr},
    {"country", FieldType::string, get_country, nullptr},
    {"admin1", FieldType::string, get_text<&Record::admin1>, nullptr},
    {"location", FieldType::string, get_text<&Record::location>, nullptr},
    {"latitude", FieldType::real, get_latitude, nullptr},
    {"longitude", FieldType::real, get_longitude, nullptr},
    {"geo_precision", FieldType::integer, get_geo_precision, nullptr},
    {"source", FieldType::string, get_source, nullptr},
    {"notes", FieldType::string, get_text<&Record::excerpt>, nullptr},
    {"fatalities", FieldType::integer, get_fatalities, nullptr},
});

}  // namespace

std::span<const FieldSpec> acled_fields() noexcept { return kFields; }

}  // namespace incimap::geo
