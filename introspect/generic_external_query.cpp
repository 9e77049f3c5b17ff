// Foreign data wrappers, servers, user mappings, foreign tables, publications, event triggers and range types
// as DDL text (generic_queries.h), written from the catalog as pg_dump writes them. OPTIONS lists are sorted by
// name: PostgreSQL keeps them in the order given, which no wrapper gives a meaning.
#include "introspect/catalog_sql.h"
#include "introspect/generic_queries.h"

namespace schemaplan::introspect::generic_parts {
namespace {

using namespace sql_fragments;

/// ` OPTIONS (a '1', "user" 'x')` from an options array (`name=value` text[]), or ''.
std::string options(const std::string& array) {
  return "coalesce((SELECT ' OPTIONS (' || string_agg(quote_ident(o.option_name) || ' ' || quote_literal(o.option_value), "
         "', ' ORDER BY o.option_name COLLATE \"C\") || ')' FROM pg_catalog.pg_options_to_table(" + array + ") o), '')";
}

/// The columns a query part yields after the kind: schema, name, parent, signature.
std::string identity(const std::string& kind, const std::string& schema, const std::string& name,
                     const std::string& parent = "''") {
  return "SELECT '" + kind + "'::text, (" + schema + ")::text, (" + name + ")::text, (" + parent + ")::text, ''::text,\n";
}

std::string wrappers() {
  return identity("foreign data wrapper", "''", "w.fdwname") +
         "  ARRAY['CREATE FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)\n"
         "    || CASE WHEN w.fdwhandler <> 0 THEN ' HANDLER ' || w.fdwhandler::pg_catalog.regproc::text ELSE '' END\n"
         "    || CASE WHEN w.fdwvalidator <> 0 THEN ' VALIDATOR ' || w.fdwvalidator::pg_catalog.regproc::text ELSE '' END\n"
         "    || " + options("w.fdwoptions") + "],\n"
         "  " + comment_of("w.oid", "pg_foreign_data_wrapper") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_foreign_data_wrapper") + " AND d.objid = w.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_foreign_data_wrapper w\n"
         "WHERE " + not_extension_member("pg_foreign_data_wrapper", "w.oid");
}

std::string servers() {
  return identity("server", "''", "s.srvname") +
         "  ARRAY['CREATE SERVER ' || quote_ident(s.srvname) || coalesce(' TYPE ' || quote_literal(s.srvtype), '')\n"
         "    || coalesce(' VERSION ' || quote_literal(s.srvversion), '') || ' FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)\n"
         "    || " + options("s.srvoptions") + "],\n"
         "  " + comment_of("s.oid", "pg_foreign_server") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_foreign_server") + " AND d.objid = s.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_foreign_server s JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw\n"
         "WHERE " + not_extension_member("pg_foreign_server", "s.oid");
}

/// pg_user_mappings shows the options to superusers and to the mapping's own role (with USAGE on the server);
/// anyone else reads no options.
std::string user_mappings() {
  const std::string role = "CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE m.usename::text END";
  return identity("user mapping", "''", role, "m.srvname") +
         "  ARRAY['CREATE USER MAPPING FOR ' || CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(m.usename) END\n"
         "    || ' SERVER ' || quote_ident(m.srvname) || " + options("m.umoptions") + "],\n"
         "  NULL::text, '{}'::pg_catalog.tid[], '{}'::text[]\n"
         "FROM pg_catalog.pg_user_mappings m\n"
         "WHERE " + not_extension_member("pg_user_mapping", "m.umid");
}

/// Foreign tables (kind Table: they are relations), their columns as pg_dump writes them with the per-column
/// OPTIONS inline, CHECK constraints by name, then a COMMENT ON COLUMN per commented column. Foreign
/// partitions and foreign tables in an inheritance tree are not modelled (unsupported_query.cpp lists them).
std::string foreign_tables() {
  const std::string rel = qualified("n.nspname", "c.relname");
  const std::string columns =
      "(SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)\n"
      "      || " + options("a.attfdwoptions") + "\n"
      "      || CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || " + qualified("con.nspname", "co.collname") +
      " ELSE '' END\n"
      "      || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END\n"
      "      || CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'\n"
      "              WHEN ad.adbin IS NOT NULL THEN ' DEFAULT ' || " + expression_without_columns("ad.adbin") + " ELSE '' END,\n"
      "      ', ' ORDER BY a.attnum)\n"
      "    FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid\n"
      "    LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum\n"
      "    LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation\n"
      "    LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace\n"
      "    WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)";
  const std::string checks =
      "coalesce((SELECT string_agg(', CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid), ''\n"
      "      ORDER BY k.conname COLLATE \"C\") FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid), '')";
  const std::string column_comments =
      "ARRAY(SELECT 'COMMENT ON COLUMN ' || " + rel + " || '.' || quote_ident(a.attname) || ' IS ' || quote_literal(ds.description)\n"
      "    FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_description ds ON ds.classoid = " + regclass("pg_class") +
      " AND ds.objoid = c.oid AND ds.objsubid = a.attnum\n"
      "    WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)";
  // What the table, its columns, defaults and checks use (the server, types, collations, functions).
  const std::string uses =
      "(d.classid = " + regclass("pg_class") + " AND d.objid = c.oid)\n"
      "    OR (d.classid = " + regclass("pg_attrdef") +
      " AND d.objid IN (SELECT ad.oid FROM pg_catalog.pg_attrdef ad WHERE ad.adrelid = c.oid))\n"
      "    OR (d.classid = " + regclass("pg_constraint") +
      " AND d.objid IN (SELECT k.oid FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid))";
  return identity("foreign table", "n.nspname", "c.relname") +
         "  ARRAY['CREATE FOREIGN TABLE ' || " + rel + " || ' (' || coalesce(" + columns + ", '') || " + checks +
         " || ') SERVER ' || quote_ident(s.srvname) || " + options("ft.ftoptions") + "] || " + column_comments + ",\n"
         "  " + comment_of("c.oid", "pg_class") + ",\n"
         "  " + dependency_row_ids(uses) + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_foreign_table ft\n"
         "JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
         "JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_class", "c.oid") +
         " AND NOT c.relispartition\n"
         "  AND NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid OR i.inhparent = c.oid)";
}

/// CREATE PUBLICATION with the options that differ from the defaults, then (as pg_dump writes them) one
/// ALTER PUBLICATION ... ADD per table, with its column list and row filter, and per schema, sorted.
std::string publications() {
  const std::string pub = "quote_ident(p.pubname)";
  const std::string publish =
      "concat_ws(', ', CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,\n"
      "      CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END)";
  const std::string with =
      "coalesce(' WITH (' || nullif(concat_ws(', ',\n"
      "      CASE WHEN NOT (p.pubinsert AND p.pubupdate AND p.pubdelete AND p.pubtruncate)\n"
      "           THEN 'publish = ' || quote_literal(" + publish + ") END,\n"
      "      CASE WHEN p.pubviaroot THEN 'publish_via_partition_root = true' END), '') || ')', '')";
  const std::string tables =
      "ARRAY(SELECT 'ALTER PUBLICATION ' || " + pub + " || ' ADD TABLE ONLY ' || " + qualified("rn.nspname", "rc.relname") + "\n"
      "      || coalesce(' (' || (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a\n"
      "                           WHERE a.attrelid = pr.prrelid AND a.attnum = ANY (pr.prattrs)) || ')', '')\n"
      "      || coalesce(' WHERE (' || pg_get_expr(pr.prqual, pr.prrelid) || ')', '')\n"
      "    FROM pg_catalog.pg_publication_rel pr JOIN pg_catalog.pg_class rc ON rc.oid = pr.prrelid\n"
      "    JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace\n"
      "    WHERE pr.prpubid = p.oid ORDER BY rn.nspname COLLATE \"C\", rc.relname COLLATE \"C\")";
  const std::string schemas =
      "ARRAY(SELECT 'ALTER PUBLICATION ' || " + pub + " || ' ADD TABLES IN SCHEMA ' || quote_ident(sn.nspname)\n"
      "    FROM pg_catalog.pg_publication_namespace pn JOIN pg_catalog.pg_namespace sn ON sn.oid = pn.pnnspid\n"
      "    WHERE pn.pnpubid = p.oid ORDER BY sn.nspname COLLATE \"C\")";
  // Its tables (R), the columns its column lists and row filters name (L: schema, column, table; PostgreSQL
  // refuses to drop or retype them while it holds them) and its schemas (N); what the row filters call comes
  // from pg_depend through deps().
  const std::string members =
      "ARRAY(SELECT u.v FROM (\n"
      "      SELECT 'R' AS k, rn.nspname::text AS s, rc.relname::text AS n, '' AS sig\n"
      "      FROM pg_catalog.pg_publication_rel pr JOIN pg_catalog.pg_class rc ON rc.oid = pr.prrelid\n"
      "      JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace WHERE pr.prpubid = p.oid\n"
      "      UNION SELECT 'L', rn.nspname::text, a.attname::text, rc.relname::text\n"
      "      FROM pg_catalog.pg_publication_rel pr JOIN pg_catalog.pg_depend dd ON dd.classid = " + regclass("pg_publication_rel") +
      "\n        AND dd.objid = pr.oid AND dd.refclassid = " + regclass("pg_class") + " AND dd.refobjsubid > 0\n"
      "      JOIN pg_catalog.pg_class rc ON rc.oid = dd.refobjid JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace\n"
      "      JOIN pg_catalog.pg_attribute a ON a.attrelid = dd.refobjid AND a.attnum = dd.refobjsubid\n"
      "      WHERE pr.prpubid = p.oid\n"
      "      UNION SELECT 'N', '', sn.nspname::text, ''\n"
      "      FROM pg_catalog.pg_publication_namespace pn JOIN pg_catalog.pg_namespace sn ON sn.oid = pn.pnnspid\n"
      "      WHERE pn.pnpubid = p.oid\n"
      "    ) x CROSS JOIN LATERAL unnest(ARRAY[x.k, x.s, x.n, x.sig]) WITH ORDINALITY AS u(v, i)\n"
      "    ORDER BY x.k, x.s, x.n, x.sig, u.i)";
  return identity("publication", "''", "p.pubname") +
         "  ARRAY['CREATE PUBLICATION ' || " + pub + " || CASE WHEN p.puballtables THEN ' FOR ALL TABLES' ELSE '' END || " +
         with + "]\n"
         "    || " + tables + " || " + schemas + ",\n"
         "  " + comment_of("p.oid", "pg_publication") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_publication_rel") +
                     " AND d.objid IN (SELECT pr.oid FROM pg_catalog.pg_publication_rel pr WHERE pr.prpubid = p.oid)") +
         ", " + members + "\n"
         "FROM pg_catalog.pg_publication p\n"
         "WHERE " + not_extension_member("pg_publication", "p.oid");
}

/// CREATE EVENT TRIGGER (its tags sorted: PostgreSQL keeps them as given), then its state when not ENABLE.
std::string event_triggers() {
  const std::string name = "quote_ident(e.evtname)";
  return identity("event trigger", "''", "e.evtname") +
         "  ARRAY['CREATE EVENT TRIGGER ' || " + name + " || ' ON ' || quote_ident(e.evtevent)\n"
         "    || coalesce(' WHEN TAG IN (' || (SELECT string_agg(quote_literal(t.tag), ', ' ORDER BY t.tag COLLATE \"C\")\n"
         "                                    FROM unnest(e.evttags) t(tag)) || ')', '')\n"
         "    || ' EXECUTE FUNCTION ' || e.evtfoid::pg_catalog.regproc::text || '()']\n"
         "    || CASE e.evtenabled WHEN 'D' THEN ARRAY['ALTER EVENT TRIGGER ' || " + name + " || ' DISABLE']\n"
         "                         WHEN 'R' THEN ARRAY['ALTER EVENT TRIGGER ' || " + name + " || ' ENABLE REPLICA']\n"
         "                         WHEN 'A' THEN ARRAY['ALTER EVENT TRIGGER ' || " + name + " || ' ENABLE ALWAYS']\n"
         "                         ELSE '{}'::text[] END,\n"
         "  " + comment_of("e.oid", "pg_event_trigger") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_event_trigger") + " AND d.objid = e.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_event_trigger e\n"
         "WHERE " + not_extension_member("pg_event_trigger", "e.oid");
}

/// CREATE TYPE ... AS RANGE as pg_dump writes it: the multirange always named; the operator class and the
/// collation only when they are not the subtype's defaults.
std::string ranges() {
  return identity("range type", "n.nspname", "t.typname") +
         "  ARRAY['CREATE TYPE ' || " + qualified("n.nspname", "t.typname") +
         " || ' AS RANGE (subtype = ' || format_type(r.rngsubtype, NULL)\n"
         "    || ', multirange_type_name = ' || " + qualified("mn.nspname", "mt.typname") + "\n"
         "    || CASE WHEN NOT oc.opcdefault THEN ', subtype_opclass = ' || " + qualified("ocn.nspname", "oc.opcname") +
         " ELSE '' END\n"
         "    || CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation\n"
         "            THEN ', collation = ' || " + qualified("con.nspname", "co.collname") + " ELSE '' END\n"
         "    || CASE WHEN r.rngcanonical <> 0 THEN ', canonical = ' || r.rngcanonical::pg_catalog.regproc::text ELSE '' END\n"
         "    || CASE WHEN r.rngsubdiff <> 0 THEN ', subtype_diff = ' || r.rngsubdiff::pg_catalog.regproc::text ELSE '' END\n"
         "    || ')'],\n"
         "  " + comment_of("t.oid", "pg_type") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_type") + " AND d.objid = t.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_range r\n"
         "JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n"
         "JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype\n"
         "JOIN pg_catalog.pg_type mt ON mt.oid = r.rngmultitypid\n"
         "JOIN pg_catalog.pg_namespace mn ON mn.oid = mt.typnamespace\n"
         "JOIN pg_catalog.pg_opclass oc ON oc.oid = r.rngsubopc\n"
         "JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace\n"
         "LEFT JOIN pg_catalog.pg_collation co ON co.oid = r.rngcollation\n"
         "LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_type", "t.oid");
}

}  // namespace

std::vector<Part> external() {
  return {{has_user_rows("pg_foreign_data_wrapper"), wrappers()},
          {has_user_rows("pg_foreign_server"), servers()},
          // pg_user_mapping itself is not readable by every role (it holds the mappings' options): a user mapping
          // needs a server.
          {has_user_rows("pg_foreign_server"), user_mappings()},
          {has_user_rows("pg_class", "x.relkind = 'f'"), foreign_tables()},
          {has_user_rows("pg_publication"), publications()},
          {has_user_rows("pg_event_trigger"), event_triggers()},
          // pg_range has no OID of its own: its rows are range types'.
          {has_user_rows("pg_type", "x.typtype = 'r'"), ranges()}};
}

}  // namespace schemaplan::introspect::generic_parts
