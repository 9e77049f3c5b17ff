// Collations and text search parsers, templates, dictionaries and configurations (and, later, extended statistics
// and rules) as DDL text (generic_queries.h), written from the catalog as pg_dump writes them.
#include "introspect/catalog_sql.h"
#include "introspect/generic_queries.h"

namespace schemaplan::introspect::generic_parts {
namespace {

using namespace sql_fragments;

/// `CREATE COLLATION s.c (provider = icu, deterministic = false, locale = '...')` as pg_dump 15 writes it: the
/// provider always, deterministic only when false, one locale when LC_COLLATE and LC_CTYPE are the same (an ICU
/// collation has only its ICU locale). collversion is left out: the server records its library's version when
/// it creates the collation, so it is no part of the desired schema (parser/transform_collation.cpp).
std::string collations() {
  return "SELECT 'collation'::text, n.nspname::text, co.collname::text, ''::text, ''::text,\n"
         "  ARRAY['CREATE COLLATION ' || " + qualified("n.nspname", "co.collname") +
         " || ' (provider = ' || CASE co.collprovider WHEN 'i' THEN 'icu' WHEN 'c' THEN 'libc' ELSE 'default' END\n"
         "    || CASE WHEN co.collisdeterministic THEN '' ELSE ', deterministic = false' END\n"
         "    || CASE WHEN co.collprovider = 'i' THEN ', locale = ' || quote_literal(co.colliculocale)\n"
         "            WHEN co.collcollate = co.collctype THEN ', locale = ' || quote_literal(co.collcollate)\n"
         "            ELSE ', lc_collate = ' || quote_literal(co.collcollate) || ', lc_ctype = ' || quote_literal(co.collctype) END\n"
         "    || ')'],\n"
         "  " + comment_of("co.oid", "pg_collation") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_collation") + " AND d.objid = co.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_collation co\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_collation", "co.oid");
}

/// `CREATE TEXT SEARCH PARSER s.p (START = f, GETTOKEN = f, END = f[, HEADLINE = f], LEXTYPES = f)`, functions as
/// regproc prints them (pg_catalog's bare), as pg_dump writes it (parser/transform_text_search.cpp).
std::string ts_parsers() {
  return "SELECT 'text search parser'::text, n.nspname::text, p.prsname::text, ''::text, ''::text,\n"
         "  ARRAY['CREATE TEXT SEARCH PARSER ' || " + qualified("n.nspname", "p.prsname") +
         " || ' (START = ' || p.prsstart::pg_catalog.regproc::text\n"
         "    || ', GETTOKEN = ' || p.prstoken::pg_catalog.regproc::text || ', END = ' || p.prsend::pg_catalog.regproc::text\n"
         "    || CASE WHEN p.prsheadline <> 0 THEN ', HEADLINE = ' || p.prsheadline::pg_catalog.regproc::text ELSE '' END\n"
         "    || ', LEXTYPES = ' || p.prslextype::pg_catalog.regproc::text || ')'],\n"
         "  " + comment_of("p.oid", "pg_ts_parser") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_ts_parser") + " AND d.objid = p.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_ts_parser p\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_ts_parser", "p.oid");
}

/// `CREATE TEXT SEARCH TEMPLATE s.t ([INIT = f, ]LEXIZE = f)`.
std::string ts_templates() {
  return "SELECT 'text search template'::text, n.nspname::text, t.tmplname::text, ''::text, ''::text,\n"
         "  ARRAY['CREATE TEXT SEARCH TEMPLATE ' || " + qualified("n.nspname", "t.tmplname") + " || ' ('\n"
         "    || CASE WHEN t.tmplinit <> 0 THEN 'INIT = ' || t.tmplinit::pg_catalog.regproc::text || ', ' ELSE '' END\n"
         "    || 'LEXIZE = ' || t.tmpllexize::pg_catalog.regproc::text || ')'],\n"
         "  " + comment_of("t.oid", "pg_ts_template") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_ts_template") + " AND d.objid = t.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_ts_template t\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_ts_template", "t.oid");
}

/// `CREATE TEXT SEARCH DICTIONARY s.d (TEMPLATE = s.t[, name = value ...])`: the template always qualified, the
/// options as dictinitoption holds them, which is how pg_dump writes them (serialize_deflist(): `name = value, ...`
/// in the order given, names quoted as identifiers, values bare numbers or quoted literals).
std::string ts_dictionaries() {
  return "SELECT 'text search dictionary'::text, n.nspname::text, dt.dictname::text, ''::text, ''::text,\n"
         "  ARRAY['CREATE TEXT SEARCH DICTIONARY ' || " + qualified("n.nspname", "dt.dictname") +
         " || ' (TEMPLATE = ' || " + qualified("tn.nspname", "t.tmplname") + "\n"
         "    || COALESCE(', ' || dt.dictinitoption, '') || ')'],\n"
         "  " + comment_of("dt.oid", "pg_ts_dict") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_ts_dict") + " AND d.objid = dt.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_ts_dict dt\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = dt.dictnamespace\n"
         "JOIN pg_catalog.pg_ts_template t ON t.oid = dt.dicttemplate\n"
         "JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_ts_dict", "dt.oid");
}

/// `CREATE TEXT SEARCH CONFIGURATION s.c (PARSER = s.p)`, then one `ALTER TEXT SEARCH CONFIGURATION s.c ADD MAPPING
/// FOR token WITH d1, d2` per token type, its dictionaries in their order (regdictionary: pg_catalog's bare), as
/// pg_dump writes it, but sorted by token name rather than number (the parser does not know a custom parser's
/// numbers; the order of the statements means nothing).
std::string ts_configurations() {
  const std::string name = qualified("n.nspname", "c.cfgname");
  return "SELECT 'text search configuration'::text, n.nspname::text, c.cfgname::text, ''::text, ''::text,\n"
         "  ARRAY['CREATE TEXT SEARCH CONFIGURATION ' || " + name + " || ' (PARSER = ' || " + qualified("pn.nspname", "p.prsname") + " || ')']\n"
         "  || ARRAY(SELECT 'ALTER TEXT SEARCH CONFIGURATION ' || " + name + " || ' ADD MAPPING FOR ' || quote_ident(tt.alias)\n"
         "             || ' WITH ' || string_agg(m.mapdict::pg_catalog.regdictionary::text, ', ' ORDER BY m.mapseqno)\n"
         "           FROM pg_catalog.pg_ts_config_map m\n"
         "           JOIN pg_catalog.ts_token_type(c.cfgparser) tt ON tt.tokid = m.maptokentype\n"
         "           WHERE m.mapcfg = c.oid GROUP BY tt.alias ORDER BY tt.alias COLLATE \"C\"),\n"
         "  " + comment_of("c.oid", "pg_ts_config") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_ts_config") + " AND d.objid = c.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_ts_config c\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace\n"
         "JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser\n"
         "JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_ts_config", "c.oid");
}

}  // namespace

std::vector<Part> text_and_tables() {
  return {{has_user_rows("pg_collation"), collations()},
          {has_user_rows("pg_ts_parser"), ts_parsers()},
          {has_user_rows("pg_ts_template"), ts_templates()},
          {has_user_rows("pg_ts_dict"), ts_dictionaries()},
          {has_user_rows("pg_ts_config"), ts_configurations()}};
}

}  // namespace schemaplan::introspect::generic_parts
