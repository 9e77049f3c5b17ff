#pragma once
/// Type names as PostgreSQL's format_type() prints them with search_path = '' (the model's canonical
/// column type), and the canonical spelling of type names inside expressions.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "parser/pg_tree.h"

namespace schemaplan::parser {

/// True when `name` is a (non-array) type of PostgreSQL 15's pg_catalog.
bool is_builtin_type(std::string_view name);

/// Where unqualified non-built-in type names resolve. Extension types live in their extension's schema
/// (public unless CREATE EXTENSION said WITH SCHEMA); every other name is taken to be in public, the
/// default search_path.
class TypeScope {
 public:
  /// Notes that `extension` is installed in `schema`, which is where the types it is known to provide live.
  void add_extension(const std::string& extension, const std::string& schema);
  /// The schema an unqualified non-built-in type name means.
  std::string schema_of(const std::string& type) const;
  /// Notes that the files create collation `name` in `schema` (Transformer::prepare(), before any statement is
  /// transformed, so that a COLLATE clause may come before the CREATE COLLATION it names).
  void add_collation(const std::string& schema, const std::string& name);
  /// Whether the files create collation `schema`.`name`.
  bool has_collation(const std::string& schema, const std::string& name) const;
  /// Notes that the files create a function called `name` in some schema (Transformer::prepare()): a call of that
  /// name may mean it rather than pg_catalog's (Deparser: `to_tsvector('english', ...)`).
  void add_function(const std::string& name) { functions_.insert(name); }
  bool has_function(const std::string& name) const { return functions_.count(name) > 0; }

 private:
  std::map<std::string, std::string> schemas_;  // type name -> schema
  std::set<std::pair<std::string, std::string>> collations_;  // (schema, name) the files create
  std::set<std::string> functions_;  // names of functions the files create
};

/// The types a known extension creates (citext, hstore, vector, postgis ...); empty when unknown.
std::vector<std::string_view> extension_types(std::string_view extension);

/// A column type resolved to its canonical text.
struct ResolvedType {
  std::string text;     ///< format_type() text, e.g. `character varying(20)[]`, `public.mood`
  bool builtin = true;  ///< false: a user or extension type, which the column depends on
  std::string schema;   ///< schema of a non-built-in element type
  std::string name;     ///< the element type's name (unqualified)
  bool is_array = false;
};

/// Resolves a TypeName as format_type() would print the column's type; `scope` places unqualified
/// non-built-in names. Throws TreeError for type names a column cannot have (`%TYPE`, `SETOF`, type
/// modifiers the type does not accept).
ResolvedType resolve_type(const PgQuery__TypeName* t, const TypeScope& scope);

/// For serial / bigserial / smallserial (and serial2/4/8): the integer type the column gets.
std::optional<std::string> serial_type(const PgQuery__TypeName* t);

/// A column's COLLATE clause as the model stores it: qualified (`pg_catalog."C"`, `public.ci`), "" for
/// "default". An unqualified name is found as PostgreSQL finds it with the default search_path: in pg_catalog,
/// unless the files create a collation of that name in public (`scope`) and it is none of the collations every
/// server has ("C", "POSIX", "ucs_basic").
std::string collation_name(const std::vector<std::string>& parts, const TypeScope& scope);
/// The collation a COLLATE clause names as {schema, name}; the schema is pg_catalog for a built-in one
/// (see collation_name()).
std::pair<std::string, std::string> collation_ref(const std::vector<std::string>& parts, const TypeScope& scope);

/// Rewrites a TypeName inside an expression so that equivalent spellings deparse alike: `int4`, `int` and
/// `integer` all become pg_catalog.int4 (printed `int`), `pg_catalog.text` becomes `text`, and unqualified
/// user types get their schema from `scope`. Returns the user type it names, if any (for dependencies).
std::optional<std::pair<std::string, std::string>> canonicalise_type_name(TreeArena& arena, PgQuery__TypeName* t,
                                                                         const TypeScope& scope);

}  // namespace schemaplan::parser
