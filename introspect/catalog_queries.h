#pragma once
/// The catalog SQL, one bulk query per object kind, each covering every user schema at once. Column names
/// of each result are the contract with the matching reader in read_*.cpp.
///
/// All queries run after `set_config('search_path', '', true)` so that format_type(), pg_get_expr(),
/// pg_get_constraintdef() and pg_get_indexdef() qualify every name outside pg_catalog (as pg_dump does).
#include <functional>
#include <string>

namespace schemaplan::introspect::queries {

/// Makes the server qualify names (transaction-local: execute() later must see the user's search_path).
std::string set_search_path();
/// name, comment
std::string schemas();
/// name, schema, version, comment, requires (text[] of extension names)
std::string extensions();
/// schema, name, labels (text[] in enumsortorder), comment
std::string enums();
/// schema, name, data_type, start, increment, min_value, max_value, cache, cycle, owned_by_table,
/// owned_by_column, comment
std::string sequences();
/// oid, schema, name, unlogged, comment, row_security, force_row_security, est_rows, partition_key,
/// parent_schema, parent_name, partition_bound, inherits, options, toast_options, replica_identity
std::string tables();
/// name, type, not_null, default_expr, generated, identity, identity_options (an identity column's sequence's
/// type, start, increment, min, max, cache, cycle as a text[]), collation, comment, statistics, storage (only
/// when not the type's), compression, options, rel (its table's OID) and number (for Dependencies too: its type,
/// collation, ...), default_oid (its pg_attrdef row: what the default or generation expression uses); in no
/// order.
std::string columns();
/// of ('c' a relation or its column, 'd' a default, 'k' a constraint), objid, objsubid, refclassid, refobjid: the
/// pg_depend rows behind the columns', constraints' and indexes' dependency lists; then, with of 'r', each object
/// they refer to once: refclassid, refobjid, k, s, n, sig (as deps() names it). For Dependencies.
std::string dependencies();
/// rel, number, name: the columns of every table and materialized view (and tableoid, which a CHECK
/// constraint's conkey may hold), one row each, in no order, for RelationColumns.
std::string relation_columns();
/// name, type, definition (pg_get_constraintdef() of a CHECK or EXCLUDE; NULL for the others, whose text the
/// reader writes from include_numbers, nulls_not_distinct, match_type, on_update, on_delete, delete_set_numbers and
/// the fields below), rel, key_numbers, used_numbers (CHECK, EXCLUDE: what the expressions use), ref_schema,
/// ref_table, ref_rel, ref_numbers, deferrable, deferred, validated, comment, clustered, replica_identity,
/// index_statistics (of a key's index), oid, index_oid (a key's or EXCLUDE's index); in no order.
/// `server_version` (server_version_num): PostgreSQL 15 added NULLS NOT DISTINCT and ON DELETE SET NULL (cols).
std::string constraints(int server_version);
/// schema, name, table_name, is_unique, definition (NULL if the printed prefix was not the expected one),
/// full_definition, rel, key_numbers, used_numbers (what expressions and predicate use), comment, clustered,
/// replica_identity, index_statistics (text[] of (column number, target) pairs), oid; in no order. `server_version` (server_version_num): PostgreSQL 15 added NULLS NOT DISTINCT.
std::string indexes(int server_version);
/// schema, name, signature, kind, arguments, result, returns_set, language, body, sql_body, volatility, strict,
/// security_definer, leakproof, parallel, cost, rows, config, args ((mode, name, type) triples), n_defaults,
/// comment, deps (routine_queries.cpp)
std::string functions();
/// schema, table_name, name, definition, function_schema, function_name, columns, enabled, comment, deps
std::string triggers();
/// what: one printable line per object the model does not cover
std::string unsupported();
/// schema, name, materialized, query, column_names, column_types, options, populated, comment, deps,
/// relations (views_query.cpp)
std::string views();

/// schema, name, base_type, collation, not_null, default_expr, comment, constraint_names,
/// constraint_definitions, constraint_validated, constraint_comments (parallel arrays by name), deps
/// (read_user_types.cpp)
std::string domains();
/// schema, name, comment, attribute_names, attribute_types, attribute_collations, attribute_comments
/// (parallel arrays in attribute order), deps (read_user_types.cpp)
std::string composites();
/// schema, table_name, name, permissive, command (polcmd letter), roles (text[], "PUBLIC"), using_expr,
/// check_expr, columns, comment, deps
std::string policies();
/// key, kind (r S c n T f), schema, name, parent, signature, grantee, privileges, grantable, revoked: per object
/// and grantee, the privileges beyond the defaults and the defaults taken away (owner left out)
std::string grants();
/// the same for pg_default_acl: kind = objtype, name = the role, schema ("" = every schema)
std::string default_privileges();
/// kind (n S T r), schema, name, owner: owners of schemas, tables, sequences and enums other than the
/// connecting role
std::string owners();

/// kind (an ObjectKind name as kind_name() prints it, "range type" for ObjectKind::Type), schema, name, parent,
/// signature, statements (text[]: the CREATE and what completes it), comment, deps: every object kept as DDL
/// text (model/generic.h), one UNION ALL part per kind (generic_queries.cpp)
std::string generics();
/// generics() without the kinds whose presence test (generic_parts::Part::present) `present` says is false.
std::string generics(const std::function<bool(const std::string&)>& present);

// `deps` columns are a flat text[] of quadruples (kind letter, schema, name, signature) with kind
// E = extension, S = sequence, F = function, T = type, R = table (its row type). See
// sql_fragments::deps() and decode_deps() in catalog_reader.h.

}  // namespace schemaplan::introspect::queries
