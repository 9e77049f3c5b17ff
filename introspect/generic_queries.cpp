// queries::generics(): the parts of every kind kept as DDL text in one UNION ALL, one round trip whatever the
// number of kinds (introspection costs a fixed number of queries).
#include "introspect/catalog_queries.h"
#include "introspect/catalog_sql.h"
#include "introspect/generic_queries.h"

namespace schemaplan::introspect::generic_parts {

std::vector<Part> all() {
  std::vector<Part> parts = routines();
  for (auto& p : text_and_tables()) parts.push_back(std::move(p));
  for (auto& p : external()) parts.push_back(std::move(p));
  for (auto& p : statistics_and_rules()) parts.push_back(std::move(p));
  return parts;
}

}  // namespace schemaplan::introspect::generic_parts

namespace schemaplan::introspect::queries {

std::string generics() {
  return generics([](const std::string&) { return true; });
}

std::string generics(const std::function<bool(const std::string&)>& present) {
  // A kind whose catalog holds no object made after initdb cannot yield a row: left out, it costs nothing to
  // plan, and on a small database that is most kinds (docs/performance.md, fourth round).
  std::vector<std::string> parts;
  for (auto& p : generic_parts::all())
    if (present(p.present)) parts.push_back(std::move(p.sql));
  if (parts.empty())
    return "SELECT ''::text AS kind, ''::text AS schema, ''::text AS name, ''::text AS parent, ''::text AS signature, "
           "'{}'::text[] AS statements, NULL::text AS comment, '{}'::text[] AS deps WHERE false";
  // Each kind names its pg_depend rows; they become dependency quadruples here, in the one subquery the server
  // plans once (planned in each of twenty kinds, it was most of an empty database's introspection time).
  std::string sql = "SELECT kind, schema, name, parent, signature, statements, comment,\n  " +
                    sql_fragments::deps_of_rows("o.dep_rows") + " || o.more_deps AS deps\nFROM (\n";
  for (size_t i = 0; i < parts.size(); ++i) sql += (i ? "\n  UNION ALL " : "  ") + parts[i];
  return sql + "\n) o(kind, schema, name, parent, signature, statements, comment, dep_rows, more_deps)\nORDER BY 1, 2, 3, 4, 5";
}

}  // namespace schemaplan::introspect::queries
