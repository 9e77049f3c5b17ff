// The one query that lists what the model does not cover yet: a line per object, so that a plan never
// silently ignores part of a database. Extension members and objects internal to others are left out, as
// everywhere else.
#include <vector>

#include "introspect/catalog_queries.h"
#include "introspect/catalog_sql.h"

namespace schemaplan::introspect::queries {

using namespace sql_fragments;

std::string unsupported() {
  const std::string rel = qualified("n.nspname", "c.relname");
  const std::string user_rel = user_schema("n") + " AND " + not_extension_member("pg_class", "c.oid");
  const std::string from_rel =
      " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace";
  // Joins the relation `rel_oid` (as c, its schema as n) to objects that hang off a table.
  auto on = [&](const std::string& rel_oid) {
    return " JOIN pg_catalog.pg_class c ON c.oid = " + rel_oid +
           " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace";
  };
  // FROM/WHERE for the schema-level objects of `catalog` (alias `a`, schema column `nsp_col`).
  auto in_schema = [&](const char* alias, const char* nsp_col, const char* catalog) {
    std::string a = alias;
    return " FROM pg_catalog." + std::string(catalog) + " " + a + " JOIN pg_catalog.pg_namespace n ON n.oid = " + a +
           "." + nsp_col + " WHERE " + user_schema("n") + " AND " + not_extension_member(catalog, a + ".oid") +
           " AND " + not_internal(catalog, a + ".oid");
  };
  const std::vector<std::string> parts = {
      // Foreign tables are modelled (generic_external_query.cpp), except partitions and inheritance trees.
      "SELECT 'foreign table ' || " + rel + from_rel + " WHERE c.relkind = 'f' AND " + user_rel +
          " AND (c.relispartition OR EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid OR i.inhparent = c.oid))",
      "SELECT CASE f.prokind WHEN 'p' THEN 'procedure ' WHEN 'a' THEN 'aggregate ' WHEN 'w' THEN 'window function ' "
      "ELSE 'function ' END || " + qualified("n.nspname", "f.proname") +
          " || '(' || oidvectortypes(f.proargtypes) || ')'" + in_schema("f", "pronamespace", "pg_proc") +
          " AND f.prokind NOT IN ('f', 'p', 'a')",  // functions, procedures and aggregates are modelled
      // Clones of a partitioned table's trigger (tgparentid) are part of the parent's. Triggers on tables,
      // partitioned tables and views are modelled; those on foreign tables are not yet.
      "SELECT 'trigger ' || quote_ident(tg.tgname) || ' on ' || " + rel + " FROM pg_catalog.pg_trigger tg" +
          on("tg.tgrelid") + " WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND " + user_rel +
          " AND NOT " + modelled_table("c", "n") + " AND c.relkind <> 'v'",
      // A clone enabled otherwise than its partitioned table's trigger (ALTER TABLE partition ENABLE / DISABLE
      // TRIGGER after the parent's): the model holds the parent's state only.
      "SELECT 'trigger ' || quote_ident(tg.tgname) || ' on ' || " + rel + " || ' (its own enabled state)'" +
          " FROM pg_catalog.pg_trigger tg" + on("tg.tgrelid") +
          " JOIN pg_catalog.pg_trigger pt ON pt.oid = tg.tgparentid WHERE tg.tgenabled <> pt.tgenabled AND " + user_rel,
      // Array types come with their element type; multiranges with their range (range types are modelled).
      "SELECT 'base type ' || " + qualified("n.nspname", "ty.typname") + in_schema("ty", "typnamespace", "pg_type") +
          " AND ty.typtype = 'b' AND NOT (ty.typelem <> 0 AND ty.typsubscript = "
          "'pg_catalog.array_subscript_handler'::pg_catalog.regproc)",
  };
  std::string sql = "SELECT what FROM (\n";
  for (std::size_t i = 0; i < parts.size(); ++i) sql += (i ? "\n  UNION ALL " : "  ") + parts[i];
  return sql + "\n) u(what)\nORDER BY 1";
}

}  // namespace schemaplan::introspect::queries
