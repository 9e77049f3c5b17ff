// PARTITION BY, PARTITION OF ... FOR VALUES, INHERITS, and ALTER TABLE ATTACH / DETACH PARTITION,
// INHERIT / NO INHERIT: what a table takes from its parents.
#include <algorithm>

#include "model/inheritance.h"
#include "model/sql_writer.h"
#include "parser/deparse.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

PgQuery__RangeVar* range_var(TreeArena& arena, const std::string& name) {
  auto* rv = arena.make<PgQuery__RangeVar>(pg_query__range_var__descriptor);
  rv->relname = arena.str(name);
  rv->inh = true;
  rv->relpersistence = arena.str("p");
  rv->location = -1;
  return rv;
}

Node* create_node(TreeArena& arena, PgQuery__CreateStmt* s) {
  auto* n = arena.make<Node>(pg_query__node__descriptor);
  n->node_case = PG_QUERY__NODE__NODE_CREATE_STMT;
  n->create_stmt = s;
  return n;
}

// The text after `marker` in the deparse of `stmt`.
std::string tail_after(Node* stmt, std::string_view marker) {
  std::string text = deparse_statement(stmt);
  auto pos = text.find(marker);
  if (pos == std::string::npos) throw TreeError("internal", "unexpected deparse output: " + text);
  return text.substr(pos + marker.size());
}

}  // namespace

std::string Transformer::partition_key_sql(PgQuery__PartitionSpec* spec, const std::string& table) {
  for (size_t i = 0; i < spec->n_part_params; ++i) {
    auto* e = spec->part_params[i]->partition_elem;
    e->location = -1;
    if (e->expr) deparse_.normalise_expr(e->expr, nullptr, table);
  }
  spec->location = -1;
  auto* s = arena_.make<PgQuery__CreateStmt>(pg_query__create_stmt__descriptor);
  s->relation = range_var(arena_, "x");
  s->partspec = spec;
  return tail_after(create_node(arena_, s), " PARTITION BY ");
}

std::string Transformer::partition_bound_sql(PgQuery__PartitionBoundSpec* bound) {
  auto normalise = [this](Node** items, size_t n) {
    for (size_t i = 0; i < n; ++i) deparse_.normalise_expr(items[i]);
  };
  normalise(bound->listdatums, bound->n_listdatums);
  normalise(bound->lowerdatums, bound->n_lowerdatums);
  normalise(bound->upperdatums, bound->n_upperdatums);
  bound->location = -1;
  auto* s = arena_.make<PgQuery__CreateStmt>(pg_query__create_stmt__descriptor);
  s->relation = range_var(arena_, "x");
  s->n_inh_relations = 1;
  s->inh_relations = arena_.nodes(1);
  auto* parent = arena_.make<Node>(pg_query__node__descriptor);
  parent->node_case = PG_QUERY__NODE__NODE_RANGE_VAR;
  parent->range_var = range_var(arena_, "y");
  s->inh_relations[0] = parent;
  s->partbound = bound;
  return tail_after(create_node(arena_, s), " PARTITION OF y ");
}

Column* Transformer::find_column(Table& t, const std::string& column) {
  for (auto& c : t.columns)
    if (c.name == column) return &c;
  return nullptr;
}

void Transformer::require_column(const StmtCtx& ctx, Table& t, const std::string& column, int location) {
  if (find_column(t, column)) return;
  for (const auto& c : inherited_columns(cat_, t))
    if (c.name == column) return;
  column_or_fail(ctx, t, column, location);
}

void Transformer::become_independent(Table& t, const TableRef& parent) {
  // DETACH PARTITION / NO INHERIT: what the table had from the parent stays, as its own.
  Table child;
  child.inherits = {parent};
  for (auto& c : inherited_columns(cat_, child))
    if (!t.column(c.name)) t.columns.push_back(c);
  for (auto& c : inherited_checks(cat_, child))
    if (!t.constraint(c.name)) t.constraints.push_back(c);
}

}  // namespace schemaplan::parser

namespace schemaplan::parser {

std::optional<Column> Transformer::inherited_column(const Table& t, const std::string& column) const {
  for (auto& c : inherited_columns(cat_, t))
    if (c.name == column) return c;
  return std::nullopt;
}

bool Transformer::override_inherited(const StmtCtx& ctx, Table& t, const std::string& column, PgQuery__AlterTableType subtype,
                                     Node* def) {
  std::optional<Column> given = inherited_column(t, column);
  if (!given) return false;
  InheritedOverride& o = inherited_overrides_[QualName{t.schema, t.name}][column];
  switch (subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault: {
      ExprRefs refs;
      std::optional<std::string> expr;
      if (def) expr = deparse_.canonical_default(def, given->type, &refs);
      o.default_expr = expr;
      o.deps = refs.deps;
      break;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull: o.not_null = true; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
      if (given->not_null)
        ctx.error("invalid-definition", "column " + sql::ident(column) + " is marked NOT NULL in parent table");
      o.not_null = false;
      break;
    default: return false;
  }
  return true;
}

void Transformer::settle_inherited_settings() {
  for (auto& [q, columns] : inherited_overrides_) {
    Table* t = find_table(q);
    if (!t) continue;  // dropped later in the files
    for (const auto& [name, o] : columns) {
      std::optional<Column> given = inherited_column(*t, name);
      if (!given || find_column(*t, name)) continue;  // no longer inherited
      InheritedColumn c{name, o.not_null.value_or(false) || given->not_null,
                        o.default_expr ? *o.default_expr : given->default_expr, {}};
      // DEFAULT NULL is no default (model/normalize()).
      if (c.default_expr && *c.default_expr == "NULL" && given->type.find('(') == std::string::npos) c.default_expr.reset();
      if (c.not_null == given->not_null && c.default_expr == given->default_expr) continue;
      if (o.default_expr) c.meta.deps = o.deps;
      t->inherited_settings.push_back(std::move(c));
    }
  }
}

}  // namespace schemaplan::parser
