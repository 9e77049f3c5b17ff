// The views and materialized views query: definitions as pg_get_viewdef() prints them with search_path = ''
// (every relation qualified), columns in order, options, populated state, column defaults, and what the query
// reads, from the pg_depend entries of the view's _RETURN rule (and what the defaults use, from pg_attrdef's).
#include "introspect/catalog_queries.h"
#include "introspect/catalog_sql.h"

namespace schemaplan::introspect::queries {

using namespace sql_fragments;

std::string views() {
  const std::string pg_class = regclass("pg_class");
  // The view's _RETURN rule is joined in the FROM list: `d.objid = rw.oid` lets each dependency lookup use
  // pg_depend's index, where an IN (subquery) made every view scan all of pg_depend (quadratic in views: 31 s
  // for 1,864 views).
  const std::string rule = "d.classid = " + regclass("pg_rewrite") + " AND d.objid = rw.oid";
  // Relations and their columns the rule reads (not the view itself, which its own rule names), as flat
  // quadruples (kind R table / V view / M materialized view, schema, relation, column or '').
  const std::string relations =
      "ARRAY(SELECT u.v FROM (\n"
      "    SELECT DISTINCT CASE rc.relkind WHEN 'v' THEN 'V' WHEN 'm' THEN 'M' ELSE 'R' END AS k,\n"
      "      rn.nspname::text AS s, rc.relname::text AS r, COALESCE(ra.attname::text, '') AS col\n"
      "    FROM pg_catalog.pg_depend d\n"
      "    JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid\n"
      "    JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace\n"
      "    LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = d.refobjid AND ra.attnum = d.refobjsubid\n"
      "      AND d.refobjsubid > 0\n"
      "    WHERE " + rule + " AND d.refclassid = " + pg_class + " AND d.refobjid <> c.oid AND d.deptype = 'n'\n"
      "      AND rc.relkind IN ('r', 'p', 'f', 'v', 'm')\n"
      "  ) x CROSS JOIN LATERAL unnest(ARRAY[x.k, x.s, x.r, x.col]) WITH ORDINALITY AS u(v, i)\n"
      "  ORDER BY x.k, x.s, x.r, x.col, u.i)";
  const std::string columns = "FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT "
                              "a.attisdropped ORDER BY a.attnum";
  const std::string commented =
      "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_description d ON d.objoid = c.oid AND d.classoid = " + pg_class +
      " AND d.objsubid = a.attnum WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
  // Column defaults of a plain view (ALTER VIEW ... ALTER COLUMN ... SET DEFAULT), and what they use: the
  // pg_attrdef rows' own dependencies, one view's defaults at a time (pg_attrdef's index on adrelid).
  const std::string defaulted =
      "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum "
      "WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
  const std::string default_deps =
      "ARRAY(SELECT dd.v FROM pg_catalog.pg_attrdef ad CROSS JOIN LATERAL unnest(" +
      deps("d.classid = " + regclass("pg_attrdef") + " AND d.objid = ad.oid") +
      ") WITH ORDINALITY AS dd(v, i) WHERE ad.adrelid = c.oid ORDER BY ad.adnum, dd.i)";
  return "SELECT n.nspname AS schema, c.relname AS name, c.relkind = 'm' AS materialized,\n"
         "  pg_get_viewdef(c.oid) AS query,\n"
         "  ARRAY(SELECT a.attname::text " + columns + ") AS column_names,\n"
         "  ARRAY(SELECT format_type(a.atttypid, a.atttypmod) " + columns + ") AS column_types,\n"
         "  COALESCE(c.reloptions, '{}') AS options,\n"
         "  c.relispopulated AS populated,\n"
         "  " + comment_of("c.oid", "pg_class") + " AS comment,\n"
         "  ARRAY(SELECT a.attname::text " + commented + ") AS comment_columns,\n"
         "  ARRAY(SELECT d.description " + commented + ") AS column_comments,\n"
         "  ARRAY(SELECT a.attname::text " + defaulted + ") AS default_columns,\n"
         "  ARRAY(SELECT " + expression_without_columns("ad.adbin") + " " + defaulted + ") AS column_defaults,\n"
         "  " + default_deps + " AS default_deps,\n"
         "  " + deps(rule) + " AS deps,\n"
         "  " + relations + " AS relations\n"
         "FROM pg_catalog.pg_class c\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
         "LEFT JOIN pg_catalog.pg_rewrite rw ON rw.ev_class = c.oid AND rw.rulename = '_RETURN'\n"
         "WHERE c.relkind IN ('v', 'm') AND " + user_schema("n") + " AND " + not_extension_member("pg_class", "c.oid") +
         "\nORDER BY 1, 2";
}

}  // namespace schemaplan::introspect::queries
