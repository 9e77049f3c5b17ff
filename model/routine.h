#pragma once
/// Functions, procedures and triggers. Include model/model.h, not this file: model.h includes it once Meta is
/// defined. See the canonical forms described in model.h.
///
/// Texts that PostgreSQL rewrites (argument defaults, result types, trigger definitions) are each producer's
/// own canonical print: the parser's deparse on the SQL side, pg_get_function_arguments(),
/// pg_get_function_result() and pg_get_triggerdef() with `search_path = ''` on the database side. As
/// everywhere else, a parsed object is only compared with another parsed one.
#include <optional>
#include <string>
#include <vector>

#include "model/object_id.h"

namespace schemaplan {

/// One declared argument of a function or procedure.
struct FunctionArg {
  char mode = 'i';   ///< proargmodes: i (IN), o (OUT), b (INOUT), v (VARIADIC), t (a RETURNS TABLE column)
  std::string name;  ///< empty when unnamed
  std::string type;  ///< format_type() without type modifiers (PostgreSQL drops them on arguments)
  bool has_default = false;
  bool operator==(const FunctionArg&) const = default;
};

/// A function (prokind 'f') or procedure ('p'). Identity: schema, name and `signature`, the types of the
/// arguments that select the overload, as oidvectortypes(proargtypes) prints them (`integer, text`; for a
/// procedure OUT arguments count too, as in PostgreSQL 14+).
struct Function {
  std::string schema;
  std::string name;
  std::string signature;
  char kind = 'f';  ///< 'f' function, 'p' procedure
  std::vector<FunctionArg> args;
  /// The argument list as it goes between the parentheses of CREATE FUNCTION, defaults included (TABLE
  /// columns excluded: they are part of `result`).
  std::string arguments;
  /// What follows RETURNS: `integer`, `SETOF text`, `TABLE(a integer, b text)`; empty for a procedure.
  std::string result;
  bool returns_set = false;
  std::string language;  ///< lanname: sql, plpgsql, ...
  /// The body as PostgreSQL stores it (prosrc) for `AS '...'`; for an SQL-standard body (`sql_body` true) the
  /// `RETURN expr` or `BEGIN ATOMIC ... END` text.
  std::string body;
  bool sql_body = false;
  char volatility = 'v';   ///< i, s, v
  bool strict = false;     ///< STRICT / RETURNS NULL ON NULL INPUT
  bool security_definer = false;
  bool leakproof = false;
  char parallel = 'u';     ///< s, r, u
  double cost = 100;       ///< procost (PostgreSQL's default filled in: 1 for C/internal, else 100)
  double rows = 0;         ///< prorows (1000 for a set-returning function unless stated, else 0)
  /// SET clauses, each `name TO value` with the value quoted as pg_get_functiondef() writes it, sorted.
  std::vector<std::string> config;
  std::optional<std::string> comment;
  Meta meta;  ///< deps: argument and result types, and what an SQL body uses
  bool operator==(const Function&) const = default;
  ObjectId id() const { return {ObjectKind::Function, schema, name, "", signature}; }
};

/// A trigger on a table. Identity: schema, table and name.
struct Trigger {
  std::string schema;
  std::string table;
  std::string name;
  /// The whole CREATE [CONSTRAINT] TRIGGER statement (pg_get_triggerdef() on the database side).
  std::string definition;
  std::string function_schema;  ///< the trigger function (trigger functions take no declared arguments)
  std::string function_name;
  std::vector<std::string> columns;  ///< columns it uses: UPDATE OF and WHEN (for dependencies)
  /// tgenabled: 'O' enabled (origin and local), 'D' disabled, 'R' replica only, 'A' always.
  char enabled = 'O';
  std::optional<std::string> comment;
  Meta meta;  ///< deps: the function, and types or functions the WHEN condition uses
  bool operator==(const Trigger&) const = default;
  ObjectId id() const { return {ObjectKind::Trigger, schema, name, table, ""}; }
};

}  // namespace schemaplan
