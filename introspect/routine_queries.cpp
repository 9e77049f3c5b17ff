// Catalog queries for functions, procedures and triggers (see catalog_queries.h for the contract).
#include "introspect/catalog_queries.h"
#include "introspect/catalog_sql.h"

namespace schemaplan::introspect::queries {

using namespace sql_fragments;

std::string functions() {
  // `pr`, not `p`: the deps() fragment has a `p` of its own, which would capture the reference.
  // Arguments as flat (mode, name, type) triples in declaration order: proallargtypes lists every argument
  // when some are OUT, proargtypes the input ones otherwise.
  const std::string args =
      "ARRAY(SELECT u.x FROM unnest(coalesce(pr.proallargtypes, pr.proargtypes::pg_catalog.oid[])) WITH ORDINALITY "
      "AS a(t, i)\n"
      "        CROSS JOIN LATERAL unnest(ARRAY[coalesce(pr.proargmodes[a.i]::text, 'i'), coalesce(pr.proargnames[a.i], ''),\n"
      "                                        format_type(a.t, NULL)]) WITH ORDINALITY AS u(x, j)\n"
      "        ORDER BY a.i, u.j)";
  return "SELECT n.nspname AS schema, pr.proname AS name, oidvectortypes(pr.proargtypes) AS signature,\n"
         "  pr.prokind AS kind, pg_get_function_arguments(pr.oid) AS arguments,\n"
         "  pg_get_function_result(pr.oid) AS result, pr.proretset AS returns_set, l.lanname AS language,\n"
         "  CASE WHEN pr.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(pr.oid) ELSE pr.prosrc END AS body,\n"
         "  pr.prosqlbody IS NOT NULL AS sql_body, pr.provolatile AS volatility, pr.proisstrict AS strict,\n"
         "  pr.prosecdef AS security_definer, pr.proleakproof AS leakproof, pr.proparallel AS parallel,\n"
         "  pr.procost::text AS cost, pr.prorows::text AS rows, pr.proconfig AS config,\n"
         "  " + args + " AS args, pr.pronargdefaults AS n_defaults,\n"
         "  " + comment_of("pr.oid", "pg_proc") + " AS comment,\n"
         "  " + deps("d.classid = " + regclass("pg_proc") + " AND d.objid = pr.oid") + " AS deps,\n"
         // The tables a SQL-standard body reads (PostgreSQL refuses to drop them first), as (schema, name) pairs.
         "  ARRAY(SELECT u.v FROM (SELECT DISTINCT tn.nspname::text AS s, tc.relname::text AS r\n"
         "      FROM pg_catalog.pg_depend td JOIN pg_catalog.pg_class tc ON tc.oid = td.refobjid AND tc.relkind IN ('r', 'p')\n"
         "      JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace\n"
         "      WHERE td.classid = " + regclass("pg_proc") + " AND td.objid = pr.oid AND td.refclassid = " +
         regclass("pg_class") + " AND td.deptype = 'n') x\n"
         "    CROSS JOIN LATERAL unnest(ARRAY[x.s, x.r]) WITH ORDINALITY AS u(v, i) ORDER BY x.s, x.r, u.i) AS table_deps\n"
         "FROM pg_catalog.pg_proc pr\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = pr.pronamespace\n"
         "JOIN pg_catalog.pg_language l ON l.oid = pr.prolang\n"
         // Aggregates and window functions are listed as unsupported.
         "WHERE pr.prokind IN ('f', 'p') AND " + user_schema("n") + " AND " + not_extension_member("pg_proc", "pr.oid") +
         " AND " + not_internal("pg_proc", "pr.oid") +
         "\nORDER BY 1, 2, 3";
}

std::string triggers() {
  const std::string pg_class = regclass("pg_class");
  // UPDATE OF columns, then the columns the WHEN condition uses (recorded in pg_depend).
  const std::string attnums =
      "SELECT k.attnum, k.ord FROM unnest(tg.tgattr::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, ord)\n"
      "  UNION ALL SELECT cd.refobjsubid, 100000 + cd.refobjsubid FROM pg_catalog.pg_depend cd\n"
      "  WHERE cd.classid = " + regclass("pg_trigger") + " AND cd.objid = tg.oid AND cd.refclassid = " + pg_class +
      " AND cd.refobjid = tg.tgrelid AND cd.refobjsubid > 0";
  return "SELECT n.nspname AS schema, c.relname AS table_name, tg.tgname AS name,\n"
         "  pg_get_triggerdef(tg.oid) AS definition, fn.nspname AS function_schema, f.proname AS function_name,\n"
         "  " + column_names("tg.tgrelid", attnums) + " AS columns,\n"
         "  tg.tgenabled AS enabled, " + comment_of("tg.oid", "pg_trigger") + " AS comment,\n"
         "  " + deps("d.classid = " + regclass("pg_trigger") + " AND d.objid = tg.oid") + " AS deps\n"
         "FROM pg_catalog.pg_trigger tg\n"
         "JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
         "JOIN pg_catalog.pg_proc f ON f.oid = tg.tgfoid\n"
         "JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace\n"
         // Internal triggers implement foreign keys and the like: they come with their constraint. A trigger
         // on a partitioned table is cloned onto each partition (tgparentid): the clones are the parent's,
         // which PostgreSQL creates on partitions attached later too. Views can have triggers, materialized
         // views cannot.
         "WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND (" + modelled_table("c", "n") + " OR (c.relkind = 'v' AND " +
         user_schema("n") + " AND " + not_extension_member("pg_class", "c.oid") + "))" +
         "\nORDER BY 1, 2, 3";
}

}  // namespace schemaplan::introspect::queries
