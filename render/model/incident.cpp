#include "render/model/incident.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "geo/incidents/date_resolver.hpp"

namespace incimap::render {
namespace {

std::optional<int> parse_int(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

Incident::Incident(geo::IncidentRecord record) : geo::IncidentRecord(std::move(record)) { title_untitled(); }

void Incident::title_untitled() {
  if (title.empty()) title = source_title;
}

std::vector<std::string> Incident::candidate_lines() const {
  std::vector<std::string> out;
  if (candidates.empty()) return out;
  const auto json = nlohmann::json::parse(candidates, nullptr, false);
  if (!json.is_array()) return {candidates};
  for (const auto& item : json) {
    if (item.is_string()) {
      out.push_back(item.get<std::string>());
    } else if (item.is_object()) {
      std::string line = item.value("name", std::string("?"));
      if (item.contains("country") && item["country"].is_string()) line += " (" + item["country"].get<std::string>() + ")";
      if (item.contains("score") && item["score"].is_number()) {
        char score[32];
        std::snprintf(score, sizeof score, " %.2f", item["score"].get<double>());
        line += score;
      }
      out.push_back(line);
    }
  }
  return out;
}

std::string Incident::date_text() const { return event_date ? geo::format_event_date(*event_date) : std::string(); }

std::optional<std::pair<std::size_t, std::size_t>> Incident::matched_span() const noexcept {
  if (!matched_start || !matched_end || *matched_end <= *matched_start) return std::nullopt;
  return std::pair{std::size_t(*matched_start), std::size_t(*matched_end)};
}

std::optional<std::pair<std::size_t, std::size_t>> Incident::mention_in_excerpt() const {
  for (const std::string* needle : {&matched_text, &location}) {
    if (needle->empty()) continue;
    if (const auto at = excerpt.find(*needle); at != std::string::npos) return std::pair{at, at + needle->size()};
  }
  return std::nullopt;
}

std::optional<int> parse_day(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  const auto y = parse_int(date.substr(0, 4));
  const auto m = parse_int(date.substr(5, 2));
  const auto d = parse_int(date.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year(*y), std::chrono::month(unsigned(*m)),
                                        std::chrono::day(unsigned(*d))};
  if (!ymd.ok()) return std::nullopt;
  return int(std::chrono::sys_days(ymd).time_since_epoch().count());
}

std::string format_day(int day) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(day))};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return text;
}

}  // namespace incimap::render
