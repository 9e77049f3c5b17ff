// Extended statistics (CREATE STATISTICS, ALTER STATISTICS ... SET STATISTICS) and rules (CREATE [OR REPLACE]
// RULE) as DDL text (model/generic.h). Both hang off a relation and name its columns, so both are applied at the
// Changes phase, once the tables and views exist (like CREATE INDEX): the statistics object's columns are
// written in the table's column order, as PostgreSQL stores them (stxkeys is sorted by attnum), and each
// depends on the columns it reads, which PostgreSQL will not let go or change type under it.
//
// The text is the parser's own (compared only with the parser's, docs/design.md "one rule"): a statistics
// object as pg_get_statisticsobjdef() prints it, a rule as libpg_query deparses its normalised RuleStmt.
#include <algorithm>

#include "model/sql_writer.h"
#include "parser/transformer.h"
#include "parser/type_names.h"

namespace schemaplan::parser {
namespace {

void add_unique(std::vector<ObjectId>& v, ObjectId id) {
  if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(std::move(id));
}

/// The kinds of statistics PostgreSQL 15 builds, in the order pg_get_statisticsobjdef() prints them.
const char* const kStatisticsKinds[] = {"ndistinct", "dependencies", "mcv"};

/// `ALTER STATISTICS s.n SET STATISTICS n`, pg_dump's second statement for an object whose target is set.
std::string target_statement(const ObjectId& id, int target) {
  return "ALTER " + generic_address(id) + " SET STATISTICS " + std::to_string(target);
}

/// A relation a rule reads, with the alias its columns may be qualified by.
struct RuleRelation {
  std::string schema, name, alias;
};

}  // namespace

void Transformer::create_statistics(const StmtCtx& ctx, PgQuery__CreateStatsStmt* s) {
  if (s->n_defnames == 0) ctx.unsupported("CREATE STATISTICS without a name");
  if (s->n_relations != 1 || s->relations[0]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR)
    ctx.error("invalid-definition", "only a single relation is allowed in CREATE STATISTICS");
  const PgQuery__RangeVar* rv = s->relations[0]->range_var;
  QualName table = qualify(rv);
  QualName q = qual_name(strings(s->defnames, s->n_defnames));
  // Kinds in PostgreSQL's order; printed only when some are left out (pg_get_statisticsobjdef leaves the list
  // out when all are built, so that a newer server builds its new kinds too).
  std::set<std::string> asked;
  for (size_t i = 0; i < s->n_stat_types; ++i) {
    std::string k(sval(s->stat_types[i]));
    if (std::find(std::begin(kStatisticsKinds), std::end(kStatisticsKinds), k) == std::end(kStatisticsKinds))
      ctx.error("invalid-definition", "unrecognized statistics kind \"" + k + "\"");
    asked.insert(k);
  }
  // Plain columns (a parenthesised column is one too) and expressions, canonical, with what they use.
  std::vector<std::pair<std::string, int>> columns;
  std::vector<std::string> expressions;
  ExprRefs refs;
  for (size_t i = 0; i < s->n_exprs; ++i) {
    auto* e = s->exprs[i]->stats_elem;
    Node* expr = e->expr;
    if (expr && expr->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && expr->column_ref->n_fields == 1 &&
        expr->column_ref->fields[0]->node_case == PG_QUERY__NODE__NODE_STRING) {
      columns.emplace_back(std::string(sval(expr->column_ref->fields[0])), expr->column_ref->location);
      continue;
    }
    if (!expr) {
      columns.emplace_back(e->name, -1);
      continue;
    }
    bool call = expr->node_case == PG_QUERY__NODE__NODE_FUNC_CALL;
    std::string text = deparse_.canonical_expr(expr, &refs, table.name);
    expressions.push_back(call ? text : "(" + text + ")");
  }
  size_t items = columns.size() + expressions.size();
  if (items < 2 && expressions.empty())
    ctx.error("invalid-definition", "extended statistics require at least 2 columns");
  if (items == 1 && !asked.empty())
    ctx.error("invalid-definition", "when building statistics on a single expression, statistics kinds may not be specified");
  std::string kinds;
  if (!asked.empty() && asked.size() < std::size(kStatisticsKinds))
    for (const char* k : kStatisticsKinds)
      if (asked.count(k)) kinds += (kinds.empty() ? " (" : ", ") + std::string(k);
  if (!kinds.empty()) kinds += ")";
  bool if_not_exists = s->if_not_exists;
  defer(Phase::Changes, ctx, [this, ctx, q, table, columns, expressions, kinds, refs, if_not_exists]() {
    require_schema(ctx, q.schema, -1);
    GenericObject g;
    g.kind = ObjectKind::Statistics;
    g.schema = q.schema;
    g.name = q.name;
    if (const GenericObject* old = cat_.generic(g.id())) {
      if (if_not_exists) return;  // skipped with a notice
      std::string first = old->meta.span.str();
      ctx.error("duplicate-object", g.id().str() + " already exists" + (first.empty() ? "" : " (first defined at " + first + ")"));
    }
    const Table* t = cat_.table(table.schema, table.name);
    const View* mv = t ? nullptr : cat_.view(table.schema, table.name);
    if (mv && !mv->materialized)
      ctx.error("invalid-definition", "cannot define statistics for relation " + sql::qualified(table.schema, table.name) +
                                          ": it is a view");
    if (!t && !mv) ctx.error("undefined-object", "table " + sql::qualified(table.schema, table.name) + " does not exist");
    std::vector<std::string> names = t ? relation_columns(t->id()) : relation_columns(mv->id());
    // The columns by their position in the table, once each.
    std::vector<std::pair<size_t, std::string>> ordered;
    for (const auto& [column, location] : columns) {
      auto at = std::find(names.begin(), names.end(), column);
      if (at == names.end())
        ctx.error("undefined-object", "column \"" + column + "\" does not exist", location);
      size_t pos = static_cast<size_t>(at - names.begin());
      if (std::any_of(ordered.begin(), ordered.end(), [&](const auto& o) { return o.first == pos; }))
        ctx.error("invalid-definition", "duplicate column name in statistics definition", location);
      ordered.emplace_back(pos, column);
    }
    std::sort(ordered.begin(), ordered.end());
    std::string on;
    for (const auto& [pos, column] : ordered) on += (on.empty() ? "" : ", ") + sql::ident(column);
    for (const auto& e : expressions) on += (on.empty() ? "" : ", ") + e;
    g.create.push_back("CREATE STATISTICS " + sql::qualified(q.schema, q.name) + kinds + " ON " + on + " FROM " +
                       sql::qualified(table.schema, table.name));
    // It goes with its table and with any column it reads (dropped or retyped: PostgreSQL drops it).
    ObjectId relation = t ? t->id() : mv->id();
    add_unique(g.meta.deps, relation);
    if (t) {
      for (const auto& [pos, column] : ordered) add_unique(g.meta.deps, {ObjectKind::Column, t->schema, column, t->name, ""});
      for (const auto& column : refs.columns)
        if (std::find(names.begin(), names.end(), column) != names.end())
          add_unique(g.meta.deps, {ObjectKind::Column, t->schema, column, t->name, ""});
    }
    for (const auto& d : refs.deps) add_unique(g.meta.deps, d);
    g.meta.span = ctx.span();
    cat_.generics.push_back(std::move(g));
  });
}

void Transformer::alter_statistics(const StmtCtx& ctx, PgQuery__AlterStatsStmt* s) {
  QualName q = qual_name(strings(s->defnames, s->n_defnames));
  int target = s->stxstattarget;
  // PostgreSQL's checks: -1 resets to the column targets; anything above 10000 is lowered to it (a warning).
  if (target < -1) ctx.error("invalid-definition", "statistics target " + std::to_string(target) + " is too low");
  target = std::min(target, 10000);
  ObjectId id{ObjectKind::Statistics, q.schema, q.name, "", ""};
  bool missing_ok = s->missing_ok;
  defer(Phase::Changes, ctx, [this, ctx, id, target, missing_ok] {
    auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& g) { return g.id() == id; });
    if (it == cat_.generics.end()) {
      if (missing_ok) return;
      ctx.error("undefined-object", "statistics object " + sql::qualified(id.schema, id.name) + " does not exist");
    }
    // The target is the second statement, present only when set (as pg_dump writes it).
    it->create.resize(1);
    if (target >= 0) it->create.push_back(target_statement(id, target));
  });
}

void Transformer::create_rule(const StmtCtx& ctx, PgQuery__RuleStmt* s) {
  // An ON SELECT rule is how PostgreSQL 15 turns a table into a view (pg_dump writes one as `_RETURN` for a
  // view in a dependency loop): the view is what the model holds, so the files must say CREATE VIEW.
  if (s->event == PG_QUERY__CMD_TYPE__CMD_SELECT)
    ctx.unsupported("CREATE RULE ... ON SELECT (a table made into a view; write CREATE VIEW)");
  if (s->relation->relpersistence && std::string_view(s->relation->relpersistence) == "t")
    ctx.unsupported("a rule on a temporary table");
  // Every relation qualified (the event relation and what the actions read or write), CTE names left alone,
  // so that the text means the same under any search_path.
  std::set<std::string> ctes;
  Node* stmt = arena_.node(s);
  visit(&stmt->base, [&](ProtobufCMessage* m) {
    if (auto* c = as<PgQuery__CommonTableExpr>(m, pg_query__common_table_expr__descriptor)) ctes.insert(c->ctename);
  });
  std::vector<RuleRelation> relations;
  std::vector<std::pair<std::string, std::string>> uses;  // {qualifier ("" = none), column}
  std::vector<ObjectId> deps;
  std::vector<PgQuery__InsertStmt*> unlisted;  // INSERTs without a column list
  visit(&stmt->base, [&](ProtobufCMessage* m) {
    if (auto* rv = as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor)) {
      bool qualified = rv->schemaname && *rv->schemaname;
      if (!qualified && ctes.count(rv->relname)) return;
      bool system = std::string_view(rv->relname).starts_with("pg_") && is_builtin_type(rv->relname);
      if (!qualified) rv->schemaname = arena_.str(system ? "pg_catalog" : "public");
      if (rv->catalogname && *rv->catalogname) rv->catalogname = arena_.str("");
      if (system || std::string_view(rv->schemaname) == "information_schema") return;
      relations.push_back({rv->schemaname, rv->relname, rv->alias && rv->alias->aliasname ? rv->alias->aliasname : rv->relname});
      add_unique(deps, {ObjectKind::Table, rv->schemaname, rv->relname, "", kUnresolvedRef});
    } else if (auto* c = as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor)) {
      if (c->n_fields == 0 || c->fields[c->n_fields - 1]->node_case != PG_QUERY__NODE__NODE_STRING) return;
      std::string column(sval(c->fields[c->n_fields - 1]));
      uses.emplace_back(c->n_fields >= 2 ? std::string(sval(c->fields[c->n_fields - 2])) : "", column);
    } else if (auto* i = as<PgQuery__InsertStmt>(m, pg_query__insert_stmt__descriptor)) {
      // The columns an INSERT fills: PostgreSQL records them too.
      if (i->n_cols == 0) unlisted.push_back(i);
      for (size_t k = 0; k < i->n_cols; ++k) uses.emplace_back(i->relation->relname, i->cols[k]->res_target->name);
    } else if (auto* u = as<PgQuery__UpdateStmt>(m, pg_query__update_stmt__descriptor)) {
      std::string target = u->relation->alias && u->relation->alias->aliasname ? u->relation->alias->aliasname : u->relation->relname;
      for (size_t k = 0; k < u->n_target_list; ++k)
        if (u->target_list[k]->res_target->name) uses.emplace_back(target, u->target_list[k]->res_target->name);
    }
  });
  QualName table = qualify(s->relation);
  // NEW and OLD are the event relation.
  relations.push_back({table.schema, table.name, "new"});
  relations.push_back({table.schema, table.name, "old"});
  // CREATE OR REPLACE RULE and CREATE RULE make the same rule: the statement is compared without it.
  bool replace = s->replace;
  s->replace = false;
  GenericObject g;
  g.kind = ObjectKind::Rule;
  g.schema = table.schema;
  g.name = s->rulename;
  g.parent = table.name;
  g.meta.deps = deps;
  g.meta.span = ctx.span();
  int location = s->relation->location;
  defer(Phase::Changes, ctx, [this, ctx, g, stmt, relations, uses, unlisted, replace, location]() mutable {
    require_schema(ctx, g.schema, -1);
    const QualName table{g.schema, g.parent};
    const View* v = cat_.view(table.schema, table.name);
    if (!cat_.table(table.schema, table.name) && !(v && !v->materialized) &&
        !cat_.generic({ObjectKind::Table, table.schema, table.name, "", ""}))
      ctx.error("undefined-object", "relation " + sql::qualified(table.schema, table.name) + " does not exist", location);
    if (const GenericObject* old = cat_.generic(g.id())) {
      if (!replace) {
        std::string first = old->meta.span.str();
        ctx.error("duplicate-object", "rule " + sql::ident(g.name) + " for relation " + sql::qualified(table.schema, table.name) +
                                          " already exists" + (first.empty() ? "" : " (first defined at " + first + ")"));
      }
      // The later definition wins, as when psql runs the files.
      std::erase_if(cat_.generics, [&](const GenericObject& o) { return o.id() == g.id(); });
    }
    // An INSERT without a column list fills the table's first columns, which PostgreSQL binds when it creates
    // the rule (pg_get_ruledef prints them): written out, so that the rule means the same when it is created
    // again while the table has other columns (a plan's replacement column beside the one it replaces).
    for (auto* i : unlisted) {
      const Table* t = cat_.table(i->relation->schemaname, i->relation->relname);
      size_t width = 0;
      bool star = false;
      if (i->select_stmt && i->select_stmt->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) {
        const auto* sel = i->select_stmt->select_stmt;
        if (sel->n_values_lists) width = sel->values_lists[0]->list->n_items;
        else if (sel->op == PG_QUERY__SET_OPERATION__SETOP_NONE) width = sel->n_target_list;
        for (size_t k = 0; !sel->n_values_lists && k < sel->n_target_list; ++k) {
          const Node* v = sel->target_list[k]->res_target->val;
          if (v && v->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
            const auto* c = v->column_ref;
            star = star || c->fields[c->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR;
          }
        }
      }
      if (!t || star || width == 0 || width > t->columns.size()) {
        uses.emplace_back(i->relation->relname, "*");
        continue;
      }
      i->cols = arena_.nodes(width);
      i->n_cols = width;
      for (size_t k = 0; k < width; ++k) {
        auto* rt = arena_.make<PgQuery__ResTarget>(pg_query__res_target__descriptor);
        rt->name = arena_.str(t->columns[k].name);
        i->cols[k] = arena_.node(rt);
        uses.emplace_back(i->relation->relname, t->columns[k].name);
      }
    }
    ExprRefs refs;
    g.create.push_back(deparse_.view_query(stmt, &refs));
    for (const auto& d : refs.deps) add_unique(g.meta.deps, d);
    // The columns of tables it reads or writes: PostgreSQL records each one a rule uses, and refuses to drop or
    // retype it while the rule stands. A name is matched against every relation it may come from.
    for (const auto& [qualifier, column] : uses)
      for (const auto& r : relations) {
        if (!qualifier.empty() && qualifier != r.alias && qualifier != r.name) continue;
        const Table* t = cat_.table(r.schema, r.name);
        if (!t) continue;
        for (const auto& c : t->columns)
          if (column == "*" || column == c.name) add_unique(g.meta.deps, {ObjectKind::Column, t->schema, c.name, t->name, ""});
      }
    std::sort(g.meta.deps.begin(), g.meta.deps.end());
    cat_.generics.push_back(std::move(g));
  });
}

std::function<void(Table&)> Transformer::rule_state_step(const StmtCtx& ctx, PgQuery__AlterTableCmd* cmd) {
  std::string name = cmd->name ? cmd->name : "";
  std::string state;  // pg_dump's words; "" for a rule that fires as usual (ENABLE RULE)
  switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRule: state = "DISABLE RULE"; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysRule: state = "ENABLE ALWAYS RULE"; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaRule: state = "ENABLE REPLICA RULE"; break;
    default: break;
  }
  return [this, ctx, name, state](Table& t) {
    ObjectId id{ObjectKind::Rule, t.schema, name, t.name, ""};
    auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& g) { return g.id() == id; });
    if (it == cat_.generics.end())
      ctx.error("undefined-object", "rule " + sql::ident(name) + " for table " + sql::qualified(t.schema, t.name) + " does not exist");
    // The state is the rule's second statement, present only when it is not the usual one (as pg_dump writes it).
    it->create.resize(1);
    if (!state.empty()) it->create.push_back("ALTER TABLE " + sql::qualified(t.schema, t.name) + " " + state + " " + sql::ident(name));
  };
}

}  // namespace schemaplan::parser
