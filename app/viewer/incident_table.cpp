#include "app/viewer/incident_table.hpp"

#include <algorithm>
#include <numeric>

namespace incimap::app {
namespace {

// Strict weak order on one column, ascending.
bool column_less(const render::Incident& a, const render::Incident& b, TableColumn column) {
  switch (column) {
    case TableColumn::date: return a.day().value_or(-1'000'000) < b.day().value_or(-1'000'000);
    case TableColumn::event_type: return a.event_type < b.event_type;
    case TableColumn::location: return a.location < b.location;
    case TableColumn::country: return a.country < b.country;
    case TableColumn::fatalities: return a.fatalities_or_zero() < b.fatalities_or_zero();
    case TableColumn::confidence: return a.confidence() < b.confidence();
    case TableColumn::title: return a.title < b.title;
  }
  return false;
}

}  // namespace

const char* column_name(TableColumn column) noexcept {
  switch (column) {
    case TableColumn::date: return "date";
    case TableColumn::event_type: return "event_type";
    case TableColumn::location: return "location";
    case TableColumn::country: return "country";
    case TableColumn::fatalities: return "fatalities";
    case TableColumn::confidence: return "confidence";
    case TableColumn::title: return "title";
  }
  return "";
}

std::vector<std::uint32_t> sorted_incidents(std::span<const render::Incident> incidents, TableSort sort) {
  std::vector<std::uint32_t> order(incidents.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return sort.order == SortOrder::ascending ? column_less(incidents[a], incidents[b], sort.column)
                                              : column_less(incidents[b], incidents[a], sort.column);
  });
  return order;
}

}  // namespace incimap::app
