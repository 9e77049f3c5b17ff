#pragma once
/// Canonical text of expressions, constraint definitions and index definitions: libpg_query's deparse of
/// a normalised tree, so that two spellings of the same thing (parentheses, keyword case, `int` vs
/// `integer`, column vs table constraint) print alike.
#include <string>
#include <string_view>
#include <vector>

#include "model/object_id.h"
#include "parser/pg_tree.h"

namespace schemaplan::parser {

/// What an expression refers to, collected while canonicalising it.
struct ExprRefs {
  std::vector<std::string> columns;  ///< distinct column names, in order of first use
  std::vector<ObjectId> deps;        ///< user types it casts to, sequences named in nextval()
};

/// Normalises `expr` in place (see canonical_expr()).
void normalise_expr(TreeArena& arena, Node* expr, ExprRefs* refs = nullptr, std::string_view table = {});

/// Normalises `expr` in place and returns its deparse. Normalising: type names spelled one way (see
/// canonicalise_type_name), `nextval('x')` -> `nextval('public.x'::regclass)`, `pg_catalog.f(...)` -> `f(...)`,
/// and column references qualified with `table` lose the qualifier. `refs` (optional) receives what the
/// expression uses.
std::string canonical_expr(TreeArena& arena, Node* expr, ExprRefs* refs = nullptr, std::string_view table = {});

/// True for NULL and NULL::type: a DEFAULT NULL is no default at all.
bool is_null_constant(const Node* n);

/// `nextval('<schema>.<sequence>'::regclass)` exactly as canonical_expr() prints a nextval() call.
std::string nextval_expr(TreeArena& arena, const std::string& schema, const std::string& sequence);

/// Parses the text of a regclass literal (`x`, `s.x`, `"S"."X"`) like PostgreSQL's stringToQualifiedNameList:
/// unquoted parts fold to lower case, long parts are truncated. Returns {schema ("public" when absent), name};
/// throws TreeError on malformed text.
std::pair<std::string, std::string> parse_qualified_name(std::string_view text, int location);

/// The definition of a table constraint as it follows `ADD CONSTRAINT name`, e.g. `PRIMARY KEY (id)` or
/// `FOREIGN KEY (a) REFERENCES public.t (id) ON DELETE CASCADE`. The constraint node must be in table form
/// (keys / fk_attrs filled); it is normalised in place (FK target schema-qualified, CHECK expression
/// canonicalised, `validated` decides NOT VALID). `refs` receives a CHECK's columns and dependencies.
std::string constraint_definition(TreeArena& arena, PgQuery__Constraint* c, bool validated, std::string_view table,
                                  ExprRefs* refs);

/// One index column: `name`, `lower(email)`, `(a + b)`, with COLLATE, operator class and non-default
/// ordering. Column names used are added to `refs`.
std::string index_elem_sql(TreeArena& arena, PgQuery__IndexElem* e, std::string_view table, ExprRefs* refs);

/// An index definition from `USING` to the end: `USING btree (lower(email)) INCLUDE (id) WHERE (...)`.
/// `refs` receives the columns used anywhere in it.
std::string index_definition(TreeArena& arena, PgQuery__IndexStmt* s, std::string_view table, ExprRefs* refs);

}  // namespace schemaplan::parser
