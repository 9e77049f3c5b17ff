#pragma once
/// The parts of queries::generics(), one SELECT per kind kept as DDL text (model/generic.h), each yielding the
/// columns: kind (kind_name() of its ObjectKind; "range type" for a range), schema, name, parent, signature,
/// statements (text[]: the CREATE, then what completes it), comment, dep_rows (the ctids of the pg_depend rows its
/// dependencies come from: sql_fragments::dependency_row_ids()), more_deps (quadruples pg_depend does not give,
/// appended to those). They write each statement from the
/// catalog's columns the way pg_dump does, every name qualified (the queries run with search_path = ''), so
/// that two databases holding the same object print the same text. Internal to introspect/.
#include <string>
#include <vector>

namespace schemaplan::introspect::generic_parts {

/// One kind's SELECT and when it can yield a row at all.
struct Part {
  /// SQL boolean, false only when the kind's catalog holds no object created after initdb
  /// (sql_fragments::has_user_rows()): the part is then left out of the query (queries::generics(census)).
  std::string present;
  std::string sql;
};

/// Every part below, in the order queries::generics() joins them.
std::vector<Part> all();
/// Aggregates, operators, operator classes and families, casts, conversions, access methods, procedural
/// languages (generic_routines_query.cpp).
std::vector<Part> routines();
/// Collations, text search parsers, templates, dictionaries and configurations, extended statistics, rules
/// (generic_text_query.cpp).
std::vector<Part> text_and_tables();
/// Extended statistics and rules (generic_stats_rules_query.cpp).
std::vector<Part> statistics_and_rules();
/// Foreign data wrappers, servers and user mappings, publications, event triggers, range types
/// (generic_external_query.cpp).
std::vector<Part> external();

}  // namespace schemaplan::introspect::generic_parts
