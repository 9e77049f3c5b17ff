#include "introspect/catalog_sql.h"

// Catalog tables and types are written pg_catalog-qualified because with search_path = '' the session's
// temporary schema is still searched first for relations and types (a temp table named pg_class would
// capture an unqualified reference). Functions and operators are never looked up in pg_temp and
// pg_catalog is always searched first, so they are left bare for readability.

namespace schemaplan::introspect::sql_fragments {

std::string regclass(const char* catalog) {
  return std::string("'pg_catalog.") + catalog + "'::pg_catalog.regclass";
}

// A schema the user owns: not pg_catalog, information_schema, pg_toast, nor a session's pg_temp_N /
// pg_toast_temp_N, nor `schemaplan`, where `schemaplan apply` keeps its journal (apply/journal.h): the journal
// is not part of the schema a plan takes the database to.
std::string user_schema(const std::string& n) {
  return "(" + n + ".nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'schemaplan') AND " + n +
         ".nspname !~ '^pg_(toast_)?temp_')";
}

// Objects created by CREATE EXTENSION belong to the extension, not to the user's schema: the extension
// itself is what the model records.
std::string not_extension_member(const char* catalog, const std::string& oid) {
  return "NOT EXISTS (SELECT FROM pg_catalog.pg_depend xm WHERE xm.classid = " + regclass(catalog) +
         " AND xm.objid = " + oid + " AND xm.deptype = 'e')";
}

// E.g. a range type's constructor functions, its multirange and their casts.
std::string not_internal(const char* catalog, const std::string& oid) {
  return "NOT EXISTS (SELECT FROM pg_catalog.pg_depend xi WHERE xi.classid = " + regclass(catalog) +
         " AND xi.objid = " + oid + " AND xi.deptype = 'i')";
}

// PostgreSQL gives the objects initdb creates OIDs below FirstNormalObjectId (16384: pg_catalog's, information_schema's,
// the public schema itself), and never hands out a lower one afterwards: the OID counter wraps around to 16384, and
// pg_upgrade keeps the OIDs of objects made after an initdb. pg_dump tells built-in objects apart the same way. So
// the test removes only rows that the schema and extension tests would remove later, but it does so at the first
// scan of a catalog, through its OID index, instead of after joins: on a small database information_schema's
// hundreds of columns and dependency rows were most of the rows the big queries carried (docs/performance.md,
// fourth round).
std::string created_after_initdb(const std::string& oid) { return oid + " >= 16384"; }

// A test for a kind of relation or type that has no row (views, sequences, composite or foreign tables;
// domains, ranges) scanned every relation or type the user has, one scan per test: on 10,000 tables five such
// scans were two thirds of the census. The census lists the kinds present in one scan of each catalog instead.
std::string has_user_rows(const char* catalog, const std::string& cond) {
  const std::string_view name = catalog;
  if (!cond.empty() && (name == "pg_class" || name == "pg_type"))
    return std::string("EXISTS (SELECT FROM ") + (name == "pg_class" ? "user_relkinds" : "user_typtypes") +
           " x WHERE " + cond + ")";
  return std::string("EXISTS (SELECT FROM pg_catalog.") + catalog + " x WHERE " + created_after_initdb("x.oid") +
         (cond.empty() ? "" : " AND " + cond) + ")";
}

std::string census_kinds() {
  return "user_relkinds(relkind) AS MATERIALIZED (SELECT DISTINCT c.relkind FROM pg_catalog.pg_class c WHERE " +
         created_after_initdb("c.oid") + "),\n"
         "user_typtypes(typtype) AS MATERIALIZED (SELECT DISTINCT t.typtype FROM pg_catalog.pg_type t WHERE " +
         created_after_initdb("t.oid") + ")\n";
}

// The relations the model calls tables: plain and partitioned tables, partitions included (a partition is a
// table whose columns all come from its parent).
std::string modelled_table(const std::string& c, const std::string& n) {
  return "(" + c + ".relkind IN ('r', 'p') AND " + created_after_initdb(c + ".oid") + " AND " + user_schema(n) + " AND " +
         not_extension_member("pg_class", c + ".oid") + ")";
}

std::string expression_without_columns(const std::string& node) { return "pg_get_expr(" + node + ", 0)"; }

std::string qualified(const std::string& schema_expr, const std::string& name_expr) {
  return "quote_ident(" + schema_expr + ") || '.' || quote_ident(" + name_expr + ")";
}

// Names of the columns of relation `rel` whose numbers the subquery `attnums` (attnum, ord) yields, once
// each, ordered by their smallest `ord`.
std::string column_names(const std::string& rel, const std::string& attnums) {
  return "ARRAY(SELECT a.attname::text FROM (" + attnums +
         ") x JOIN pg_catalog.pg_attribute a ON a.attrelid = " + rel +
         " AND a.attnum = x.attnum GROUP BY a.attname ORDER BY min(x.ord), a.attname)";
}

// Numbers of the columns of relation `rel` that pg_depend records an object (`depender`, a condition on its row
// `cd`) as using, each once, ascending: what a CHECK's, an EXCLUDE's or an index's expressions use.
std::string used_column_numbers(const std::string& rel, const std::string& depender) {
  const std::string pg_class = regclass("pg_class");
  return "ARRAY(SELECT DISTINCT cd.refobjsubid FROM pg_catalog.pg_depend cd\n"
         "    WHERE cd.refclassid = " + pg_class + " AND cd.refobjid = " + rel + " AND cd.refobjsubid > 0\n"
         "      AND (" + depender + ") ORDER BY 1)";
}

// The identity of a referenced object kept as DDL text (model/generic.h), as the catalog query of its kind
// (generic_queries.cpp) reads it, under a kind letter decode_deps() knows: collations (C), operators (O),
// operator classes (K) and families (Y), text search dictionaries (D), configurations (G), parsers (P) and
// templates (M), foreign servers (V) and data wrappers (W). One row, or none for any other object.
std::string generic_ref(const std::string& classid, const std::string& objid) {
  // `select` ends with "... AND": the class test completes its WHERE clause.
  auto when = [&](const char* catalog, const std::string& select) {
    return "SELECT " + select + " " + classid + " = " + regclass(catalog);
  };
  const std::string parts[] = {
      when("pg_collation", "'C', cn.nspname::text, co.collname::text, '' FROM pg_catalog.pg_collation co "
                           "JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = " + objid + " AND"),
      when("pg_operator", "'O', opn.nspname::text, op.oprname::text, " + operator_signature("op") +
                              " FROM pg_catalog.pg_operator op JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace "
                              "WHERE op.oid = " + objid + " AND"),
      when("pg_opclass", "'K', ocn.nspname::text, oc.opcname::text, am.amname::text FROM pg_catalog.pg_opclass oc "
                         "JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace "
                         "JOIN pg_catalog.pg_am am ON am.oid = oc.opcmethod WHERE oc.oid = " + objid + " AND"),
      when("pg_opfamily", "'Y', ofn.nspname::text, of.opfname::text, am.amname::text FROM pg_catalog.pg_opfamily of "
                          "JOIN pg_catalog.pg_namespace ofn ON ofn.oid = of.opfnamespace "
                          "JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod WHERE of.oid = " + objid + " AND"),
      when("pg_ts_dict", "'D', tdn.nspname::text, td.dictname::text, '' FROM pg_catalog.pg_ts_dict td "
                         "JOIN pg_catalog.pg_namespace tdn ON tdn.oid = td.dictnamespace WHERE td.oid = " + objid + " AND"),
      when("pg_ts_config", "'G', tcn.nspname::text, tc.cfgname::text, '' FROM pg_catalog.pg_ts_config tc "
                           "JOIN pg_catalog.pg_namespace tcn ON tcn.oid = tc.cfgnamespace WHERE tc.oid = " + objid + " AND"),
      when("pg_ts_parser", "'P', tpn.nspname::text, tp.prsname::text, '' FROM pg_catalog.pg_ts_parser tp "
                           "JOIN pg_catalog.pg_namespace tpn ON tpn.oid = tp.prsnamespace WHERE tp.oid = " + objid + " AND"),
      when("pg_ts_template", "'M', ttn.nspname::text, tt.tmplname::text, '' FROM pg_catalog.pg_ts_template tt "
                             "JOIN pg_catalog.pg_namespace ttn ON ttn.oid = tt.tmplnamespace WHERE tt.oid = " + objid + " AND"),
      when("pg_foreign_server", "'V', '', fs.srvname::text, '' FROM pg_catalog.pg_foreign_server fs WHERE fs.oid = " + objid +
                                    " AND"),
      when("pg_foreign_data_wrapper", "'W', '', fw.fdwname::text, '' FROM pg_catalog.pg_foreign_data_wrapper fw "
                                      "WHERE fw.oid = " + objid + " AND"),
  };
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "\n          UNION ALL ") + p;
  return "SELECT x.* FROM (" + out + ") x(k, s, n, sig)";
}

std::string operator_signature(const std::string& o) {
  return "CASE WHEN " + o + ".oprleft = 0 THEN 'NONE' ELSE format_type(" + o + ".oprleft, NULL) END || ', ' || "
         "format_type(" + o + ".oprright, NULL)";
}

namespace {

// The resolved dependency rows behind deps() and referenced_objects(): for each pg_depend row `d` of `from` (a FROM
// item that names it d) that passes `where`, the referenced object as (k, s, n, sig) and its schema `ns`, with
// `extra` (", d.key1, ..." or "") in front.
//
// A row that points at a relation (pg_class) resolves to something only when that relation is a sequence or an
// extension's member: the joins below find nothing else for it. Such rows are most of the rows of constraints and
// indexes (the columns they use, the key a foreign key references), so they are dropped first, by two index probes
// each, instead of being carried through the fifteen joins to be filtered out at the end (a fifth of the
// constraints query's server CPU on 10,000 tables, docs/performance.md).
std::string dependency_rows(const std::string& extra, const std::string& from, const std::string& where) {
  const std::string pg_class = regclass("pg_class");
  return R"(SELECT )" + extra + R"(
               CASE WHEN ext.oid IS NOT NULL THEN 'E'
                    WHEN sq.oid IS NOT NULL THEN 'S'
                    WHEN p.oid IS NOT NULL THEN CASE WHEN p.prokind = 'a' THEN 'A' ELSE 'F' END
                    WHEN tr.oid IS NOT NULL THEN 'R'
                    WHEN ty.oid IS NOT NULL THEN 'T'
                    ELSE g.k END AS k,
               CASE WHEN ext.oid IS NOT NULL THEN ''
                    ELSE COALESCE(sqn.nspname, pn.nspname, tn.nspname, g.s)::text END AS s,
               COALESCE(ext.extname, sq.relname, p.proname, tr.relname, ty.typname, g.n)::text AS n,
               CASE WHEN ext.oid IS NULL AND p.oid IS NOT NULL THEN oidvectortypes(p.proargtypes)
                    WHEN ext.oid IS NULL AND g.k IS NOT NULL THEN g.sig
                    ELSE '' END AS sig,
               COALESCE(sqn.nspname, pn.nspname, tn.nspname, g.s, '') AS ns
        FROM )" + from + R"(
        LEFT JOIN pg_catalog.pg_depend ri
               ON d.refclassid = )" + regclass("pg_proc") + R"( AND ri.classid = d.refclassid AND ri.objid = d.refobjid
              AND ri.deptype = 'i' AND ri.refclassid = )" + regclass("pg_type") + R"(
        CROSS JOIN LATERAL (SELECT coalesce(ri.refclassid, d.refclassid) AS refclassid,
                                   coalesce(ri.refobjid, d.refobjid) AS refobjid) dr
        LEFT JOIN pg_catalog.pg_type ty0
               ON dr.refclassid = )" + regclass("pg_type") + R"( AND ty0.oid = dr.refobjid
        CROSS JOIN LATERAL (SELECT CASE WHEN ty0.typelem <> 0
                                         AND ty0.typsubscript = 'pg_catalog.array_subscript_handler'::pg_catalog.regproc
                                        THEN ty0.typelem ELSE dr.refobjid END AS objid) ref0
        LEFT JOIN pg_catalog.pg_range mr ON ty0.oid IS NOT NULL AND mr.rngmultitypid = ref0.objid
        CROSS JOIN LATERAL (SELECT coalesce(mr.rngtypid, ref0.objid) AS objid) ref
        LEFT JOIN pg_catalog.pg_depend xd
               ON xd.classid = dr.refclassid AND xd.objid = ref.objid AND xd.deptype = 'e'
        LEFT JOIN pg_catalog.pg_extension ext ON ext.oid = xd.refobjid
        LEFT JOIN pg_catalog.pg_class sq
               ON dr.refclassid = )" + pg_class + R"( AND sq.oid = dr.refobjid AND sq.relkind = 'S'
        LEFT JOIN pg_catalog.pg_namespace sqn ON sqn.oid = sq.relnamespace
        LEFT JOIN pg_catalog.pg_proc p ON dr.refclassid = )" + regclass("pg_proc") + R"( AND p.oid = dr.refobjid
        LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
        LEFT JOIN pg_catalog.pg_type ty ON ty0.oid IS NOT NULL AND ty.oid = ref.objid
        LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = ty.typnamespace
        LEFT JOIN pg_catalog.pg_class tr ON tr.oid = ty.typrelid AND tr.relkind <> 'c'
        LEFT JOIN LATERAL ()" + generic_ref("dr.refclassid", "dr.refobjid") + R"() g ON true
        WHERE ()" + where + R"()
          AND (d.refclassid <> )" + pg_class + R"(
               OR EXISTS (SELECT FROM pg_catalog.pg_class fs WHERE fs.oid = d.refobjid AND fs.relkind = 'S')
               OR EXISTS (SELECT FROM pg_catalog.pg_depend fx WHERE fx.classid = )" + pg_class + R"(
                          AND fx.objid = d.refobjid AND fx.deptype = 'e')))";
}

// deps()'s flat text[] of sorted, distinct quadruples, over the pg_depend rows `d` that pass `where`.
std::string quadruples_of(const std::string& where) {
  return R"(ARRAY(
    SELECT u.v FROM (
      SELECT DISTINCT r.k, r.s, r.n, r.sig FROM (
        )" + dependency_rows("", "pg_catalog.pg_depend d", where) + R"(
      ) r
      WHERE r.k IS NOT NULL AND r.ns NOT IN ('pg_catalog', 'information_schema')
    ) dep
    CROSS JOIN LATERAL unnest(ARRAY[dep.k, dep.s, dep.n, dep.sig]) WITH ORDINALITY AS u(v, i)
    ORDER BY dep.k, dep.s, dep.n, dep.sig, u.i))";
}

}  // namespace

// What the objects selected by `cond` (a condition on pg_depend row `d`) need, read from pg_depend rather
// than guessed from expression text, as a flat text[] of (kind, schema, name, signature) quadruples:
// - a member of an extension stands for its extension (E): CREATE EXTENSION is what creates it;
// - a sequence (S), a function with its argument types (F), a type (T; an array stands for its element
//   type, a multirange for its range type, and a function internal to a type, such as a range's constructor,
//   for that type) or a table's row type (R, the table);
// - PostgreSQL's own objects are pinned and never appear in pg_depend, except information_schema's.
std::string deps(const std::string& cond, const std::string& deptypes) {
  return quadruples_of("(" + cond + ") AND d.deptype IN (" + deptypes + ")");
}

// The pg_depend rows (by ctid, stable within the query's snapshot) of the objects selected by `cond`, through
// dependencies of the types `deptypes`: cheap to plan, so twenty kinds can each select theirs and one deps_of_rows()
// resolves them all (queries::generics()).
std::string dependency_row_ids(const std::string& cond, const std::string& deptypes) {
  return "ARRAY(SELECT d.ctid FROM pg_catalog.pg_depend d WHERE (" + cond + ") AND d.deptype IN (" + deptypes + "))";
}

// deps() of the pg_depend rows whose ctids `row_ids` (a tid[] expression) lists.
std::string deps_of_rows(const std::string& row_ids) { return quadruples_of("d.ctid = ANY(" + row_ids + ")"); }

std::string referenced_objects(const std::string& refs) {
  return "(SELECT r.refclassid, r.refobjid, r.k, r.s, r.n, r.sig FROM (\n        " +
         dependency_rows("d.refclassid, d.refobjid,", "(" + refs + ") d", "true") +
         "\n      ) r\n      WHERE r.k IS NOT NULL AND r.ns NOT IN ('pg_catalog', 'information_schema'))";
}

std::string comment_of(const std::string& oid, const char* catalog) {
  return "obj_description(" + oid + ", '" + catalog + "')";
}


}  // namespace schemaplan::introspect::sql_fragments
