#include "parser/deparse.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "model/sql_writer.h"
#include "parser/naming.h"
#include "parser/text_search_builtins.h"
#include "parser/type_names.h"

namespace schemaplan::parser {
namespace {

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

void add_dep(std::vector<ObjectId>& v, ObjectId id) {
  if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(std::move(id));
}

// The sequence a nextval() argument names: 'x' or 'x'::regclass.
const char* nextval_argument(const Node* arg) {
  if (arg && arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) {
    const auto* tc = arg->type_cast;
    auto names = strings(tc->type_name->names, tc->type_name->n_names);
    bool regclass = !names.empty() && names.back() == "regclass" &&
                    (names.size() == 1 || (names.size() == 2 && names[0] == "pg_catalog"));
    if (!regclass || tc->type_name->n_array_bounds > 0) return nullptr;
    arg = tc->arg;
  }
  if (arg && arg->node_case == PG_QUERY__NODE__NODE_A_CONST && arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
    return arg->a_const->sval->sval;
  return nullptr;
}

/// Whether built-in function `name` called with `n_args` arguments takes a text search configuration first
/// (`to_tsvector('english', body)`; not `to_tsvector(body)`, which uses default_text_search_config).
bool takes_configuration(const std::string& name, size_t n_args) {
  if (name == "to_tsvector" || name == "to_tsquery" || name == "plainto_tsquery" || name == "phraseto_tsquery" ||
      name == "websearch_to_tsquery")
    return n_args == 2;
  if (name == "json_to_tsvector" || name == "jsonb_to_tsvector") return n_args == 3;
  return name == "ts_headline" && n_args == 4;
}

void canonicalise_column_ref(PgQuery__ColumnRef* c, ExprRefs* refs, std::string_view table) {
  if (c->n_fields == 0) return;
  auto fields = strings(c->fields, c->n_fields);
  if (fields.size() != c->n_fields) return;  // t.* and the like
  // `t.a` where t is the table itself is just `a` (the only table a CHECK or an index can see).
  if (!table.empty() && c->n_fields == 2 && fields[0] == table) {
    c->fields = c->fields + 1;
    c->n_fields = 1;
    fields.erase(fields.begin());
  }
  // `a.b` with a not the table: field b of composite column a.
  if (refs) add_unique(refs->columns, fields[0]);
}

// Operators in exclusion constraints: `&&`, or `OPERATOR(schema.&&)` when qualified.
std::string operator_sql(const Node* n) {
  auto parts = name_parts(n);
  if (parts.size() == 1) return parts[0];
  std::string out = "OPERATOR(";
  for (size_t i = 0; i + 1 < parts.size(); ++i) out += sql::ident(parts[i]) + ".";
  return out + (parts.empty() ? "" : parts.back()) + ")";
}

std::string qualified_parts(Node* const* items, size_t n) {
  std::string out;
  for (const auto& p : strings(items, n)) {
    if (!out.empty()) out += ".";
    out += sql::ident(p);
  }
  return out;
}

/// Storage parameters as pg_get_indexdef() prints them (flatten_reloptions): `name=value`, the value bare when
/// it is an identifier that needs no quoting and quoted otherwise, so `fillfactor=70` and `fillfactor='70'`
/// print alike.
std::string reloptions(Node* const* items, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
      throw TreeError("unsupported-statement", "unexpected storage parameter");
    const auto* d = items[i]->def_elem;
    std::string value = storage_option_value(d);
    if (i) out += ", ";
    if (d->defnamespace && *d->defnamespace) out += std::string(d->defnamespace) + ".";
    out += std::string(d->defname) + "=" + (sql::ident(value) == value ? value : sql::literal(value));
  }
  return out;
}

/// A cast PostgreSQL would make anyway, or that changes nothing: an untyped literal next to a value takes that
/// value's type, so `'a'::text` means `'a'` and `(0)::numeric` means `0` wherever they are compared or combined.
/// pg_dump writes the casts, people do not; dropping them makes both spellings compare equal offline. Only
/// string literals cast to text-like types and number literals cast to number types qualify.
bool redundant_literal_cast(const PgQuery__TypeCast* tc) {
  const Node* arg = tc->arg;
  if (!arg || arg->node_case != PG_QUERY__NODE__NODE_A_CONST || arg->a_const->isnull) return false;
  const auto* t = tc->type_name;
  if (!t || t->n_typmods || t->n_array_bounds || t->setof || t->pct_type) return false;
  auto names = strings(t->names, t->n_names);
  if (names.empty() || names.size() > 2 || (names.size() == 2 && names[0] != "pg_catalog")) return false;
  const std::string& n = names.back();
  auto kind = arg->a_const->val_case;
  if (kind == PG_QUERY__A__CONST__VAL_SVAL) return n == "text" || n == "varchar" || n == "bpchar";
  if (kind == PG_QUERY__A__CONST__VAL_IVAL || kind == PG_QUERY__A__CONST__VAL_FVAL)
    return n == "numeric" || n == "int4" || n == "int8" || n == "int2" || n == "float8" || n == "float4";
  return false;
}

std::string deferrability(const PgQuery__Constraint* c) {
  std::string out;
  if (c->deferrable || c->initdeferred) out += " DEFERRABLE";
  if (c->initdeferred) out += " INITIALLY DEFERRED";
  return out;
}

/// The text of a string literal cast to regconfig or regdictionary (`configuration` says which), or nullptr.
const char* text_search_literal(const PgQuery__TypeCast* tc, bool& configuration) {
  if (!tc->type_name || !tc->arg || tc->arg->node_case != PG_QUERY__NODE__NODE_A_CONST ||
      tc->arg->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL || tc->type_name->n_array_bounds)
    return nullptr;
  auto names = strings(tc->type_name->names, tc->type_name->n_names);
  if (names.empty() || names.size() > 2 || (names.size() == 2 && names[0] != "pg_catalog")) return nullptr;
  configuration = names.back() == "regconfig";
  if (!configuration && names.back() != "regdictionary") return nullptr;
  return tc->arg->a_const->sval->sval;
}

/// The configuration (or dictionary) the text of a regconfig (regdictionary) constant names, as PostgreSQL finds
/// it with the default search_path: qualified as written, and unqualified in pg_catalog when every server has one
/// of that name (pg_catalog is searched first), else in public. nullopt when the text is no name.
std::optional<std::pair<std::string, std::string>> text_search_name(const std::string& text, bool configuration) {
  std::pair<std::string, std::string> q;
  try {
    q = parse_qualified_name(text, -1);
  } catch (const TreeError&) {
    return std::nullopt;  // PostgreSQL's error when the statement runs
  }
  if (text.find('.') == std::string::npos && (configuration ? builtin_ts_configuration(q.second) : builtin_ts_dictionary(q.second)))
    q.first = "pg_catalog";
  return q;
}

/// The object `text` names as a dependency (by name, resolved by finish()): PostgreSQL records it in pg_depend,
/// so a column, index or view using it is created after it and taken along when it is created again. None for
/// pg_catalog's.
void add_text_search_dep(std::vector<ObjectId>& deps, const std::string& text, bool configuration) {
  auto q = text_search_name(text, configuration);
  if (!q || q->first == "pg_catalog") return;
  add_dep(deps, ObjectId{configuration ? ObjectKind::TextSearchConfiguration : ObjectKind::TextSearchDictionary,
                         q->first, q->second, "", kUnresolvedRef});
}

void add_text_search_cast_ref(std::vector<ObjectId>& deps, const PgQuery__TypeCast* tc) {
  bool configuration = false;
  if (const char* text = text_search_literal(tc, configuration)) add_text_search_dep(deps, text, configuration);
}

/// `'x'::regconfig` (or `::regdictionary`) written as PostgreSQL prints the stored constant with an empty
/// search_path (pg_dump's spelling): pg_catalog's bare, any other qualified (`'english'`, `'public.my_cfg'`).
void canonicalise_text_search_literal(TreeArena& arena, PgQuery__TypeCast* tc) {
  bool configuration = false;
  const char* text = text_search_literal(tc, configuration);
  if (!text) return;
  auto q = text_search_name(text, configuration);
  if (!q) return;
  tc->arg->a_const->sval->sval = arena.str(q->first == "pg_catalog" ? sql::ident(q->second) : sql::qualified(q->first, q->second));
}

}  // namespace

void add_text_search_ref(std::vector<ObjectId>& deps, ProtobufCMessage* m) {
  if (auto* tc = as<PgQuery__TypeCast>(m, pg_query__type_cast__descriptor)) return add_text_search_cast_ref(deps, tc);
  auto* f = as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor);
  if (!f || f->n_args == 0) return;
  auto names = strings(f->funcname, f->n_funcname);
  if (names.empty() || (names.size() == 2 && names[0] != "pg_catalog") || names.size() > 2 ||
      !takes_configuration(names.back(), f->n_args) || !f->args[0] || f->args[0]->node_case != PG_QUERY__NODE__NODE_A_CONST)
    return;
  // The bare literal, which PostgreSQL reads as a regconfig.
  if (f->args[0]->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) add_text_search_dep(deps, f->args[0]->a_const->sval->sval, true);
}

Node* Deparser::regclass_literal(const std::string& schema, const std::string& name) {
  auto* tc = arena_.make<PgQuery__TypeCast>(pg_query__type_cast__descriptor);
  tc->arg = arena_.string_const(sql::qualified(schema, name));
  tc->type_name = arena_.type_name({"regclass"});
  tc->location = -1;
  return arena_.node(tc);
}

void Deparser::canonicalise_func_call(PgQuery__FuncCall* f, ExprRefs* refs) {
  auto names = strings(f->funcname, f->n_funcname);
  // pg_catalog is always searched first, so the prefix changes nothing; SQL-syntax calls (EXTRACT, SUBSTRING
  // ... FROM) keep it because the deparser needs it to print them back in their special syntax.
  if (names.size() == 2 && names[0] == "pg_catalog" && f->funcformat == PG_QUERY__COERCION_FORM__COERCE_EXPLICIT_CALL) {
    f->funcname = f->funcname + 1;
    f->n_funcname = 1;
    names.erase(names.begin());
  }
  // PostgreSQL stores a configuration given as a bare literal as `'english'::regconfig` (pg_dump writes that):
  // both spellings print so. Not when the files make a function of that name: an unknown literal prefers its
  // text parameter (liberapay's `to_tsvector(text, text)`), so the call may be that one.
  if (names.size() == 1 && takes_configuration(names[0], f->n_args) && !types_.has_function(names[0]) && f->args[0] &&
      f->args[0]->node_case == PG_QUERY__NODE__NODE_A_CONST && f->args[0]->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
    auto* tc = arena_.make<PgQuery__TypeCast>(pg_query__type_cast__descriptor);
    tc->arg = f->args[0];
    tc->type_name = arena_.type_name({"regconfig"});
    tc->location = -1;
    f->args[0] = arena_.node(tc);
  }
  // A call of a user function: which overload is decided once all functions are known.
  if (refs && !names.empty() && names.size() <= 2 && !(names.size() == 2 && names[0] == "pg_catalog") &&
      !(names.size() == 1 && names[0] == "nextval"))
    add_dep(refs->deps, ObjectId{ObjectKind::Function, names.size() == 2 ? names[0] : "", names.back(), "", kUnresolvedRef});
  if (names.size() != 1 || names[0] != "nextval" || f->n_args != 1) return;
  const char* text = nextval_argument(f->args[0]);
  if (!text) return;
  auto [schema, name] = parse_qualified_name(text, f->location);
  f->args[0] = regclass_literal(schema, name);
  if (refs) add_dep(refs->deps, ObjectId{ObjectKind::Sequence, schema, name, "", ""});
}

std::string Deparser::exclusion_definition(PgQuery__Constraint* c, std::string_view table, ExprRefs* refs) {
  std::string out = "EXCLUDE USING ";
  out += sql::ident(c->access_method && *c->access_method ? c->access_method : "btree");
  out += " (";
  for (size_t i = 0; i < c->n_exclusions; ++i) {
    const Node* pair = c->exclusions[i];
    if (pair->node_case != PG_QUERY__NODE__NODE_LIST || pair->list->n_items != 2 ||
        pair->list->items[0]->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM)
      throw TreeError("unsupported-statement", "unexpected EXCLUDE element", c->location);
    if (i) out += ", ";
    out += index_elem_sql(pair->list->items[0]->index_elem, table, refs);
    out += " WITH " + operator_sql(pair->list->items[1]);
  }
  out += ")";
  if (c->n_including) out += " INCLUDE (" + sql::ident_list(strings(c->including, c->n_including)) + ")";
  if (c->where_clause) out += " WHERE (" + canonical_expr(c->where_clause, refs, table) + ")";
  return out + deferrability(c);
}

std::pair<std::string, std::string> parse_qualified_name(std::string_view text, int location) {
  std::vector<std::string> parts;
  size_t i = 0;
  auto blank = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  };
  auto bad = [&] { return TreeError("invalid-name", "invalid name syntax in '" + std::string(text) + "'", location); };
  for (;;) {
    blank();
    std::string part;
    if (i < text.size() && text[i] == '"') {
      for (++i;; ++i) {
        if (i >= text.size()) throw bad();
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            part += '"';
            ++i;
          } else {
            ++i;
            break;
          }
        } else {
          part += text[i];
        }
      }
      if (part.empty()) throw bad();
    } else {
      while (i < text.size() && text[i] != '.' && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') {
        char ch = text[i++];
        part += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
      if (part.empty()) throw bad();
    }
    parts.push_back(truncate_identifier(part));
    blank();
    if (i == text.size()) break;
    if (text[i] != '.') throw bad();
    ++i;
  }
  if (parts.size() > 3)
    throw TreeError("invalid-name", "improper qualified name (too many dotted names): " + std::string(text), location);
  if (parts.size() == 1) return {"public", parts[0]};
  return {parts[parts.size() - 2], parts.back()};
}

Node* Deparser::binary_op(const char* op, Node* left, Node* right) {
  auto* a = arena_.make<PgQuery__AExpr>(pg_query__a__expr__descriptor);
  a->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
  a->n_name = 1;
  a->name = arena_.nodes(1);
  a->name[0] = arena_.string_node(op);
  a->lexpr = left;
  a->rexpr = right;
  a->location = -1;
  return arena_.node(a);
}

void Deparser::expand_as_stored(Node* n) {
  auto* a = n->a_expr;
  auto literal = [](const Node* e) {
    if (e && e->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) e = e->type_cast->arg;
    return e && e->node_case == PG_QUERY__NODE__NODE_A_CONST;
  };
  auto all_literals = [&](Node* const* items, size_t count) {
    for (size_t i = 0; i < count; ++i)
      if (!literal(items[i])) return false;
    return count > 0;
  };
  {
    // `x = ANY (ARRAY['a'::t, 'b'::t])`, pg_dump's print of `x IN ('a', 'b')`: a list of literals is compared in
    // the IN form, the one that stays valid SQL once the literals' casts are folded (an ARRAY of bare literals
    // is text[], which an enum column cannot be compared with).
    auto op = strings(a->name, a->n_name);
    bool any = a->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY && op.size() == 1 && op[0] == "=";
    bool all = a->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL && op.size() == 1 && op[0] == "<>";
    // Two or more: IN of one value is stored as a plain comparison, `= ANY (ARRAY[v])` as written.
    if ((any || all) && a->rexpr && a->rexpr->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR &&
        a->rexpr->a_array_expr->n_elements >= 2 &&
        all_literals(a->rexpr->a_array_expr->elements, a->rexpr->a_array_expr->n_elements)) {
      auto* l = arena_.make<PgQuery__List>(pg_query__list__descriptor);
      l->n_items = a->rexpr->a_array_expr->n_elements;
      l->items = a->rexpr->a_array_expr->elements;
      auto* ln = arena_.make<Node>(pg_query__node__descriptor);
      ln->node_case = PG_QUERY__NODE__NODE_LIST;
      ln->list = l;
      a->rexpr = ln;
      a->kind = PG_QUERY__A__EXPR__KIND__AEXPR_IN;
    }
  }
  if (!a->rexpr || a->rexpr->node_case != PG_QUERY__NODE__NODE_LIST) return;
  auto op = strings(a->name, a->n_name);
  const auto* list = a->rexpr->list;
  if (a->kind == PG_QUERY__A__EXPR__KIND__AEXPR_IN && op.size() == 1 && (op[0] == "=" || op[0] == "<>") &&
      list->n_items == 1) {
    // One value: PostgreSQL keeps a plain comparison.
    a->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
    a->rexpr = list->items[0];
    return;
  }
  if (a->kind == PG_QUERY__A__EXPR__KIND__AEXPR_IN && op.size() == 1 && (op[0] == "=" || op[0] == "<>") &&
      !all_literals(list->items, list->n_items)) {
    auto* array = arena_.make<PgQuery__AArrayExpr>(pg_query__a__array_expr__descriptor);
    array->n_elements = list->n_items;
    array->elements = list->items;
    array->location = -1;
    a->rexpr = arena_.node(array);
    a->kind = op[0] == "=" ? PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY : PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL;
    return;
  }
  bool between = a->kind == PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN;
  if ((!between && a->kind != PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN) || list->n_items != 2) return;
  auto* b = arena_.make<PgQuery__BoolExpr>(pg_query__bool_expr__descriptor);
  b->boolop = between ? PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR : PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR;
  b->n_args = 2;
  b->args = arena_.nodes(2);
  // The tested expression appears twice, as in PostgreSQL's stored form.
  b->args[0] = binary_op(between ? ">=" : "<", a->lexpr, list->items[0]);
  b->args[1] = binary_op(between ? "<=" : ">", a->lexpr, list->items[1]);
  b->location = -1;
  n->node_case = PG_QUERY__NODE__NODE_BOOL_EXPR;
  n->bool_expr = b;
}

bool Deparser::user_type_literal(const PgQuery__TypeCast* tc) const {
  // `'PENDING'::status` beside a column of enum type status: PostgreSQL gives the bare literal the column's
  // type and prints that very cast (pg_dump writes it, people do not).
  const Node* arg = tc->arg;
  if (!arg || arg->node_case != PG_QUERY__NODE__NODE_A_CONST || arg->a_const->isnull ||
      arg->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
    return false;
  const auto* t = tc->type_name;
  if (!t || t->n_typmods || t->n_array_bounds || t->setof || t->pct_type) return false;
  try {
    ResolvedType r = resolve_type(t, types_);
    return !r.builtin && !r.is_array;
  } catch (const TreeError&) {
    return false;
  }
}

void Deparser::normalise_expr(Node* expr, ExprRefs* refs, std::string_view table) {
  // Inside a subquery a name binds to the subquery's own relations first: `t.id` naming the outer table must
  // keep its qualifier there (without it, it would read the subquery's `id`), and an unqualified name is not
  // the table's column.
  std::set<const ProtobufCMessage*> in_subquery;
  if (!table.empty())
    visit(&expr->base, [&](ProtobufCMessage* m) {
      if (auto* sl = as<PgQuery__SubLink>(m, pg_query__sub_link__descriptor); sl && sl->subselect)
        visit(&sl->subselect->base, [&](ProtobufCMessage* inner) {
          if (as<PgQuery__ColumnRef>(inner, pg_query__column_ref__descriptor)) in_subquery.insert(inner);
        });
    });
  // A literal's cast under a further cast is a conversion of its own: PostgreSQL keeps `'a'::varchar::text` as
  // `('a'::character varying)::text` and `ARRAY['a'::varchar]::text[]` as an array of varchar converted, where
  // `'a'::text` and `ARRAY['a']::text[]` are text from the start. Such casts stay.
  std::set<const Node*> kept;
  // Operands of comparisons (and the elements of `x = ANY (ARRAY[...])`): where a literal takes the other
  // side's type, so that its cast to a user type is one PostgreSQL would add.
  std::set<const Node*> operands;
  visit(&expr->base, [&](ProtobufCMessage* m) {
    if (auto* n = as<PgQuery__Node>(m, pg_query__node__descriptor)) {
      if (fold_literal_casts_ && n->node_case == PG_QUERY__NODE__NODE_A_EXPR) {
        expand_as_stored(n);
        if (n->node_case == PG_QUERY__NODE__NODE_A_EXPR) {
          const auto* a = n->a_expr;
          operands.insert(a->lexpr);
          operands.insert(a->rexpr);
          // The items of an IN list take the tested value's type (not those of an ARRAY, which is text[] when
          // they are bare literals).
          if (a->kind == PG_QUERY__A__EXPR__KIND__AEXPR_IN && a->rexpr && a->rexpr->node_case == PG_QUERY__NODE__NODE_LIST)
            for (size_t i = 0; i < a->rexpr->list->n_items; ++i) operands.insert(a->rexpr->list->items[i]);
        }
      }
      if (n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST && n->type_cast->arg) {
        const Node* arg = n->type_cast->arg;
        if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) kept.insert(arg);
        if (arg->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR)
          for (size_t i = 0; i < arg->a_array_expr->n_elements; ++i) kept.insert(arg->a_array_expr->elements[i]);
      }
      if (n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) {
        canonicalise_text_search_literal(arena_, n->type_cast);
        if (refs) add_text_search_cast_ref(refs->deps, n->type_cast);
      }
      // Replace the cast node by its literal in place (the children visited next are the literal's).
      if (fold_literal_casts_ && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST && !kept.count(n)) {
        if (redundant_literal_cast(n->type_cast)) {
          *n = *n->type_cast->arg;
        } else if (operands.count(n) && user_type_literal(n->type_cast)) {
          // The comparison still depends on the type.
          if (auto user = canonicalise_type_name(arena_, n->type_cast->type_name, types_); user && refs)
            add_dep(refs->deps, ObjectId{ObjectKind::Type, user->first, user->second, "", ""});
          *n = *n->type_cast->arg;
        }
      }
    } else if (auto* t = as<PgQuery__TypeName>(m, pg_query__type_name__descriptor)) {
      if (auto user = canonicalise_type_name(arena_, t, types_); user && refs)
        add_dep(refs->deps, ObjectId{ObjectKind::Type, user->first, user->second, "", ""});
    } else if (auto* a = as<PgQuery__AExpr>(m, pg_query__a__expr__descriptor)) {
      if (refs) add_operator_ref(refs->deps, a);
    } else if (auto* f = as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor)) {
      canonicalise_func_call(f, refs);
    } else if (auto* cc = as<PgQuery__CollateClause>(m, pg_query__collate_clause__descriptor)) {
      canonicalise_collation(&cc->collname, &cc->n_collname, refs);
    } else if (auto* c = as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor)) {
      if (!in_subquery.count(m)) {
        canonicalise_column_ref(c, refs, table);
      } else if (refs && c->n_fields == 2) {
        auto fields = strings(c->fields, c->n_fields);
        if (fields.size() == 2 && fields[0] == table) add_unique(refs->columns, fields[1]);
      }
    }
  });
}

void Deparser::canonicalise_collation(Node*** names, size_t* n, ExprRefs* refs) {
  auto parts = strings(*names, *n);
  if (parts.empty() || (parts.size() == 1 && parts[0] == "default")) return;
  auto [schema, name] = collation_ref(parts, types_);
  if (schema == "pg_catalog") return;
  if (parts.size() == 1) {
    Node** qualified = arena_.nodes(2);
    qualified[0] = arena_.string_node(schema);
    qualified[1] = (*names)[0];
    *names = qualified;
    *n = 2;
  }
  if (refs) add_dep(refs->deps, ObjectId{ObjectKind::Collation, schema, name, "", ""});
}

std::string Deparser::canonical_expr(Node* expr, ExprRefs* refs, std::string_view table) {
  normalise_expr(expr, refs, table);
  return print(expr, false);
}

std::string Deparser::print(Node* root, bool statement) {
  // libpg_query 15-4.0.0 prints a cast of a SQL-syntax call without parentheses: `(now() AT TIME ZONE 'utc')::text`
  // comes out as `now() AT TIME ZONE 'utc'::text`, which casts 'utc' instead. Such an argument is printed on its
  // own, stood in for by a placeholder column while the whole is printed, and put back in parentheses; the tree
  // is restored afterwards, so printing never changes it.
  std::vector<std::pair<std::string, std::string>> placeholders;
  std::vector<std::pair<PgQuery__TypeCast*, Node*>> replaced;
  visit(&root->base, [&](ProtobufCMessage* m) {
    auto* tc = as<PgQuery__TypeCast>(m, pg_query__type_cast__descriptor);
    if (!tc || !tc->arg || tc->arg->node_case != PG_QUERY__NODE__NODE_FUNC_CALL ||
        tc->arg->func_call->funcformat != PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX)
      return;
    std::string name = "schemaplan_placeholder_" + std::to_string(placeholders.size());
    placeholders.emplace_back(name, "(" + print(tc->arg, false) + ")");
    auto* ref = arena_.make<PgQuery__ColumnRef>(pg_query__column_ref__descriptor);
    ref->n_fields = 1;
    ref->fields = arena_.nodes(1);
    ref->fields[0] = arena_.string_node(name);
    ref->location = -1;
    replaced.emplace_back(tc, tc->arg);
    tc->arg = arena_.node(ref);
  });
  std::string text;
  if (statement) {
    text = printed_.deparse(root);
  } else {
    auto* target = arena_.make<PgQuery__ResTarget>(pg_query__res_target__descriptor);
    target->val = root;
    target->location = -1;
    auto* select = arena_.make<PgQuery__SelectStmt>(pg_query__select_stmt__descriptor);
    select->n_target_list = 1;
    select->target_list = arena_.nodes(1);
    select->target_list[0] = arena_.node(target);
    select->op = PG_QUERY__SET_OPERATION__SETOP_NONE;
    select->limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_DEFAULT;
    text = printed_.deparse(arena_.node(select));
    constexpr std::string_view kPrefix = "SELECT ";
    if (!text.starts_with(kPrefix)) throw TreeError("internal", "unexpected deparse output: " + text);
    text = text.substr(kPrefix.size());
  }
  for (auto it = replaced.rbegin(); it != replaced.rend(); ++it) it->first->arg = it->second;
  for (const auto& [name, inner] : placeholders)
    if (auto pos = text.find(name); pos != std::string::npos) text.replace(pos, name.size(), inner);
  return text;
}

std::string Deparser::canonical_default(Node* expr, const std::string& column_type, ExprRefs* refs) {
  // PostgreSQL stores no default for a null constant of exactly the column's type (`DEFAULT NULL`,
  // `text DEFAULT NULL::text`), but does store a null of another type or one under a typmod coercion
  // (`text DEFAULT NULL::character varying`, pg_dump's spelling of a column retyped from varchar, or
  // `varchar(5) DEFAULT NULL`): "NULL" stands for the first, which normalize() drops.
  if (is_null_constant(expr) && column_type.find('(') == std::string::npos) {
    if (expr->node_case != PG_QUERY__NODE__NODE_TYPE_CAST) return "NULL";
    try {
      if (resolve_type(expr->type_cast->type_name, types_).text == column_type) return "NULL";
    } catch (const TreeError&) {
    }
  }
  // A regconfig or regdictionary default names a text search object, which the folding below would hide from
  // canonical_expr(): its literal is written as PostgreSQL prints it, and the object is a dependency.
  if (column_type == "regconfig" || column_type == "regdictionary") {
    Node* lit = expr->node_case == PG_QUERY__NODE__NODE_TYPE_CAST ? expr->type_cast->arg : expr;
    if (lit && lit->node_case == PG_QUERY__NODE__NODE_A_CONST && lit->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
      auto* tc = arena_.make<PgQuery__TypeCast>(pg_query__type_cast__descriptor);
      tc->arg = lit;
      tc->type_name = arena_.type_name({column_type});
      canonicalise_text_search_literal(arena_, tc);
      if (refs) add_text_search_cast_ref(refs->deps, tc);
    }
  }
  // A default is coerced to its column's type anyway: a literal cast to exactly that type is the literal.
  // A literal cast to another type is stored with that cast (`text DEFAULT ''::character varying` keeps it):
  // it must be kept, even where a cast of a literal compared with a value would be folded away.
  if (expr->node_case == PG_QUERY__NODE__NODE_TYPE_CAST && expr->type_cast->arg &&
      expr->type_cast->arg->node_case == PG_QUERY__NODE__NODE_A_CONST && !expr->type_cast->arg->a_const->isnull) {
    bool same_type = false;
    try {
      // `varchar(20) DEFAULT 'a'::character varying` is stored as the bare literal is: the cast's type without
      // a modifier is the column's.
      std::string cast = resolve_type(expr->type_cast->type_name, types_).text;
      std::string base = column_type;
      if (size_t paren = base.find('('); paren != std::string::npos && cast.find('(') == std::string::npos)
        base = base.substr(0, paren) + base.substr(base.find(')', paren) + 1);
      same_type = cast == column_type || cast == base;
    } catch (const TreeError&) {
      // Not a type a column can have: leave the cast for PostgreSQL to judge.
    }
    // A string literal takes its column's type as a typed constant, printed with that cast either way; a number
    // cast explicitly (`(0)::numeric`) is stored as that explicit conversion, where a bare `0` is an implicit one.
    bool string = expr->type_cast->arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL;
    if (same_type && string && fold_literal_casts_) return canonical_expr(expr->type_cast->arg, refs);
    if (!same_type || !string) {
      bool fold = fold_literal_casts_;
      fold_literal_casts_ = false;
      std::string out = canonical_expr(expr, refs);
      fold_literal_casts_ = fold;
      return out;
    }
  }
  return canonical_expr(expr, refs);
}

void add_operator_ref(std::vector<ObjectId>& deps, const PgQuery__AExpr* a) {
  auto parts = strings(a->name, a->n_name);
  if (parts.empty() || parts.size() > 2 || (parts.size() == 2 && parts[0] == "pg_catalog")) return;
  const std::string& op = parts.back();
  // An operator is made of punctuation; BETWEEN and the like name keywords here.
  if (op.empty() || std::any_of(op.begin(), op.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
      }))
    return;
  add_dep(deps, ObjectId{ObjectKind::Operator, parts.size() == 2 ? parts[0] : "", op, "", kUnresolvedRef});
}

bool is_null_constant(const Node* n) {
  if (n && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) n = n->type_cast->arg;
  return n && n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->isnull;
}

std::string Deparser::nextval_expr(const std::string& schema, const std::string& sequence) {
  auto* f = arena_.make<PgQuery__FuncCall>(pg_query__func_call__descriptor);
  f->n_funcname = 1;
  f->funcname = arena_.nodes(1);
  f->funcname[0] = arena_.string_node("nextval");
  f->n_args = 1;
  f->args = arena_.nodes(1);
  f->args[0] = regclass_literal(schema, sequence);
  f->funcformat = PG_QUERY__COERCION_FORM__COERCE_EXPLICIT_CALL;
  f->location = -1;
  return canonical_expr(arena_.node(f));
}

std::string Deparser::constraint_definition(PgQuery__Constraint* c, bool validated, std::string_view table,
                                            ExprRefs* refs) {
  // INITIALLY DEFERRED implies DEFERRABLE; spell both so that either way of writing it prints alike.
  c->deferrable = c->deferrable || c->initdeferred;
  c->skip_validation = !validated;
  c->initially_valid = validated;
  c->location = -1;
  switch (c->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
      return exclusion_definition(c, table, refs);
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
      c->cooked_expr = arena_.str("");
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN: {
      auto* rv = c->pktable;
      if (!rv->schemaname || !*rv->schemaname) rv->schemaname = arena_.str("public");
      rv->catalogname = arena_.str("");
      rv->inh = true;
      rv->location = -1;
      if (!c->fk_matchtype || !*c->fk_matchtype) c->fk_matchtype = arena_.str("s");
      if (!c->fk_upd_action || !*c->fk_upd_action) c->fk_upd_action = arena_.str("a");
      if (!c->fk_del_action || !*c->fk_del_action) c->fk_del_action = arena_.str("a");
      break;
    }
    default:
      break;
  }
  if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) normalise_expr(c->raw_expr, refs, table);
  // Deparse `ALTER TABLE x ADD <constraint>`: with no constraint name, everything after the fixed prefix is
  // the definition.
  char* name = c->conname;
  c->conname = arena_.str("");
  auto* rv = arena_.make<PgQuery__RangeVar>(pg_query__range_var__descriptor);
  rv->relname = arena_.str("x");
  rv->inh = true;
  rv->relpersistence = arena_.str("p");
  auto* cmd = arena_.make<PgQuery__AlterTableCmd>(pg_query__alter_table_cmd__descriptor);
  cmd->subtype = PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint;
  cmd->def = arena_.node(c);
  cmd->behavior = PG_QUERY__DROP_BEHAVIOR__DROP_RESTRICT;
  auto* stmt = arena_.make<PgQuery__AlterTableStmt>(pg_query__alter_table_stmt__descriptor);
  stmt->relation = rv;
  stmt->n_cmds = 1;
  stmt->cmds = arena_.nodes(1);
  stmt->cmds[0] = arena_.node(cmd);
  stmt->objtype = PG_QUERY__OBJECT_TYPE__OBJECT_TABLE;
  std::string text = printed_.deparse(arena_.node(stmt));
  c->conname = name;
  constexpr std::string_view kPrefix = "ALTER TABLE x ADD ";
  if (!text.starts_with(kPrefix)) throw TreeError("internal", "unexpected deparse output: " + text);
  text = text.substr(kPrefix.size());
  // libpg_query 15-4.0.0 drops NULLS NOT DISTINCT from UNIQUE constraints: put it back where PostgreSQL
  // writes it.
  if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE && c->nulls_not_distinct && text.starts_with("UNIQUE "))
    text.insert(7, "NULLS NOT DISTINCT ");
  return text;
}

std::string Deparser::index_elem_sql(PgQuery__IndexElem* e, std::string_view table, ExprRefs* refs) {
  // `((a))` is the plain column a, as PostgreSQL stores it.
  if (e->expr && e->expr->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && e->expr->column_ref->n_fields == 1 &&
      e->expr->column_ref->fields[0]->node_case == PG_QUERY__NODE__NODE_STRING) {
    e->name = arena_.str(sval(e->expr->column_ref->fields[0]));
    e->expr = nullptr;
  }
  std::string out;
  if (e->name && *e->name) {
    out = sql::ident(e->name);
    if (refs) add_unique(refs->columns, e->name);
  } else if (e->expr) {
    std::string text = canonical_expr(e->expr, refs, table);
    // Index columns need parentheses around anything but a function-call-like expression.
    bool bare = (e->expr->node_case == PG_QUERY__NODE__NODE_FUNC_CALL &&
                 e->expr->func_call->funcformat == PG_QUERY__COERCION_FORM__COERCE_EXPLICIT_CALL) ||
                e->expr->node_case == PG_QUERY__NODE__NODE_COALESCE_EXPR ||
                e->expr->node_case == PG_QUERY__NODE__NODE_MIN_MAX_EXPR;
    out = bare ? text : "(" + text + ")";
  }
  if (e->n_collation) {
    canonicalise_collation(&e->collation, &e->n_collation, refs);
    out += " COLLATE " + qualified_parts(e->collation, e->n_collation);
  }
  if (e->n_opclass) {
    out += " " + qualified_parts(e->opclass, e->n_opclass);
    // A user operator class: by name (the access method is the index's), resolved once the catalog is known.
    auto parts = strings(e->opclass, e->n_opclass);
    if (refs && !parts.empty() && !(parts.size() == 2 && parts[0] == "pg_catalog"))
      add_dep(refs->deps, ObjectId{ObjectKind::OperatorClass, parts.size() == 2 ? parts[0] : "", parts.back(), "", kUnresolvedRef});
  }
  if (e->n_opclassopts) throw TreeError("unsupported-statement", "operator class options are not supported yet");
  // Only non-default orderings are printed, as pg_get_indexdef() does: ASC is the default, and so are
  // NULLS LAST for ascending and NULLS FIRST for descending columns.
  bool desc = e->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
  if (e->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_USING)
    throw TreeError("unsupported-statement", "USING operators in index columns are not supported");
  if (desc) out += " DESC";
  if (desc && e->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST) out += " NULLS LAST";
  if (!desc && e->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST) out += " NULLS FIRST";
  return out;
}

std::string Deparser::index_definition(PgQuery__IndexStmt* s, std::string_view table, ExprRefs* refs) {
  // Assembled from deparsed pieces rather than by deparsing the IndexStmt whole: libpg_query 15-4.0.0 prints
  // `lower(a)DESC` and `a::textCOLLATE "C"` (no space, no parentheses), which is not valid SQL.
  std::string out = "USING ";
  out += sql::ident(s->access_method && *s->access_method ? s->access_method : "btree");
  out += " (";
  for (size_t i = 0; i < s->n_index_params; ++i) {
    if (i) out += ", ";
    out += index_elem_sql(s->index_params[i]->index_elem, table, refs);
  }
  out += ")";
  if (s->n_index_including_params) {
    out += " INCLUDE (";
    for (size_t i = 0; i < s->n_index_including_params; ++i) {
      if (i) out += ", ";
      out += index_elem_sql(s->index_including_params[i]->index_elem, table, refs);
    }
    out += ")";
  }
  if (s->nulls_not_distinct) out += " NULLS NOT DISTINCT";
  if (s->n_options) out += " WITH (" + reloptions(s->options, s->n_options) + ")";
  if (s->where_clause) out += " WHERE " + canonical_expr(s->where_clause, refs, table);
  return out;
}

std::string storage_option_value(const PgQuery__DefElem* d) {
  const Node* a = d->arg;
  if (!a) return "true";
  switch (a->node_case) {
    case PG_QUERY__NODE__NODE_INTEGER: return std::to_string(a->integer->ival);
    case PG_QUERY__NODE__NODE_FLOAT: return a->float_->fval;
    case PG_QUERY__NODE__NODE_BOOLEAN: return a->boolean->boolval ? "true" : "false";
    case PG_QUERY__NODE__NODE_STRING: return a->string->sval;
    case PG_QUERY__NODE__NODE_TYPE_NAME: {
      auto names = strings(a->type_name->names, a->type_name->n_names);
      return names.empty() ? "" : names.back();
    }
    default: throw TreeError("unsupported-statement", "unexpected storage parameter value", d->location);
  }
}

}  // namespace schemaplan::parser
