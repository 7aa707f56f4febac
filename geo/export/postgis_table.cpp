#include "geo/export/postgis_table.hpp"

#include <cstdint>
#include <string_view>

#include "geo/incidents/incident_merger.hpp"
#include "geo/record/record_fields.hpp"
#include "geo/text/fnv1a.hpp"

namespace incimap::geo {
namespace {

// published_at is text everywhere else (one ISO 8601 form); a database can
// hold it as what it is.
constexpr std::string_view kPublishedAt = "published_at";

std::string sql_type(const FieldSpec& field) {
  if (field.name == kPublishedAt) return "timestamptz";
  switch (field.type) {
    case FieldType::string:
      return "text";
    case FieldType::integer:
      return "integer";
    case FieldType::real:
      return "double precision";
    case FieldType::date:
      return "date";
    case FieldType::datetime:
      return "timestamp";  // the local time where it happened: no zone
    case FieldType::json:
      return "jsonb";
  }
  return "text";
}

std::string column_list() {
  std::string out;
  for (const FieldSpec& field : incident_fields()) out += sql_identifier(std::string(field.name)) + ", ";
  return out + "geom";
}

// The stored and the incoming reports united, as the merger unites them
// (cap_listed_sources): the kMaxListedSources smallest by (article_id,
// excerpt_start, excerpt_end), compared byte for byte as std::string does,
// are listed, in first appearance order; the others are unlisted
// [article_id, start, end] triples in ascending order; the count is of all.
// One row: (sources, unlisted_sources, source_count).
std::string united_reports(const std::string& stored) {
  const std::string order = "a COLLATE \"C\", s, e";
  return "(SELECT coalesce(jsonb_agg(j ORDER BY n) FILTER (WHERE r <= " + std::to_string(kMaxListedSources) +
         " AND listed), '[]'::jsonb), "
         "jsonb_agg(jsonb_build_array(a, s, e) ORDER BY " + order + ") FILTER (WHERE r > " +
         std::to_string(kMaxListedSources) + " OR NOT listed), count(*)::integer "
         "FROM (SELECT *, row_number() OVER (ORDER BY " + order + ") AS r FROM ("
         "SELECT DISTINCT ON (" + order + ") * FROM ("
         "SELECT j, n, j->>'article_id' AS a, (j->>'excerpt_start')::bigint AS s, (j->>'excerpt_end')::bigint AS e, "
         "true AS listed FROM jsonb_array_elements(coalesce(" + stored + ".sources, '[]'::jsonb) || "
         "coalesce(EXCLUDED.sources, '[]'::jsonb)) WITH ORDINALITY AS l(j, n) "
         "UNION ALL SELECT NULL, NULL, u->>0, (u->>1)::bigint, (u->>2)::bigint, false "
         "FROM jsonb_array_elements(coalesce(" + stored + ".unlisted_sources, '[]'::jsonb) || "
         "coalesce(EXCLUDED.unlisted_sources, '[]'::jsonb)) AS x(u)) AS every "
         "ORDER BY " + order + ", listed DESC, n) AS once) AS ranked)";
}

}  // namespace

std::string sql_identifier(const std::string& name) {
  std::string out = "\"";
  for (const char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string sql_literal(const std::string& text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + '\'';
}

std::string table_exists_sql(const std::string& table) {
  return "SELECT to_regclass(" + sql_literal(sql_identifier(table)) + ") IS NOT NULL";
}

std::string lock_table_sql(const std::string& table) {
  const auto key = static_cast<std::int64_t>(fnv1a64(table, fnv1a64("incimap table ")));
  return "DO $$BEGIN PERFORM pg_advisory_xact_lock(" + std::to_string(key) + "); END$$";
}

std::string create_incident_table_sql(const std::string& table) {
  const std::string t = sql_identifier(table);
  std::string sql = "CREATE TABLE IF NOT EXISTS " + t + " (";
  for (const FieldSpec& field : incident_fields())
    sql += sql_identifier(std::string(field.name)) + " " + sql_type(field) + ", ";
  sql += "geom geometry(Point, 4326), CONSTRAINT " + sql_identifier(table + "_incident_id_key") + " UNIQUE (" +
         sql_identifier(std::string(kIdField)) + ")); ";
  sql += "CREATE INDEX IF NOT EXISTS " + sql_identifier(table + "_geom_idx") + " ON " + t + " USING GIST (geom)";
  return sql;
}

std::string upsert_incidents_sql(const std::string& table, const std::string& incoming) {
  const std::string t = sql_identifier(table);
  std::string select;
  for (const FieldSpec& field : incident_fields()) {
    // The text columns GDAL filled; an empty string is null.
    select += "NULLIF(" + sql_identifier(std::string(field.name)) + ", '')::" + sql_type(field) + ", ";
  }
  select += "geom";
  // In key order: workers upserting the same incidents lock their rows in
  // one order, so that none deadlocks another.
  return "INSERT INTO " + t + " (" + column_list() + ") SELECT " + select + " FROM " + sql_identifier(incoming) +
         " ORDER BY " + sql_identifier(std::string(kIdField)) + " ON CONFLICT (" + sql_identifier(std::string(kIdField)) +
         ") DO UPDATE SET (sources, unlisted_sources, source_count) = " + united_reports(t) +
         ", fatalities = GREATEST(" + t + ".fatalities, EXCLUDED.fatalities)" +
         ", injuries = GREATEST(" + t + ".injuries, EXCLUDED.injuries)" +
         ", casualties = GREATEST(" + t + ".casualties, EXCLUDED.casualties)";
}

}  // namespace incimap::geo
