// Table constraints: PostgreSQL's implicit names, canonical definitions, and adding them to a table.
#include <algorithm>

#include "model/sql_writer.h"
#include "parser/deparse.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

bool index_backed(const PgQuery__Constraint* c) {
  return c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY || c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ||
         c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION;
}

bool is(const PgQuery__Constraint* c, PgQuery__ConstrType t) { return c->contype == t; }

// transformIndexConstraints compares the IndexStmts two constraints would create; for primary keys and
// unique constraints that comes down to these fields (both use btree; `primary` itself is not compared).
bool same_index(const PgQuery__Constraint* a, const PgQuery__Constraint* b) {
  if (is(a, PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION) || is(b, PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION)) return false;
  return strings(a->keys, a->n_keys) == strings(b->keys, b->n_keys) &&
         strings(a->including, a->n_including) == strings(b->including, b->n_including) &&
         a->nulls_not_distinct == b->nulls_not_distinct &&
         (a->deferrable || a->initdeferred) == (b->deferrable || b->initdeferred) && a->initdeferred == b->initdeferred;
}

// The columns an index-backed constraint's implicit name is made of (ChooseIndexColumnNames over the key
// and INCLUDE columns).
std::vector<std::string> index_constraint_columns(const PgQuery__Constraint* c) {
  std::vector<std::string> prelim;
  if (is(c, PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION)) {
    for (size_t i = 0; i < c->n_exclusions; ++i) {
      const Node* pair = c->exclusions[i];
      if (pair->node_case == PG_QUERY__NODE__NODE_LIST && pair->list->n_items > 0 &&
          pair->list->items[0]->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM)
        prelim.push_back(index_column_name(pair->list->items[0]->index_elem));
    }
  } else {
    prelim = strings(c->keys, c->n_keys);
  }
  for (auto& inc : strings(c->including, c->n_including)) prelim.push_back(inc);
  return index_column_names(prelim);
}

void reject_unsupported(const StmtCtx& ctx, const PgQuery__Constraint* c) {
  if (c->indexname && *c->indexname) ctx.unsupported("USING INDEX in CREATE TABLE", c->location);
  if (c->indexspace && *c->indexspace) ctx.unsupported("USING INDEX TABLESPACE", c->location);
  if (c->n_options) ctx.unsupported("constraint storage parameters (WITH ...)", c->location);
  if (c->fk_matchtype && std::string_view(c->fk_matchtype) == "p")
    ctx.error("invalid-definition", "MATCH PARTIAL is not implemented by PostgreSQL", c->location);
}

}  // namespace

void Transformer::name_constraints(const StmtCtx& ctx, const QualName& table, std::vector<ConstraintDraft>& drafts,
                                   bool in_create) {
  const std::string& schema = table.schema;
  auto explicit_name = [&](const ConstraintDraft& d) {
    if (names_.constraint_on_table(schema, table.name, d.name))
      ctx.error("duplicate-object",
                "constraint " + sql::ident(d.name) + " for table " + sql::qualified(schema, table.name) + " already exists",
                d.node->location);
    names_.add_constraint(schema, table.name, d.name);
  };
  for (auto& d : drafts) reject_unsupported(ctx, d.node);

  // 1. CHECK constraints: PostgreSQL names them while creating the table (AddRelationNewConstraints), after
  // the expression's columns: `<table>_<column>_check` when it uses exactly one column.
  for (auto& d : drafts) {
    if (!is(d.node, PG_QUERY__CONSTR_TYPE__CONSTR_CHECK)) continue;
    if (d.explicit_name) {
      explicit_name(d);
      continue;
    }
    ExprRefs refs;
    deparse_.normalise_expr(d.node->raw_expr, &refs, table.name);
    std::optional<std::string_view> column;
    if (refs.columns.size() == 1) column = refs.columns[0];
    d.name = names_.choose_constraint_name(schema, table.name, column, "check");
    names_.add_constraint(schema, table.name, d.name);
  }

  // 2. Index-backed constraints, primary key first; in CREATE TABLE identical ones collapse into one index
  // (UNIQUE (a) next to PRIMARY KEY (a) disappears), which keeps an explicit name if either had one.
  std::vector<ConstraintDraft*> indexes;
  for (auto& d : drafts)
    if (is(d.node, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY)) {
      if (!indexes.empty())
        ctx.error("invalid-definition",
                  "multiple primary keys for table " + sql::qualified(schema, table.name) + " are not allowed",
                  d.node->location);
      indexes.push_back(&d);
    }
  std::vector<const PgQuery__Constraint*> merged_away;
  for (auto& d : drafts) {
    if (!index_backed(d.node) || is(d.node, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY)) continue;
    auto prior = std::find_if(indexes.begin(), indexes.end(),
                              [&](const ConstraintDraft* p) { return in_create && same_index(p->node, d.node); });
    if (prior == indexes.end()) {
      indexes.push_back(&d);
      continue;
    }
    if (!(*prior)->explicit_name && d.explicit_name) {
      (*prior)->name = d.name;
      (*prior)->explicit_name = true;
    }
    merged_away.push_back(d.node);
  }
  for (auto* d : indexes) {
    if (d->explicit_name) {
      explicit_name(*d);  // its index takes a relation name too, claimed below
    } else {
      bool pk = is(d->node, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY);
      std::string label = pk ? "pkey" : is(d->node, PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE) ? "key" : "excl";
      std::optional<std::string> addition;
      if (!pk) addition = name_addition(index_constraint_columns(d->node));
      d->name = names_.choose_relation_name(schema, table.name, addition, label, true);
      names_.add_constraint(schema, table.name, d->name);
    }
    claim_relation(ctx, QualName{schema, d->name}, "constraint", d->node->location);
  }
  std::erase_if(drafts, [&](const ConstraintDraft& d) {
    return std::find(merged_away.begin(), merged_away.end(), d.node) != merged_away.end();
  });

  // 3. Foreign keys, added by an ALTER TABLE that CREATE TABLE runs last: `<table>_<columns>_fkey`.
  for (auto& d : drafts) {
    if (!is(d.node, PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)) continue;
    if (d.explicit_name) {
      explicit_name(d);
      continue;
    }
    d.name = names_.choose_constraint_name(schema, table.name, name_addition(strings(d.node->fk_attrs, d.node->n_fk_attrs)),
                                           "fkey");
    names_.add_constraint(schema, table.name, d.name);
  }
}

Constraint Transformer::build_constraint(const StmtCtx& ctx, const QualName& table, ConstraintDraft& d, bool validated) {
  PgQuery__Constraint* c = d.node;
  Constraint k;
  k.name = d.name;
  k.meta.span = ctx.span(c->location);
  c->conname = arena_.str(d.name);
  switch (c->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY: k.type = ConstraintType::PrimaryKey; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE: k.type = ConstraintType::Unique; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK: k.type = ConstraintType::Check; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN: k.type = ConstraintType::ForeignKey; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION: k.type = ConstraintType::Exclude; break;
    default: ctx.unsupported("this kind of table constraint", c->location);
  }
  // Only CHECK and FOREIGN KEY constraints can be NOT VALID; PostgreSQL rejects it on the others.
  if (!validated && k.type != ConstraintType::Check && k.type != ConstraintType::ForeignKey)
    ctx.error("invalid-definition", "this kind of constraint cannot be marked NOT VALID", c->location);
  ExprRefs refs;
  k.definition = deparse_.constraint_definition(c, validated, table.name, &refs);
  switch (k.type) {
    case ConstraintType::PrimaryKey:
    case ConstraintType::Unique: k.columns = strings(c->keys, c->n_keys); break;
    case ConstraintType::ForeignKey: k.columns = strings(c->fk_attrs, c->n_fk_attrs); break;
    case ConstraintType::Check:
      k.columns = refs.columns;
      std::sort(k.columns.begin(), k.columns.end());
      break;
    case ConstraintType::Exclude: k.columns = refs.columns; break;
  }
  if (k.type == ConstraintType::ForeignKey) {
    k.ref_schema = c->pktable->schemaname;
    k.ref_table = c->pktable->relname;
    k.ref_columns = strings(c->pk_attrs, c->n_pk_attrs);
    if (k.ref_columns.empty() == false && k.ref_columns.size() != k.columns.size())
      ctx.error("invalid-definition", "number of referencing and referenced columns for foreign key disagree",
                c->location);
    if (k.ref_columns.empty()) foreign_keys_.push_back(PendingForeignKey{ctx, table, k.name, c, validated});
    k.meta.deps.push_back(ObjectId{ObjectKind::Table, k.ref_schema, k.ref_table, "", ""});
  }
  for (const auto& dep : refs.deps)
    if (std::find(k.meta.deps.begin(), k.meta.deps.end(), dep) == k.meta.deps.end()) k.meta.deps.push_back(dep);
  k.deferrable = c->deferrable;
  k.initially_deferred = c->initdeferred;
  k.validated = validated;
  return k;
}

void Transformer::add_constraint(const StmtCtx& ctx, Table& t, Constraint c, int location) {
  for (const auto& col : c.columns) require_column(ctx, t, col, location);
  if (t.constraint(c.name))
    ctx.error("duplicate-object",
              "constraint " + sql::ident(c.name) + " for table " + sql::qualified(t.schema, t.name) + " already exists",
              location);
  if (c.type == ConstraintType::PrimaryKey) {
    for (const auto& existing : t.constraints)
      if (existing.type == ConstraintType::PrimaryKey)
        ctx.error("invalid-definition",
                  "multiple primary keys for table " + sql::qualified(t.schema, t.name) + " are not allowed", location);
    // PostgreSQL 15 makes primary key columns NOT NULL.
    for (const auto& col : c.columns)
      if (Column* own = find_column(t, col)) own->not_null = true;  // an inherited column is the parent's
  }
  t.constraints.push_back(std::move(c));
}

}  // namespace schemaplan::parser

namespace schemaplan::parser {

QualName Transformer::adopt_index(const StmtCtx& ctx, const QualName& table, PgQuery__Constraint* c) {
  // PostgreSQL's checks (transformIndexConstraint): what it refuses, the files cannot mean.
  QualName q{table.schema, c->indexname};
  const std::string name = sql::qualified(q.schema, q.name);
  auto found = index_stmts_.find(q);
  if (found == index_stmts_.end()) ctx.error("undefined-object", "index " + name + " does not exist", c->location);
  PgQuery__IndexStmt* s = found->second;
  auto fail = [&](const std::string& why) { ctx.error("invalid-definition", why, c->location); };
  if (qualify(s->relation) != table)
    fail("index " + name + " does not belong to table " + sql::qualified(table.schema, table.name));
  if (!s->unique) fail(name + " is not a unique index");
  if (s->where_clause) fail(name + " is a partial index");
  if (s->access_method && std::string_view(s->access_method) != "btree") fail("index " + name + " is not a btree");
  Node** keys = arena_.nodes(s->n_index_params);
  for (size_t i = 0; i < s->n_index_params; ++i) {
    const auto* e = s->index_params[i]->index_elem;
    if (!e->name || !*e->name) fail("index " + name + " contains expressions");
    bool default_sort = (e->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DEFAULT || e->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_ASC) &&
                        (e->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_DEFAULT ||
                         e->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST);
    // An operator class or collation of its own may be the column's default one, which only the server knows:
    // refused as PostgreSQL refuses any other.
    if (!default_sort || e->n_opclass || e->n_collation)
      fail("index " + name + " column number " + std::to_string(i + 1) + " does not have default sorting behavior");
    keys[i] = arena_.string_node(e->name);
  }
  Node** including = arena_.nodes(s->n_index_including_params);
  for (size_t i = 0; i < s->n_index_including_params; ++i)
    including[i] = arena_.string_node(s->index_including_params[i]->index_elem->name);
  c->keys = keys;
  c->n_keys = s->n_index_params;
  c->including = including;
  c->n_including = s->n_index_including_params;
  // pg_get_constraintdef() prints NULLS NOT DISTINCT for a UNIQUE constraint only (a primary key has no NULLs).
  c->nulls_not_distinct = c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE && s->nulls_not_distinct;
  // The index takes the constraint's name; without one, the constraint takes the index's.
  if (!c->conname || !*c->conname) c->conname = arena_.str(q.name);
  c->indexname = nullptr;
  names_.remove_relation(q.schema, q.name);
  index_stmts_.erase(found);
  return q;
}

}  // namespace schemaplan::parser
