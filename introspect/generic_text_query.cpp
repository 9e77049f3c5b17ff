// Collations (and, later, text search objects, extended statistics and rules) as DDL text (generic_queries.h),
// written from the catalog as pg_dump writes them.
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
         "  " + deps("d.classid = " + regclass("pg_collation") + " AND d.objid = co.oid") + "\n"
         "FROM pg_catalog.pg_collation co\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_collation", "co.oid");
}

}  // namespace

std::vector<std::string> text_and_tables() { return {collations()}; }

}  // namespace schemaplan::introspect::generic_parts
