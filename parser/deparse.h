#pragma once
/// Canonical text of expressions, constraint definitions and index definitions: libpg_query's deparse of
/// a normalised tree, so that two spellings of the same thing (parentheses, keyword case, `int` vs
/// `integer`, column vs table constraint) print alike.
#include <string>
#include <string_view>
#include <vector>

#include "model/object_id.h"
#include "parser/deparse_cache.h"
#include "parser/pg_tree.h"
#include "parser/type_names.h"

namespace schemaplan::parser {

/// Signature of a reference recorded by name only (a function call, a table a body reads), resolved against
/// the whole catalog once every statement is applied (Transformer::resolve_routine_refs()).
inline constexpr const char* kUnresolvedRef = "*";

/// What an expression refers to, collected while canonicalising it.
struct ExprRefs {
  std::vector<std::string> columns;  ///< distinct column names, in order of first use
  std::vector<ObjectId> deps;        ///< user types it casts to, sequences named in nextval()
};

/// Adds the operator an expression `a` applies (`x < y`, `x = ANY (...)`, `x OPERATOR(s.<) y`) to `deps` as a
/// reference by name (kUnresolvedRef), unless it is pg_catalog's: it stands for every user operator of that
/// name (the parser does not know the operand types), as PostgreSQL records the one it picks.
void add_operator_ref(std::vector<ObjectId>& deps, const PgQuery__AExpr* a);

/// Adds the text search configuration or dictionary that `m` names, when it is a `'name'::regconfig` /
/// `'name'::regdictionary` constant or a call such as `to_tsvector('name', ...)` whose first argument is one
/// (PostgreSQL records it in pg_depend), to `deps` as a reference by name (kUnresolvedRef); none for pg_catalog's.
void add_text_search_ref(std::vector<ObjectId>& deps, ProtobufCMessage* m);

/// True for NULL and NULL::type: a DEFAULT NULL is no default at all.
bool is_null_constant(const Node* n);

/// Parses the text of a regclass literal (`x`, `s.x`, `"S"."X"`) like PostgreSQL's stringToQualifiedNameList:
/// unquoted parts fold to lower case, long parts are truncated. Returns {schema ("public" when absent), name};
/// throws TreeError on malformed text.
std::pair<std::string, std::string> parse_qualified_name(std::string_view text, int location);

/// Canonical texts for one parse() call. Trees are normalised in place (they live in `arena`); `types` says
/// where unqualified type names resolve.
class Deparser {
 public:
  /// `fold_literal_casts`: drop casts PostgreSQL would add itself (see ParseOptions in parser.h).
  Deparser(TreeArena& arena, const TypeScope& types, bool fold_literal_casts = true)
      : arena_(arena), types_(types), fold_literal_casts_(fold_literal_casts) {}

  /// Normalises `expr` in place (see canonical_expr()).
  void normalise_expr(Node* expr, ExprRefs* refs = nullptr, std::string_view table = {});
  /// Normalises `expr` in place and returns its deparse. Normalising: type names spelled one way (see
  /// canonicalise_type_name), `nextval('x')` -> `nextval('public.x'::regclass)`, `pg_catalog.f(...)` ->
  /// `f(...)`, and column references qualified with `table` lose the qualifier. `refs` (optional) receives
  /// what the expression uses.
  std::string canonical_expr(Node* expr, ExprRefs* refs = nullptr, std::string_view table = {});
  /// canonical_expr() for a column default: also drops a cast of a literal to exactly the column's type.
  /// `DEFAULT NULL` stays "NULL" (model/normalize() decides, as PostgreSQL does, whether it is stored).
  std::string canonical_default(Node* expr, const std::string& column_type, ExprRefs* refs);
  /// `nextval('<schema>.<sequence>'::regclass)` exactly as canonical_expr() prints a nextval() call.
  std::string nextval_expr(const std::string& schema, const std::string& sequence);
  /// The definition of a table constraint as it follows `ADD CONSTRAINT name`, e.g. `PRIMARY KEY (id)` or
  /// `FOREIGN KEY (a) REFERENCES public.t (id) ON DELETE CASCADE`. The constraint node must be in table form
  /// (keys / fk_attrs filled); it is normalised in place (FK target schema-qualified, CHECK expression
  /// canonicalised, `validated` decides NOT VALID). `refs` receives a CHECK's columns and dependencies.
  std::string constraint_definition(PgQuery__Constraint* c, bool validated, std::string_view table, ExprRefs* refs);
  /// One index column: `name`, `lower(email)`, `(a + b)`, with COLLATE, operator class and non-default
  /// ordering. Column names used are added to `refs`.
  std::string index_elem_sql(PgQuery__IndexElem* e, std::string_view table, ExprRefs* refs);
  /// An index definition from `USING` to the end: `USING btree (lower(email)) INCLUDE (id) WHERE (...)`.
  /// `refs` receives the columns used anywhere in it.
  std::string index_definition(PgQuery__IndexStmt* s, std::string_view table, ExprRefs* refs);
  /// Normalises a view's query (a SelectStmt node) in place, as normalise_expr() does but keeping every cast
  /// as written (a view's column types come from them), and returns its deparse (deparse_view.cpp).
  /// Relation names are the caller's to qualify first.
  std::string view_query(Node* select, ExprRefs* refs);
  /// The deparse of `root` as it stands (no normalising): a whole statement, or else an expression.
  std::string print(Node* root, bool statement);

 private:
  std::string exclusion_definition(PgQuery__Constraint* c, std::string_view table, ExprRefs* refs);
  void canonicalise_func_call(PgQuery__FuncCall* f, ExprRefs* refs);
  /// A COLLATE clause's name (`*names`, `*n`): an unqualified collation the files create in public gets its
  /// schema (collation_ref()), and a collation that is not PostgreSQL's own is added to `refs`.
  void canonicalise_collation(Node*** names, size_t* n, ExprRefs* refs);
  /// Rewrites comparisons in place into one form per meaning, so that pg_dump's spelling and a person's compare
  /// equal offline: `x IN (v)` -> `x = v`; an IN list of literals stays an IN list and pg_dump's
  /// `x = ANY (ARRAY[literals])` / `x <> ALL (ARRAY[...])` become `x IN (...)` / `x NOT IN (...)` (valid SQL once
  /// the literals' casts are folded, whatever x's type); other IN lists become `x = ANY (ARRAY[...])`;
  /// `x BETWEEN a AND b` -> `x >= a AND x <= b`, `x NOT BETWEEN a AND b` -> `x < a OR x > b`.
  void expand_as_stored(Node* n);
  Node* binary_op(const char* op, Node* left, Node* right);
  /// A string literal cast to a user or extension type (an enum value beside an enum column).
  bool user_type_literal(const PgQuery__TypeCast* tc) const;
  Node* regclass_literal(const std::string& schema, const std::string& name);

  TreeArena& arena_;
  const TypeScope& types_;
  bool fold_literal_casts_;
  DeparseCache printed_;  // every deparse of a normalised tree goes through it
};

/// The value of one storage parameter (`WITH (name = value)`) as pg_class.reloptions stores it: a bare
/// name means `true`, numbers and words print as written.
std::string storage_option_value(const PgQuery__DefElem* d);

}  // namespace schemaplan::parser
