#pragma once
// The incident table's row order: every incident sorted once by the chosen
// column, so a filter change only drops rows (O(n)) and never re-sorts.

#include <cstdint>
#include <span>
#include <vector>

#include "render/model/incident.hpp"

namespace incimap::app {

enum class TableColumn : std::uint8_t { date, event_type, location, country, fatalities, confidence, title };
enum class SortOrder : std::uint8_t { ascending, descending };

struct TableSort {
  TableColumn column = TableColumn::date;
  SortOrder order = SortOrder::descending;
  constexpr bool operator==(const TableSort&) const noexcept = default;
};

const char* column_name(TableColumn column) noexcept;  // "date", "event_type", ...

// Incident indices in display order. Ties keep input order; undated
// incidents sort before every date.
std::vector<std::uint32_t> sorted_incidents(std::span<const render::Incident> incidents, TableSort sort);

}  // namespace incimap::app
