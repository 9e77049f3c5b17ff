// Extended statistics and rules as DDL text (generic_queries.h), written from the catalog as pg_dump writes them.
// Both hang off a relation: besides what pg_depend says of their expressions (deps()), each lists the relations
// and columns it names (R, v, m: a table, view or materialized view; L: a column), which PostgreSQL will not
// drop or retype under it, so that the planner takes it out of the way first and makes it again after.
#include "introspect/catalog_sql.h"
#include "introspect/generic_queries.h"

namespace schemaplan::introspect::generic_parts {
namespace {

using namespace sql_fragments;

/// The relations (R, v, m) and table columns (L: schema, column, table) that the pg_depend rows selected by
/// `cond` (on alias `dd`) reference, as flat quadruples.
std::string relations_of(const std::string& cond) {
  const std::string from =
      "      FROM pg_catalog.pg_depend dd\n"
      "      JOIN pg_catalog.pg_class rc ON rc.oid = dd.refobjid\n"
      "      JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace\n";
  const std::string where = "      WHERE " + cond + " AND dd.refclassid = " + regclass("pg_class") +
                            " AND rc.relkind IN ('r', 'p', 'f', 'v', 'm')\n"
                            "        AND rn.nspname NOT IN ('pg_catalog', 'information_schema')\n";
  // A column's row names only the column (refobjsubid): its relation is listed for it too.
  return "ARRAY(SELECT u.v FROM (\n"
         "      SELECT CASE rc.relkind WHEN 'v' THEN 'v' WHEN 'm' THEN 'm' ELSE 'R' END AS k, rn.nspname::text AS s,\n"
         "        rc.relname::text AS n, ''::text AS sig\n" + from + where +
         "      UNION SELECT 'L', rn.nspname::text, a.attname::text, rc.relname::text\n" + from +
         "      JOIN pg_catalog.pg_attribute a ON a.attrelid = dd.refobjid AND a.attnum = dd.refobjsubid\n" + where +
         "        AND dd.refobjsubid > 0 AND rc.relkind IN ('r', 'p', 'f')\n"
         "    ) x CROSS JOIN LATERAL unnest(ARRAY[x.k, x.s, x.n, x.sig]) WITH ORDINALITY AS u(v, i)\n"
         "    ORDER BY x.k, x.s, x.n, x.sig, u.i)";
}

/// `CREATE STATISTICS s.n [(kinds)] ON a, b, (expr) FROM s.t` as pg_get_statisticsobjdef() prints it, then, when
/// its target is set, `ALTER STATISTICS s.n SET STATISTICS n` (pg_dump's shape; the parser writes the same,
/// parser/transform_statistics_rule.cpp).
std::string statistics() {
  const std::string name = qualified("n.nspname", "st.stxname");
  return "SELECT 'statistics'::text, n.nspname::text, st.stxname::text, ''::text, ''::text,\n"
         "  array_remove(ARRAY[pg_get_statisticsobjdef(st.oid),\n"
         "    CASE WHEN st.stxstattarget >= 0 THEN 'ALTER STATISTICS ' || " + name + " || ' SET STATISTICS ' || st.stxstattarget END], NULL),\n"
         "  " + comment_of("st.oid", "pg_statistic_ext") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_statistic_ext") + " AND d.objid = st.oid") + ", " +
         relations_of("dd.classid = " + regclass("pg_statistic_ext") + " AND dd.objid = st.oid") + "\n"
         "FROM pg_catalog.pg_statistic_ext st\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = st.stxnamespace\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_statistic_ext", "st.oid");
}

/// `CREATE RULE r AS ON <event> TO s.t [WHERE ...] DO [INSTEAD] ...` as pg_get_ruledef() prints it (without its
/// final semicolon), then pg_dump's `ALTER TABLE s.t DISABLE RULE r` (or ENABLE ALWAYS / REPLICA) for a rule
/// that does not fire as usual. A view's `_RETURN` rule is the view itself (views_query.cpp). A rule belongs to
/// its relation: it is the user's when the relation is.
std::string rules() {
  const std::string rel = qualified("n.nspname", "c.relname");
  return "SELECT 'rule'::text, n.nspname::text, r.rulename::text, c.relname::text, ''::text,\n"
         "  array_remove(ARRAY[regexp_replace(pg_get_ruledef(r.oid), ';\\s*$', ''),\n"
         "    CASE r.ev_enabled WHEN 'D' THEN 'ALTER TABLE ' || " + rel + " || ' DISABLE RULE ' || quote_ident(r.rulename)\n"
         "                      WHEN 'A' THEN 'ALTER TABLE ' || " + rel + " || ' ENABLE ALWAYS RULE ' || quote_ident(r.rulename)\n"
         "                      WHEN 'R' THEN 'ALTER TABLE ' || " + rel + " || ' ENABLE REPLICA RULE ' || quote_ident(r.rulename) END], NULL),\n"
         "  " + comment_of("r.oid", "pg_rewrite") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_rewrite") + " AND d.objid = r.oid") + ", " +
         relations_of("dd.classid = " + regclass("pg_rewrite") + " AND dd.objid = r.oid") + "\n"
         "FROM pg_catalog.pg_rewrite r\n"
         "JOIN pg_catalog.pg_class c ON c.oid = r.ev_class\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
         "WHERE r.rulename <> '_RETURN' AND " + user_schema("n") + " AND " + not_extension_member("pg_class", "c.oid");
}

}  // namespace

std::vector<Part> statistics_and_rules() {
  return {{has_user_rows("pg_statistic_ext"), statistics()}, {has_user_rows("pg_rewrite", "x.rulename <> '_RETURN'"), rules()}};
}

}  // namespace schemaplan::introspect::generic_parts
