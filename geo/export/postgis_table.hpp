#pragma once
// The SQL of incimap's PostGIS table: typed columns, a unique key on
// incident_id, and the upsert that folds a re-extracted incident into the
// stored one. The rows arrive through GDAL in a temporary table of text
// columns (same names), so that GDAL's own type choices (timestamptz for a
// zone-less time, varchar for JSON) never decide the stored ones.

#include <string>

namespace incimap::geo {

// Double-quoted identifier ("marker-color" needs it).
std::string sql_identifier(const std::string& name);
// Single-quoted string literal.
std::string sql_literal(const std::string& text);

// One row, one column: true when `table` exists (in the search path).
std::string table_exists_sql(const std::string& table);

// Takes a lock on `table`'s name (a PostgreSQL advisory lock derived from
// it) until the transaction ends: two incimap runs that would create or
// replace the same table take turns instead of racing on the catalog.
std::string lock_table_sql(const std::string& table);

// CREATE TABLE IF NOT EXISTS `table`: event_date date, event_start/end
// timestamp, published_at timestamptz, sources jsonb, integers, double
// precision, text, geom geometry(Point, 4326) with a GiST index, and a
// UNIQUE constraint on incident_id.
std::string create_incident_table_sql(const std::string& table);

// INSERT INTO `table` SELECT (cast) FROM `incoming` ON CONFLICT
// (incident_id) DO UPDATE: the stored record keeps its facts, gets the
// union of both records' reports (one per article and excerpt, listed and
// unlisted as the merger's cap_listed_sources divides them, the listed in
// first appearance order), the count of that union and the higher of each
// casualty count. Running it twice with the same rows changes nothing.
std::string upsert_incidents_sql(const std::string& table, const std::string& incoming);

}  // namespace incimap::geo
