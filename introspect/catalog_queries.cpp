#include "introspect/catalog_queries.h"

#include "introspect/catalog_sql.h"

namespace schemaplan::introspect::queries {

using namespace sql_fragments;

// Also JIT off: the catalog queries' estimated costs (correlated subqueries under OR, as in the members of an
// operator family) pass jit_above_cost on some catalogs, and compiling them took seconds for rows that take
// milliseconds to read. And work_mem up: the default 4MB sent the sort of 100,000 columns (10,000 tables) to disk.
// And no parallel workers: a scan of pg_attribute or pg_depend (300,000 rows at 10,000 tables) estimated large
// enough got two, whose start cost more than they saved on catalogs this small, whose CPU a busy production
// server needs elsewhere, and which on a two-core machine compete with the other side's session
// (docs/performance.md, seventh round).
std::string set_search_path() {
  return "SELECT pg_catalog.set_config('search_path', '', true), pg_catalog.set_config('jit', 'off', true), "
         "pg_catalog.set_config('work_mem', '64MB', true), "
         "pg_catalog.set_config('max_parallel_workers_per_gather', '0', true)";
}

std::string schemas() {
  // PostgreSQL's own comment on public is not something a schema file states: read it as no comment.
  return "SELECT n.nspname AS name, NULLIF(" + comment_of("n.oid", "pg_namespace") +
         ", CASE WHEN n.nspname = 'public' THEN 'standard public schema' END) AS comment, current_user AS role\n"
         "FROM pg_catalog.pg_namespace n\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_namespace", "n.oid") +
         "\nORDER BY 1";
}

std::string extensions() {
  const std::string ext = regclass("pg_extension");
  // The comment CREATE EXTENSION sets from the extension's control file is not the user's: read it as none.
  return "SELECT e.extname AS name, n.nspname AS schema, e.extversion AS version, NULLIF(" +
         comment_of("e.oid", "pg_extension") +
         ", (SELECT a.comment FROM pg_catalog.pg_available_extensions a WHERE a.name = e.extname)) AS comment,\n"
         "  ARRAY(SELECT r.extname::text FROM pg_catalog.pg_depend d\n"
         "        JOIN pg_catalog.pg_extension r ON r.oid = d.refobjid\n"
         "        WHERE d.classid = " + ext + " AND d.objid = e.oid AND d.refclassid = " + ext +
         " ORDER BY 1) AS requires\n"
         "FROM pg_catalog.pg_extension e\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace\n"
         // plpgsql is installed in every database and cannot meaningfully be planned.
         "WHERE e.extname <> 'plpgsql'\n"
         "ORDER BY 1";
}

std::string enums() {
  return "SELECT n.nspname AS schema, t.typname AS name,\n"
         "  ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid\n"
         "        ORDER BY e.enumsortorder) AS labels,\n"
         "  " + comment_of("t.oid", "pg_type") +
         " AS comment\n"
         "FROM pg_catalog.pg_type t\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n"
         "WHERE t.typtype = 'e' AND " + user_schema("n") + " AND " + not_extension_member("pg_type", "t.oid") +
         "\nORDER BY 1, 2";
}

std::string sequences() {
  const std::string pg_class = regclass("pg_class");
  return "SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS data_type,\n"
         "  s.seqstart AS start, s.seqincrement AS increment, s.seqmin AS min_value, s.seqmax AS max_value,\n"
         "  s.seqcache AS cache, s.seqcycle AS cycle,\n"
         "  ot.relname AS owned_by_table, oa.attname AS owned_by_column,\n"
         "  " + comment_of("c.oid", "pg_class") +
         " AS comment\n"
         "FROM pg_catalog.pg_class c\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
         "JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid\n"
         // OWNED BY is an automatic dependency of the sequence on the owning column.
         "LEFT JOIN pg_catalog.pg_depend od ON od.classid = " + pg_class +
         " AND od.objid = c.oid AND od.refclassid = " + pg_class +
         " AND od.refobjsubid > 0 AND od.deptype = 'a'\n"
         "LEFT JOIN pg_catalog.pg_class ot ON ot.oid = od.refobjid\n"
         "LEFT JOIN pg_catalog.pg_attribute oa ON oa.attrelid = od.refobjid AND oa.attnum = od.refobjsubid\n"
         "WHERE c.relkind = 'S' AND " + user_schema("n") + " AND " + not_extension_member("pg_class", "c.oid") +
         // An identity column's sequence is internal to the column (read with the column instead).
         "\n  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend i WHERE i.classid = " + pg_class +
         " AND i.objid = c.oid AND i.refclassid = " + pg_class +
         " AND i.deptype = 'i')\n"
         "ORDER BY 1, 2";
}

std::string tables() {
  // Partitioning and inheritance: the partition key, the parent and bound of a partition, the INHERITS
  // parents in order as a flat text[] of (schema, name) pairs.
  const std::string parents =
      "FROM pg_catalog.pg_inherits h JOIN pg_catalog.pg_class p ON p.oid = h.inhparent\n"
      "        JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace WHERE h.inhrelid = c.oid";
  // No pg_total_relation_size(): it opens every table and its indexes and TOAST table and stats their files,
  // 3.4 s on 10,000 tables where the whole query takes 0.1 s; the CLI asks for the sizes of the few tables a
  // plan locks instead (cli/row_counts.h, docs/performance.md).
  return "SELECT c.oid, n.nspname AS schema, c.relname AS name, c.relpersistence = 'u' AS unlogged, cmt.description"
         " AS comment,\n  c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,\n  c.reltuples::bigint AS est_rows,\n"
         "  CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,\n"
         "  CASE WHEN c.relispartition THEN (SELECT pn.nspname " + parents + ") END AS parent_schema,\n"
         "  CASE WHEN c.relispartition THEN (SELECT p.relname " + parents + ") END AS parent_name,\n"
         "  CASE WHEN c.relispartition THEN " + expression_without_columns("c.relpartbound") + " END AS partition_bound,\n"
         "  ARRAY(SELECT u.v FROM (SELECT pn.nspname::text AS s, p.relname::text AS r, h.inhseqno " + parents +
         "\n        AND NOT c.relispartition) x CROSS JOIN LATERAL unnest(ARRAY[x.s, x.r]) WITH ORDINALITY AS u(v, i)\n"
         "        ORDER BY x.inhseqno, u.i) AS inherits,\n"
         // Storage parameters in the order pg_class holds them; the TOAST table's apart.
         "  coalesce(c.reloptions, '{}') AS options,\n"
         "  coalesce((SELECT tc.reloptions FROM pg_catalog.pg_class tc WHERE tc.oid = c.reltoastrelid), '{}') AS toast_options,\n"
         "  c.relreplident AS replica_identity\n"
         "FROM pg_catalog.pg_class c\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
         "LEFT JOIN pg_catalog.pg_description cmt ON cmt.objoid = c.oid AND cmt.classoid = " + regclass("pg_class") +
         " AND cmt.objsubid = 0\n"
         "WHERE " + modelled_table("c", "n") + "\nORDER BY 1, 2";
}

std::string columns() {
  const std::string pg_class = regclass("pg_class");
  // The table by OID only (TablesByOid), not by schema and name: two fields fewer in each of 100,000 rows at
  // 10,000 tables, held until read. Likewise an identity column's seven sequence options in one field, NULL
  // for every other column.
  return "SELECT a.attname AS name,\n"
         "  format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,\n"
         "  CASE WHEN a.attgenerated = '' THEN " + expression_without_columns("ad.adbin") + " END AS default_expr,\n"
         // A generated column's expression names columns: deparsed with its relation.
         "  CASE WHEN a.attgenerated = 's' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated,\n"
         "  a.attidentity AS identity,\n"
         "  CASE WHEN ids.seqrelid IS NOT NULL THEN ARRAY[format_type(ids.seqtypid, NULL), ids.seqstart::text,\n"
         "    ids.seqincrement::text, ids.seqmin::text, ids.seqmax::text, ids.seqcache::text, ids.seqcycle::text] END\n"
         "    AS identity_options,\n"
         // Only a collation that differs from the type's default was asked for (COLLATE "default" on a
         // text column is no collation at all).
         "  CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation\n"
         "       THEN " + qualified("con.nspname", "co.collname") +
         " END AS collation,\n"
         "  cmt.description AS comment,\n"
         "  NOT a.attislocal AS inherited,\n"
         // Settings pg_dump writes with ALTER COLUMN: the storage only when not the type's.
         "  a.attstattarget AS statistics, CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END AS storage,\n"
         "  a.attcompression AS compression, coalesce(a.attoptions, '{}') AS options,\n"
         // For the dependency lists (Dependencies): the column's own pg_depend rows give its type (and
         // collation); the pg_attrdef row's give what the default or generation expression uses.
         "  a.attrelid AS rel, a.attnum AS number, ad.oid AS default_oid\n"
         "FROM pg_catalog.pg_attribute a\n"
         "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
         "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid\n"
         "LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum\n"
         "LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation\n"
         "LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace\n"
         // The identity sequence is an internal dependency of its column. Looked up in a LATERAL subquery whose
         // WHERE tests attidentity first, as a one-time filter (OFFSET 0 keeps it a subquery): in the ON clause
         // of a plain LEFT JOIN that test was a join filter, checked after probing pg_depend for every column.
         "LEFT JOIN LATERAL (SELECT idd.objid FROM pg_catalog.pg_depend idd WHERE a.attidentity <> '' AND idd.classid = " +
         pg_class + " AND idd.refclassid = " + pg_class +
         " AND idd.refobjid = a.attrelid AND idd.refobjsubid = a.attnum AND idd.deptype = 'i' OFFSET 0) idd ON true\n"
         "LEFT JOIN pg_catalog.pg_sequence ids ON ids.seqrelid = idd.objid\n"
         // Joined rather than col_description() per column: 100,000 function calls on a 10,000-table schema
         // (docs/performance.md).
         "LEFT JOIN pg_catalog.pg_description cmt ON cmt.objoid = c.oid AND cmt.classoid = " + pg_class +
         " AND cmt.objsubid = a.attnum\n"
         // Inherited columns (all of a partition's) belong to the parent, unless the child set their default or
         // NOT NULL otherwise than the first parent that has them (ALTER TABLE ONLY child ALTER COLUMN ...).
         "WHERE " + created_after_initdb("a.attrelid") + " AND a.attnum > 0 AND NOT a.attisdropped AND " +
         modelled_table("c", "n") +
         "\n  AND (a.attislocal OR (a.attgenerated = '' AND coalesce((\n"
         "    SELECT pa.attnotnull IS DISTINCT FROM a.attnotnull\n"
         "        OR " + expression_without_columns("pd.adbin") + " IS DISTINCT FROM " + expression_without_columns("ad.adbin") + "\n"
         "    FROM pg_catalog.pg_inherits h\n"
         "    JOIN pg_catalog.pg_attribute pa ON pa.attrelid = h.inhparent AND pa.attname = a.attname AND NOT pa.attisdropped\n"
         "    LEFT JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum\n"
         "    WHERE h.inhrelid = c.oid ORDER BY h.inhseqno LIMIT 1), false)))";
  // In no order: the reader puts each table's columns together and in order (rows_by_relation()).
}

std::string dependencies() {
  const std::string pg_class = regclass("pg_class");
  // The pg_depend rows of relations (a table's columns and an index: every index's, also a key constraint's), of
  // defaults and of constraints. Only what the lists can name: not initdb's objects (created_after_initdb()
  // explains why a lower OID is never the user's), not a schema (no column, constraint or index records one);
  // a relation only when it is a sequence or an extension's member, as dependency_rows() decides.
  const auto rows_of = [&](const char* of, const char* catalog) {
    return std::string("SELECT '") + of + "'::text AS of, d.objid, d.objsubid, d.refclassid, d.refobjid\n"
           "    FROM pg_catalog.pg_depend d WHERE d.classid = " + regclass(catalog) + " AND " +
           created_after_initdb("d.objid") + " AND d.deptype = 'n'\n      AND " + created_after_initdb("d.refobjid") +
           " AND d.refclassid <> " + regclass("pg_namespace");
  };
  // Each referenced object is resolved once, not once per row, and nothing is sorted or aggregated here:
  // Dependencies groups the rows by object. No join of the lists back to the objects either, which PostgreSQL
  // may misestimate on catalogs not analysed yet (docs/performance.md, fifth round): the only join is of the
  // distinct referenced objects to the catalogs, by their OID indexes.
  return "WITH rows AS MATERIALIZED (\n  SELECT u.* FROM (\n    " + rows_of("c", "pg_class") + "\n    UNION ALL " +
         rows_of("d", "pg_attrdef") + "\n    UNION ALL " + rows_of("k", "pg_constraint") +
         "\n  ) u\n  WHERE u.refclassid <> " + pg_class +
         " OR EXISTS (SELECT FROM pg_catalog.pg_class s WHERE s.oid = u.refobjid AND s.relkind = 'S')\n"
         "     OR EXISTS (SELECT FROM pg_catalog.pg_depend x WHERE x.classid = " + pg_class +
         " AND x.objid = u.refobjid AND x.deptype = 'e'))\n"
         "SELECT of, objid, objsubid, refclassid, refobjid, NULL::text AS k, NULL::text AS s, NULL::text AS n,"
         " NULL::text AS sig FROM rows\n"
         "UNION ALL SELECT 'r', NULL, NULL, o.refclassid, o.refobjid, o.k, o.s, o.n, o.sig FROM " +
         referenced_objects("SELECT DISTINCT refclassid, refobjid FROM rows") + " o";
}

std::string relation_columns() {
  // One row per column, not an array per relation: aggregating them (a sort per relation) cost twice the scan
  // (docs/performance.md, sixth round); RelationColumns groups them.
  return "SELECT a.attrelid AS rel, a.attnum AS number, a.attname AS name\n"
         "FROM pg_catalog.pg_attribute a\n"
         "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid\n"
         // Of the system columns only tableoid (-6) can appear in a constraint or index (a CHECK may use it;
         // PostgreSQL refuses every other in CHECK and foreign keys, and all of them in indexes): the other five
         // were a third of the rows.
         "WHERE " + created_after_initdb("a.attrelid") + " AND NOT a.attisdropped AND (a.attnum > 0 OR a.attnum = -6)\n"
         "  AND c.relkind IN ('r', 'p', 'm')";
}

namespace {
/// The statistics targets set on an index's columns (ALTER INDEX ... ALTER COLUMN n SET STATISTICS), as a flat
/// text[] of (column number, target) pairs.
std::string index_statistics(const std::string& index_oid) {
  const std::string set = " AND ia.attnum > 0 AND ia.attstattarget >= 0";
  // Few indexes have a target set: the uncorrelated test is hashed once per query, and the list's subquery runs
  // only for those, not once per index and key constraint (20,000 at 10,000 tables).
  return "CASE WHEN " + index_oid + " IN (SELECT ia.attrelid FROM pg_catalog.pg_attribute ia WHERE " +
         created_after_initdb("ia.attrelid") + set + ") THEN "
         "ARRAY(SELECT u.v FROM pg_catalog.pg_attribute ia CROSS JOIN LATERAL unnest(ARRAY[ia.attnum::text, "
         "ia.attstattarget::text]) WITH ORDINALITY AS u(v, o) WHERE ia.attrelid = " + index_oid + set +
         " ORDER BY ia.attnum, u.o) ELSE '{}' END";
}
}  // namespace

std::string constraints(int server_version) {
  const std::string pg_class = regclass("pg_class");
  const std::string pg_constraint = regclass("pg_constraint");
  // The numbers of the columns each constraint uses, which the reader names (RelationColumns): its key columns
  // in key order, and for CHECK and EXCLUDE every column their expressions use, which pg_depend records on the
  // constraint (CHECK) or on its index (EXCLUDE). Naming them here took a correlated subquery per constraint, two
  // fifths of the query's server CPU at 10,000 tables (docs/performance.md, fifth round).
  const std::string used_numbers =
      "CASE WHEN con.contype IN ('c', 'x') THEN " +
      used_column_numbers("con.conrelid", "(cd.classid = " + pg_constraint + " AND cd.objid = con.oid) OR (cd.classid = " +
                                              pg_class + " AND cd.objid = con.conindid)") +
      " END";
  const bool pg15 = server_version >= 150000;
  // pg_get_constraintdef() for CHECK and EXCLUDE only: a primary key's, unique constraint's or foreign key's text
  // is the reader's, from the catalog fields below and the column names (read_constraints.cpp). The function was
  // three quarters of this query's server CPU at 10,000 tables, most of it spent on those three kinds, where it
  // looks up every column's name, the key's index and the referenced table one by one.
  return "SELECT con.conname AS name, con.contype AS type,\n"
         "  CASE WHEN con.contype IN ('c', 'x') THEN pg_get_constraintdef(con.oid) END AS definition,\n"
         // A key's INCLUDE columns: its index's columns after the key ones (indkey counts from 0).
         "  CASE WHEN con.contype IN ('p', 'u') AND ki.indnatts > ki.indnkeyatts THEN ARRAY(SELECT ki.indkey[k]\n"
         "    FROM generate_series(ki.indnkeyatts, ki.indnatts - 1) AS k ORDER BY k) END AS include_numbers,\n"
         "  " + std::string(pg15 ? "coalesce(ki.indnullsnotdistinct, false)" : "false") + " AS nulls_not_distinct,\n"
         "  con.confmatchtype AS match_type, con.confupdtype AS on_update, con.confdeltype AS on_delete,\n"
         "  " + std::string(pg15 ? "con.confdelsetcols" : "NULL::int2[]") + " AS delete_set_numbers,\n"
         "  con.conrelid AS rel, con.conkey AS key_numbers, " + used_numbers + " AS used_numbers,\n"
         "  rn.nspname AS ref_schema, rc.relname AS ref_table,\n"
         // Only a foreign key has a confkey.
         "  CASE WHEN con.contype = 'f' THEN con.confrelid END AS ref_rel, con.confkey AS ref_numbers,\n"
         "  con.condeferrable AS deferrable, con.condeferred AS deferred, con.convalidated AS validated,\n"
         "  cmt.description AS comment,\n"
         "  coalesce(ki.indisclustered, false) AS clustered, coalesce(ki.indisreplident, false) AS replica_identity,\n"
         // A CHECK constraint has no index (conindid 0): its list is empty without running the subquery.
         "  CASE WHEN con.conindid <> 0 THEN " + index_statistics("con.conindid") + " ELSE '{}' END AS index_statistics,\n"
         // For the dependency lists (Dependencies). A key's index records the operator classes (e.g.
         // btree_gist's for EXCLUDE). A foreign key's conindid is the *referenced* table's index, so only p/u/x
         // look there.
         "  con.oid, CASE WHEN con.contype IN ('p', 'u', 'x') AND con.conindid <> 0 THEN con.conindid END AS index_oid\n"
         "FROM pg_catalog.pg_constraint con\n"
         "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
         "LEFT JOIN pg_catalog.pg_class rc ON con.contype = 'f' AND rc.oid = con.confrelid\n"
         "LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace\n"
         "LEFT JOIN pg_catalog.pg_index ki ON con.contype IN ('p', 'u', 'x') AND ki.indexrelid = con.conindid\n"
         "LEFT JOIN pg_catalog.pg_description cmt ON cmt.objoid = con.oid AND cmt.classoid = " + pg_constraint +
         " AND cmt.objsubid = 0\n"
         // 't' (constraint triggers) are listed as triggers among the unsupported objects.
         // Constraints a partition or child inherits belong to the parent's.
         "WHERE " + created_after_initdb("con.conrelid") + " AND con.contype IN ('p', 'u', 'c', 'f', 'x') AND con.conislocal AND " +
         modelled_table("c", "n");
  // In no order: the reader puts each table's together (rows_by_relation()); normalize() orders them by name.
}


namespace {

// An index's definition without pg_get_indexdef() when every part of it is one that function prints from plain
// catalog columns, else NULL: each key column a table column with its type's default operator class, the column's
// collation, no operator class options and, except for btree, no ordering; no expressions, predicate, storage
// parameters or (15+) NULLS NOT DISTINCT. pg_get_indexdef() was two thirds of the indexes query's server CPU (45 µs
// an index: it scans pg_opclass per column for the type's default class, GetDefaultOpClass()); this subquery costs
// a few index probes. The text is the function's own (ruleutils.c, pg_get_indexdef_worker(): quote_ident() is its
// quote_identifier(), the same separators and DESC / NULLS words), and read_indexes_test.cpp compares the two on
// every shape of index it creates.
//
// "The type's default operator class" is taken exactly as GetDefaultOpClass() decides it, in the two cases
// decided here: a default class for the column's very type (not a domain: the function looks through domains to
// the base type), or an enum column with anyenum's default class and no other default class of that access method
// the enum type matches exactly or is binary coercible to (polymorphic pseudo-types, implicit binary casts), which
// would make the function print the class's name. Every other case (varchar's text_ops, arrays, ranges) is left to
// pg_get_indexdef().
std::string plain_index_definition(int server_version) {
  // Key column number `ord` (1-based, an SQL expression) of vector `vector` of pg_index.
  const auto key = [](const char* vector, const std::string& ord) {
    return std::string("i.") + vector + "[(" + ord + " - 1)::int]";
  };
  // What makes the whole index plain: no expressions, predicate, storage parameters, (15+) NULLS NOT DISTINCT or
  // operator class options (ALTER INDEX can set none on INCLUDE columns).
  const std::string index_plain =
      "i.indexprs IS NULL AND i.indpred IS NULL AND ic.reloptions IS NULL" +
      std::string(server_version >= 150000 ? " AND NOT i.indnullsnotdistinct" : "") +
      "\n      AND i.indexrelid NOT IN (SELECT oi.attrelid FROM optioned_indexes oi)";
  // What makes key column `ord` (of table column `a`) plain.
  const auto column_plain = [&](const std::string& ord, const std::string& a = "a") {
    // Its (operator class, column type) among the pairs where the class is the type's default
    // (plain_index_ctes()): not correlated, so PostgreSQL hashes the pairs once per query, one probe per index
    // column, where joining the column's type and operator class cost two index probes (docs/performance.md,
    // fifth round) and scanning the access method's classes cost as much as pg_get_indexdef() itself.
    return "(" + key("indclass", ord) + ", " + a + ".atttypid) IN (SELECT dc.cls, dc.typ FROM default_classes dc)\n"
           // DESC / NULLS words only for btree, which orders (amcanorder, which pg_am does not record for other
           // access methods): an ordering on any other is left to the function.
           "      AND (" + key("indoption", ord) + " = 0 OR am.oid = 403)\n"
           "      AND " + key("indcollation", ord) + " IN (0, " + a + ".attcollation)";
  };
  // Key column `ord`'s name and ordering words, as the function prints them.
  const auto column_text = [&](const std::string& ord, const std::string& a = "a") {
    return "quote_ident(" + a + ".attname) || CASE WHEN " + key("indoption", ord) + " & 1 = 1\n"
           "        THEN CASE WHEN " + key("indoption", ord) + " & 2 = 2 THEN ' DESC' ELSE ' DESC NULLS LAST' END\n"
           "        WHEN " + key("indoption", ord) + " & 2 = 2 THEN ' NULLS FIRST' ELSE '' END";
  };
  const std::string columns =
      "(SELECT 'USING ' || quote_ident(am.amname) || ' (' ||\n"
      "      string_agg(" + column_text("k.ord") + ", ', ' ORDER BY k.ord)\n"
      "        FILTER (WHERE k.ord <= i.indnkeyatts) ||\n"
      "      coalesce(') INCLUDE (' || string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord)\n"
      "        FILTER (WHERE k.ord > i.indnkeyatts), '') || ')'\n"
      "    FROM pg_catalog.pg_am am\n"
      "    CROSS JOIN unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, ord)\n"
      "    JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum\n"
      "    WHERE am.oid = ic.relam AND " + index_plain + "\n"
      "    GROUP BY am.amname, am.oid\n"
      // Every column found (count) and every key column plain; coalesce: bool_and() skips NULLs.
      "    HAVING count(*) = i.indnatts AND bool_and(k.ord > i.indnkeyatts OR coalesce(\n      " +
      column_plain("k.ord") + ", false)))";
  // An index of one or two columns (most are) takes its columns from the query's joins (a1, a2; am its access
  // method: plain_index_joins()) and no subquery: the general form, which runs a subquery per index, scanning the
  // table's columns and aggregating them, cost half the query (docs/performance.md, sixth round). A one-column
  // index has no INCLUDE column; of two, the second may be one. coalesce(): PostgreSQL hashes the IN test's pairs
  // once per query only where it cannot pull the test up into a join.
  const std::string few_columns =
      "CASE WHEN " + index_plain + "\n      AND a1.attnum IS NOT NULL AND coalesce(" + column_plain("1", "a1") +
      ", false)\n      AND (i.indnatts = 1 OR (a2.attnum IS NOT NULL AND (i.indnkeyatts = 1 OR coalesce(" +
      column_plain("2", "a2") + ", false))))\n"
      "    THEN 'USING ' || quote_ident(am.amname) || ' (' || " + column_text("1", "a1") + " ||\n"
      "      CASE WHEN i.indnatts = 1 THEN ')' WHEN i.indnkeyatts = 2 THEN ', ' || " + column_text("2", "a2") +
      " || ')'\n        ELSE ') INCLUDE (' || quote_ident(a2.attname) || ')' END END";
  return "CASE WHEN i.indnatts <= 2 THEN " + few_columns + "\n  ELSE " + columns + " END";
}

// The common table expressions plain_index_definition() tests against, each planned and computed once however
// many times the definition refers to it (three times: planning the pairs' query three times was a fifth of the
// indexes query's server CPU at 2,000 tables):
// - default_classes(cls, typ): the pairs (operator class, column type) where the class is the type's default,
//   as GetDefaultOpClass() decides it in the two cases decided here: the class's own input type (not a domain:
//   the function looks through domains to the base type), or an enum type with anyenum's class and no other
//   default class of that access method that the enum type matches exactly or is binary coercible to
//   (polymorphic pseudo-types, implicit binary casts), which would make the function print the class's name;
// - optioned_indexes(attrelid): the indexes with operator class options on a column.
std::string plain_index_ctes() {
  const auto type = [](const char* name) { return std::string("'pg_catalog.") + name + "'::pg_catalog.regtype"; };
  return "default_classes(cls, typ) AS MATERIALIZED (\n"
         "  SELECT oc.oid, oc.opcintype FROM pg_catalog.pg_opclass oc JOIN pg_catalog.pg_type ot ON ot.oid = oc.opcintype\n"
         "    WHERE oc.opcdefault AND ot.typtype <> 'd'\n"
         "  UNION ALL SELECT oc.oid, e.oid FROM pg_catalog.pg_opclass oc JOIN pg_catalog.pg_type e ON e.typtype = 'e'\n"
         "    WHERE oc.opcdefault AND oc.opcintype = " + type("anyenum") + "\n"
         "      AND (oc.opcmethod, e.oid) NOT IN (SELECT o2.opcmethod, e2.oid FROM pg_catalog.pg_type e2\n"
         "        JOIN pg_catalog.pg_opclass o2 ON o2.opcdefault AND o2.opcintype <> " + type("anyenum") + "\n"
         "          AND (o2.opcintype IN (e2.oid, " + type("any") + ", " + type("anyelement") + ", " +
         type("anynonarray") + ",\n            " + type("anycompatible") + ", " + type("anycompatiblenonarray") + ")\n"
         "            OR EXISTS (SELECT FROM pg_catalog.pg_cast ca WHERE ca.castsource = e2.oid\n"
         "              AND ca.casttarget = o2.opcintype AND ca.castmethod = 'b' AND ca.castcontext = 'i'))\n"
         "        WHERE e2.typtype = 'e')),\n"
         "optioned_indexes(attrelid) AS MATERIALIZED (\n"
         "  SELECT ia.attrelid FROM pg_catalog.pg_attribute ia WHERE ia.attoptions IS NOT NULL)\n";
}

// The joins plain_index_definition() takes an index's first two columns and access method from.
std::string plain_index_joins() {
  return "JOIN pg_catalog.pg_am am ON am.oid = ic.relam\n"
         "LEFT JOIN pg_catalog.pg_attribute a1 ON a1.attrelid = i.indrelid AND a1.attnum = i.indkey[0]\n"
         "LEFT JOIN pg_catalog.pg_attribute a2 ON i.indnatts = 2 AND a2.attrelid = i.indrelid AND a2.attnum = i.indkey[1]\n";
}

}  // namespace

std::string indexes(int server_version) {
  const std::string pg_class = regclass("pg_class");
  // pg_get_indexdef() prints `CREATE [UNIQUE ]INDEX name ON [ONLY ]schema.table USING ...`. Rebuilding that
  // prefix with the same quoting (quote_ident is the server's quote_identifier) and cutting it off is exact,
  // where searching for " USING " would break on a table named "a USING b".
  const std::string prefix =
      "'CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX ' || quote_ident(ic.relname)"
      " || ' ON ' || CASE WHEN ic.relkind = 'I' THEN 'ONLY ' ELSE '' END || " +
      qualified("n.nspname", "c.relname") + " || ' '";
  // The numbers of the columns an index uses, which the reader names (RelationColumns): key and INCLUDE columns
  // in index order (0 stands for an expression), then the columns that expressions or the predicate use (pg_depend
  // holds an entry for every column an index uses; without expressions or predicate those are the key columns).
  const std::string used_numbers = "CASE WHEN i.indexprs IS NOT NULL OR i.indpred IS NOT NULL THEN " +
                                   used_column_numbers("i.indrelid", "cd.classid = " + pg_class +
                                                                         " AND cd.objid = i.indexrelid") +
                                   " END";
  return "WITH " + plain_index_ctes() +
         "SELECT n.nspname AS schema, ic.relname AS name, c.relname AS table_name, i.indisunique AS is_unique,\n"
         "  CASE WHEN left(x.def, length(x.prefix)) = x.prefix THEN substr(x.def, length(x.prefix) + 1) END\n"
         "    AS definition,\n"
         "  x.def AS full_definition,\n"
         "  i.indrelid AS rel, i.indkey::text AS key_numbers, " + used_numbers + " AS used_numbers,\n"
         "  cmt.description AS comment,\n"
         // A partitioned index's partitions' indexes at every depth, as a flat text[] of (schema, name, table)
         // triples (normalize() keeps those not named as PostgreSQL names its copies).
         "  CASE WHEN ic.relkind = 'I' THEN ARRAY(WITH RECURSIVE d(oid) AS (\n"
         "      SELECT h.inhrelid FROM pg_catalog.pg_inherits h WHERE h.inhparent = i.indexrelid\n"
         "      UNION ALL SELECT h.inhrelid FROM pg_catalog.pg_inherits h JOIN d ON h.inhparent = d.oid)\n"
         "    SELECT u.v FROM d JOIN pg_catalog.pg_class dc ON dc.oid = d.oid\n"
         "    JOIN pg_catalog.pg_index di ON di.indexrelid = d.oid JOIN pg_catalog.pg_class dt ON dt.oid = di.indrelid\n"
         "    JOIN pg_catalog.pg_namespace dn ON dn.oid = dc.relnamespace\n"
         "    CROSS JOIN LATERAL unnest(ARRAY[dn.nspname::text, dc.relname::text, dt.relname::text]) WITH ORDINALITY AS u(v, k)\n"
         "    ORDER BY dn.nspname, dc.relname, u.k) END AS partition_indexes,\n"
         "  i.indisclustered AS clustered, i.indisreplident AS replica_identity,\n"
         "  " + index_statistics("i.indexrelid") + " AS index_statistics,\n"
         "  i.indexrelid AS oid\n"
         "FROM pg_catalog.pg_index i\n"
         "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid\n"
         "JOIN pg_catalog.pg_class c ON c.oid = i.indrelid\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n" + plain_index_joins() +
         // OFFSET 0 keeps the subquery from being pulled up into the outer query, where each of x.def's three
         // uses above became a call of its own: pg_get_indexdef() (a catalog scan per column for its default
         // operator class) is the query's largest cost; once per index saves about a fifth of the query's CPU
         // on 2,000 tables (docs/performance.md).
         "CROSS JOIN LATERAL (SELECT coalesce(p.prefix || p.plain, pg_get_indexdef(i.indexrelid)) AS def, p.prefix\n"
         "  FROM (SELECT " + prefix + " AS prefix,\n  " + plain_index_definition(server_version) +
         " AS plain OFFSET 0) p OFFSET 0) x\n"
         "LEFT JOIN pg_catalog.pg_description cmt ON cmt.objoid = i.indexrelid AND cmt.classoid = " + pg_class +
         " AND cmt.objsubid = 0\n"
         // Materialized views take indexes too (the model's Index names the view as its table).
         "WHERE " + created_after_initdb("i.indrelid") + " AND (" + modelled_table("c", "n") + " OR (c.relkind = 'm' AND " +
         user_schema("n") + " AND " +
         not_extension_member("pg_class", "c.oid") + "))" +
         // Indexes of PRIMARY KEY / UNIQUE / EXCLUDE constraints belong to the constraint. A foreign key
         // also has a conindid (the referenced key's index), hence the contype and conrelid tests.
         // (A key's or exclusion constraint's conindid is an index of its own table.) Both tests uncorrelated,
         // hashed once and applied as the indexes are scanned, before any join: as NOT EXISTS, PostgreSQL could
         // place them after the joins that build the definitions (docs/performance.md, sixth round).
         "\n  AND i.indexrelid NOT IN (SELECT k.conindid FROM pg_catalog.pg_constraint k WHERE k.contype IN ('p', 'u', 'x'))\n"
         // A partition's index attached to its parent's partitioned index is part of that index.
         // In no order: normalize() sorts the catalog's indexes.
         "  AND i.indexrelid NOT IN (SELECT ih.inhrelid FROM pg_catalog.pg_inherits ih)";
}

}  // namespace schemaplan::introspect::queries
