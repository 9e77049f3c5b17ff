// PARTITION BY, PARTITION OF ... FOR VALUES, INHERITS, and ALTER TABLE ATTACH / DETACH PARTITION,
// INHERIT / NO INHERIT: what a table takes from its parents.
#include <algorithm>

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
  for (auto* list : {&bound->listdatums, &bound->lowerdatums, &bound->upperdatums}) {
    size_t n = list == &bound->listdatums ? bound->n_listdatums : list == &bound->lowerdatums ? bound->n_lowerdatums
                                                                                            : bound->n_upperdatums;
    for (size_t i = 0; i < n; ++i) deparse_.normalise_expr((*list)[i]);
  }
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

std::vector<Column> Transformer::inherited_columns(const TableRef& parent, int depth) {
  std::vector<Column> out;
  const Table* p = cat_.table(parent.schema, parent.name);
  if (!p || depth > 32) return out;
  auto add = [&](const Column& c) {
    if (std::none_of(out.begin(), out.end(), [&](const Column& x) { return x.name == c.name; })) out.push_back(c);
  };
  // PostgreSQL puts inherited columns first, in the parents' order.
  if (p->partition_of)
    for (const auto& c : inherited_columns(*p->partition_of, depth + 1)) add(c);
  for (const auto& gp : p->inherits)
    for (const auto& c : inherited_columns(gp, depth + 1)) add(c);
  for (const auto& c : p->columns) add(c);
  for (auto& c : out) {
    // What a child gets of a column: name, type, collation, NOT NULL and default; not identity nor comment.
    c.identity = 0;
    c.identity_options = SequenceOptions{};
    c.comment.reset();
  }
  return out;
}

std::vector<Constraint> Transformer::inherited_checks(const TableRef& parent, int depth) {
  std::vector<Constraint> out;
  const Table* p = cat_.table(parent.schema, parent.name);
  if (!p || depth > 32) return out;
  for (const auto& c : p->constraints)
    if (c.type == ConstraintType::Check && c.definition.find(" NO INHERIT") == std::string::npos) {
      Constraint k = c;
      k.comment.reset();
      out.push_back(k);
    }
  if (p->partition_of)
    for (const auto& c : inherited_checks(*p->partition_of, depth + 1)) out.push_back(c);
  for (const auto& gp : p->inherits)
    for (const auto& c : inherited_checks(gp, depth + 1)) out.push_back(c);
  return out;
}

Column* Transformer::find_column(Table& t, const std::string& column) {
  for (auto& c : t.columns)
    if (c.name == column) return &c;
  return nullptr;
}

void Transformer::require_column(const StmtCtx& ctx, Table& t, const std::string& column, int location) {
  if (find_column(t, column)) return;
  std::vector<TableRef> parents = t.inherits;
  if (t.partition_of) parents.push_back(*t.partition_of);
  for (const auto& p : parents)
    for (const auto& c : inherited_columns(p, 0))
      if (c.name == column) return;
  column_or_fail(ctx, t, column, location);
}

void Transformer::become_independent(Table& t, const TableRef& parent) {
  // DETACH PARTITION / NO INHERIT: what the table had from the parent stays, as its own.
  for (auto& c : inherited_columns(parent, 0))
    if (!t.column(c.name)) t.columns.push_back(c);
  for (auto& c : inherited_checks(parent, 0))
    if (!t.constraint(c.name)) t.constraints.push_back(c);
}

}  // namespace schemaplan::parser
