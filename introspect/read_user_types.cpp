// Domains (with their CHECK constraints) and composite types (with their attributes): one query each, the
// constraints and attributes folded into parallel arrays so that a type costs no query of its own.
#include <stdexcept>

#include "introspect/catalog_queries.h"
#include "introspect/catalog_reader.h"
#include "introspect/stored_expression.h"
#include "introspect/catalog_sql.h"

namespace schemaplan::introspect {

namespace queries {

using namespace sql_fragments;

std::string domains() {
  const std::string pg_type = regclass("pg_type");
  const std::string pg_constraint = regclass("pg_constraint");
  // The constraints of domain t, by name, projecting `expr` (k is the pg_constraint row).
  auto per_constraint = [](const std::string& expr) {
    return "ARRAY(SELECT " + expr + " FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'"
           " ORDER BY k.conname)";
  };
  return "SELECT n.nspname AS schema, t.typname AS name, format_type(t.typbasetype, t.typtypmod) AS base_type,\n"
         "  CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation\n"
         "       THEN " + qualified("con.nspname", "co.collname") + " END AS collation,\n"
         "  t.typnotnull AS not_null, pg_get_expr(t.typdefaultbin, 0) AS default_expr,\n"
         "  " + comment_of("t.oid", "pg_type") + " AS comment,\n"
         "  " + per_constraint("k.conname::text") + " AS constraint_names,\n"
         "  " + per_constraint("pg_get_constraintdef(k.oid)") + " AS constraint_definitions,\n"
         "  " + per_constraint("k.convalidated::text") + " AS constraint_validated,\n"
         "  " + per_constraint("COALESCE(" + comment_of("k.oid", "pg_constraint") + ", '')") + " AS constraint_comments,\n"
         // The base type, and what the constraints' expressions use.
         "  " + deps("(d.classid = " + pg_type + " AND d.objid = t.oid) OR (d.classid = " + pg_constraint +
                     " AND d.objid IN (SELECT k.oid FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid))") +
         " AS deps\n"
         "FROM pg_catalog.pg_type t\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n"
         "JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype\n"
         "LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation\n"
         "LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace\n"
         "WHERE t.typtype = 'd' AND " + user_schema("n") + " AND " + not_extension_member("pg_type", "t.oid") +
         "\nORDER BY 1, 2";
}

std::string composites() {
  const std::string pg_class = regclass("pg_class");
  auto per_attribute = [](const std::string& expr) {
    return "ARRAY(SELECT " + expr +
           " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type at ON at.oid = a.atttypid"
           " LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation"
           " LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace"
           " WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)";
  };
  return "SELECT n.nspname AS schema, t.typname AS name, " + comment_of("t.oid", "pg_type") + " AS comment,\n"
         "  " + per_attribute("a.attname::text") + " AS attribute_names,\n"
         "  " + per_attribute("format_type(a.atttypid, a.atttypmod)") + " AS attribute_types,\n"
         "  " + per_attribute("CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation THEN " +
                              qualified("con.nspname", "co.collname") + " ELSE '' END") +
         " AS attribute_collations,\n"
         "  " + per_attribute("COALESCE(col_description(t.typrelid, a.attnum), '')") + " AS attribute_comments,\n"
         "  " + deps("d.classid = " + pg_class + " AND d.objid = t.typrelid") + " AS deps\n"
         "FROM pg_catalog.pg_type t\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n"
         "JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'\n"
         "WHERE t.typtype = 'c' AND " + user_schema("n") + " AND " + not_extension_member("pg_type", "t.oid") +
         "\nORDER BY 1, 2";
}

}  // namespace queries

namespace {

std::optional<std::string> nonempty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

template <class T>
void same_length(const std::vector<T>& a, size_t n, const std::string& what) {
  if (a.size() != n) throw std::logic_error("arrays of different lengths in the " + what + " query");
}

}  // namespace

void read_domains(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    Domain d;
    d.schema = r.text("schema");
    d.name = r.text("name");
    d.base_type = r.text("base_type");
    d.collation = r.text("collation");
    d.not_null = r.flag("not_null");
    d.default_expr = reloaded(r.optional_text("default_expr"));
    d.comment = r.optional_text("comment");
    d.meta.deps = decode_deps(r.list("deps"));
    auto names = r.list("constraint_names");
    auto defs = r.list("constraint_definitions");
    auto validated = r.list("constraint_validated");
    auto comments = r.list("constraint_comments");
    same_length(defs, names.size(), "domains");
    same_length(validated, names.size(), "domains");
    same_length(comments, names.size(), "domains");
    for (size_t i = 0; i < names.size(); ++i)
      d.constraints.push_back(DomainConstraint{names[i], as_reloaded(defs[i]), validated[i] == "true", nonempty(comments[i]), {}});
    catalog.domains.push_back(std::move(d));
  });
}

void read_composites(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    CompositeType t;
    t.schema = r.text("schema");
    t.name = r.text("name");
    t.comment = r.optional_text("comment");
    t.meta.deps = decode_deps(r.list("deps"));
    auto names = r.list("attribute_names");
    auto types = r.list("attribute_types");
    auto collations = r.list("attribute_collations");
    auto comments = r.list("attribute_comments");
    same_length(types, names.size(), "composites");
    same_length(collations, names.size(), "composites");
    same_length(comments, names.size(), "composites");
    for (size_t i = 0; i < names.size(); ++i)
      t.attributes.push_back(CompositeAttribute{names[i], types[i], collations[i], nonempty(comments[i]), {}});
    catalog.composites.push_back(std::move(t));
  });
}

}  // namespace schemaplan::introspect
