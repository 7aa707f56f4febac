#include "app/viewer/incident_filter.hpp"

#include <algorithm>
#include <thread>

namespace incimap::app {
namespace {

char lower_ascii(char c) noexcept { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool text_matches(const render::Incident& incident, std::string_view text) {
  for (const std::string* field : {&incident.title, &incident.location, &incident.matched_text, &incident.actor1,
                                   &incident.actor2, &incident.excerpt, &incident.source_title, &incident.source_url,
                                   &incident.source_file, &incident.admin1, &incident.id}) {
    if (contains_ignoring_case(*field, text)) return true;
  }
  return false;
}

// Below this many incidents a second thread costs more than it saves.
constexpr std::size_t kParallelThreshold = 50'000;

}  // namespace

bool contains_ignoring_case(std::string_view haystack, std::string_view needle) noexcept {
  if (needle.empty()) return true;
  const auto found = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                 [](char a, char b) { return lower_ascii(a) == lower_ascii(b); });
  return found != haystack.end();
}

bool passes(const render::Incident& incident, const IncidentFilter& filter, DateCheck dates) {
  if (incident.confidence() < filter.min_confidence) return false;
  if (!filter.event_type.empty() && incident.event_type != filter.event_type) return false;
  if (!filter.country.empty() && incident.country != filter.country) return false;
  if (dates == DateCheck::apply && filter.days && !(incident.day() && filter.days->contains(*incident.day()))) {
    return false;
  }
  return filter.text.empty() || text_matches(incident, filter.text);
}

std::vector<std::uint8_t> filter_mask(std::span<const render::Incident> incidents, const IncidentFilter& filter) {
  std::vector<std::uint8_t> mask(incidents.size());
  const auto fill = [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) mask[i] = passes(incidents[i], filter) ? 1 : 0;
  };
  const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  if (incidents.size() < kParallelThreshold || threads == 1) {
    fill(0, incidents.size());
    return mask;
  }
  {
    std::vector<std::jthread> workers;
    const std::size_t chunk = (incidents.size() + threads - 1) / threads;
    for (std::size_t begin = 0; begin < incidents.size(); begin += chunk) {
      workers.emplace_back(fill, begin, std::min(incidents.size(), begin + chunk));
    }
  }
  return mask;
}

}  // namespace incimap::app
