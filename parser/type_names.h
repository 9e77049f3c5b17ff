#pragma once
/// Type names as PostgreSQL's format_type() prints them with search_path = '' (the model's canonical
/// column type), and the canonical spelling of type names inside expressions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/pg_tree.h"

namespace schemaplan::parser {

/// True when `name` is a (non-array) type of PostgreSQL 15's pg_catalog.
bool is_builtin_type(std::string_view name);

/// A column type resolved to its canonical text.
struct ResolvedType {
  std::string text;     ///< format_type() text, e.g. `character varying(20)[]`, `public.mood`
  bool builtin = true;  ///< false: a user or extension type, which the column depends on
  std::string schema;   ///< schema of a non-built-in element type
  std::string name;     ///< the element type's name (unqualified)
  bool is_array = false;
};

/// Resolves a TypeName as format_type() would print the column's type. Unqualified non-built-in types are
/// taken to live in `public` (the default search_path). Throws TreeError for type names a column cannot
/// have (`%TYPE`, `SETOF`, type modifiers the type does not accept).
ResolvedType resolve_type(const PgQuery__TypeName* t);

/// For serial / bigserial / smallserial (and serial2/4/8): the integer type the column gets.
std::optional<std::string> serial_type(const PgQuery__TypeName* t);

/// A column's COLLATE clause as the model stores it: qualified (`pg_catalog."C"`), "" for "default".
std::string collation_name(const std::vector<std::string>& parts);

/// Rewrites a TypeName inside an expression so that equivalent spellings deparse alike: `int4`, `int` and
/// `integer` all become pg_catalog.int4 (printed `int`), `pg_catalog.text` becomes `text`, and unqualified
/// user types get `public.`. Returns the user type it names, if any (for dependencies).
std::optional<std::pair<std::string, std::string>> canonicalise_type_name(TreeArena& arena, PgQuery__TypeName* t);

}  // namespace schemaplan::parser
