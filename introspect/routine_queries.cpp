// Catalog queries for functions, procedures and triggers (see catalog_queries.h for the contract).
#include "introspect/catalog_queries.h"
#include "introspect/catalog_sql.h"

namespace schemaplan::introspect::queries {

using namespace sql_fragments;

std::string functions() {
  // Arguments as flat (mode, name, type) triples in declaration order: proallargtypes lists every argument
  // when some are OUT, proargtypes the input ones otherwise.
  const std::string args =
      "ARRAY(SELECT u.x FROM unnest(coalesce(p.proallargtypes, p.proargtypes::pg_catalog.oid[])) WITH ORDINALITY "
      "AS a(t, i)\n"
      "        CROSS JOIN LATERAL unnest(ARRAY[coalesce(p.proargmodes[a.i]::text, 'i'), coalesce(p.proargnames[a.i], ''),\n"
      "                                        format_type(a.t, NULL)]) WITH ORDINALITY AS u(x, j)\n"
      "        ORDER BY a.i, u.j)";
  return "SELECT n.nspname AS schema, p.proname AS name, oidvectortypes(p.proargtypes) AS signature,\n"
         "  p.prokind AS kind, pg_get_function_arguments(p.oid) AS arguments,\n"
         "  pg_get_function_result(p.oid) AS result, p.proretset AS returns_set, l.lanname AS language,\n"
         "  CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid) ELSE p.prosrc END AS body,\n"
         "  p.prosqlbody IS NOT NULL AS sql_body, p.provolatile AS volatility, p.proisstrict AS strict,\n"
         "  p.prosecdef AS security_definer, p.proleakproof AS leakproof, p.proparallel AS parallel,\n"
         "  p.procost::text AS cost, p.prorows::text AS rows, p.proconfig AS config,\n"
         "  " + args + " AS args, p.pronargdefaults AS n_defaults,\n"
         "  " + comment_of("p.oid", "pg_proc") + " AS comment,\n"
         "  " + deps("d.classid = " + regclass("pg_proc") + " AND d.objid = p.oid") + " AS deps\n"
         "FROM pg_catalog.pg_proc p\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace\n"
         "JOIN pg_catalog.pg_language l ON l.oid = p.prolang\n"
         // Aggregates and window functions are listed as unsupported.
         "WHERE p.prokind IN ('f', 'p') AND " + user_schema("n") + " AND " + not_extension_member("pg_proc", "p.oid") +
         " AND " + not_internal("pg_proc", "p.oid") +
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
         // Internal triggers implement foreign keys and the like: they come with their constraint.
         "WHERE NOT tg.tgisinternal AND " + modelled_table("c", "n") +
         "\nORDER BY 1, 2, 3";
}

}  // namespace schemaplan::introspect::queries
