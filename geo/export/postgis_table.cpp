#include "geo/export/postgis_table.hpp"

#include <string_view>

#include "geo/record/record_fields.hpp"

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

// The union of the stored and the incoming source lists.
std::string united_sources(const std::string& stored) {
  return "(SELECT coalesce(jsonb_agg(e ORDER BY n), '[]'::jsonb) FROM ("
         "SELECT DISTINCT ON (e->>'article_id', e->>'excerpt_start', e->>'excerpt_end') e, n "
         "FROM jsonb_array_elements(coalesce(" + stored + ".sources, '[]'::jsonb) || "
         "coalesce(EXCLUDED.sources, '[]'::jsonb)) WITH ORDINALITY AS u(e, n) "
         "ORDER BY e->>'article_id', e->>'excerpt_start', e->>'excerpt_end', n) AS d)";
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
  const std::string sources = united_sources(t);
  return "INSERT INTO " + t + " (" + column_list() + ") SELECT " + select + " FROM " + sql_identifier(incoming) +
         " ON CONFLICT (" + sql_identifier(std::string(kIdField)) + ") DO UPDATE SET sources = " + sources +
         ", source_count = jsonb_array_length(" + sources + ")" +
         ", fatalities = GREATEST(" + t + ".fatalities, EXCLUDED.fatalities)" +
         ", injuries = GREATEST(" + t + ".injuries, EXCLUDED.injuries)" +
         ", casualties = GREATEST(" + t + ".casualties, EXCLUDED.casualties)";
}

}  // namespace incimap::geo
