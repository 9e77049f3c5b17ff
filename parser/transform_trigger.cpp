// CREATE [OR REPLACE] [CONSTRAINT] TRIGGER and ALTER TABLE ... ENABLE / DISABLE TRIGGER. The definition is
// the canonical deparse of the statement with every name qualified, so two spellings of one trigger print
// alike (offline, a parsed trigger is only compared with another parsed one).
#include <algorithm>
#include <set>

#include "model/sql_writer.h"
#include "parser/deparse.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

void qualify_in_place(TreeArena& arena, PgQuery__RangeVar* rv) {
  if (!rv->schemaname || !*rv->schemaname) rv->schemaname = arena.str("public");
  rv->catalogname = arena.str("");
  rv->inh = true;
  rv->location = -1;
}

/// When a trigger fires (CreateTrigStmt.timing: TRIGGER_TYPE_BEFORE 2, INSTEAD 64, else AFTER) and whether per row.
struct Timing {
  int32_t bits = 0;
  bool row = false;
  bool when = false;
  bool instead() const { return bits & 64; }
};

/// PostgreSQL's rules on which triggers a table and a view can have (CreateTriggerFiringOn).
void check_timing(const StmtCtx& ctx, bool on_view, const Timing& timing, const Trigger& t, int loc) {
  std::string rel = sql::qualified(t.schema, t.table);
  if (timing.instead() && !on_view)
    ctx.error("wrong-object-type", rel + " is a table: tables cannot have INSTEAD OF triggers", loc);
  if (on_view && timing.row && !timing.instead())
    ctx.error("wrong-object-type", rel + " is a view: views cannot have row-level BEFORE or AFTER triggers", loc);
  if (timing.instead() && !timing.row) ctx.error("invalid-definition", "INSTEAD OF triggers must be FOR EACH ROW", loc);
  if (timing.instead() && (!t.columns.empty() || timing.when))
    ctx.error("invalid-definition", "INSTEAD OF triggers cannot have column lists or WHEN conditions", loc);
}

}  // namespace

void Transformer::create_trigger(const StmtCtx& ctx, PgQuery__CreateTrigStmt* s) {
  Trigger t;
  QualName table = qualify(s->relation);
  t.schema = table.schema;
  t.table = table.name;
  t.name = s->trigname;
  t.meta.span = ctx.span();
  auto fn = strings(s->funcname, s->n_funcname);
  if (fn.empty() || fn.size() > 2) ctx.error("invalid-name", "improper trigger function name");
  // An unqualified trigger function is found through the search_path, i.e. in public (or pg_catalog for
  // the built-in trigger functions, which the server then prints qualified).
  static const std::set<std::string> kBuiltin = {"suppress_redundant_updates_trigger", "tsvector_update_trigger",
                                                 "tsvector_update_trigger_column"};
  t.function_schema = fn.size() == 2 ? fn[0] : kBuiltin.count(fn[0]) ? "pg_catalog" : "public";
  t.function_name = fn.back();
  s->n_funcname = 2;
  s->funcname = arena_.nodes(2);
  s->funcname[0] = arena_.string_node(t.function_schema);
  s->funcname[1] = arena_.string_node(t.function_name);
  qualify_in_place(arena_, s->relation);
  if (s->constrrel) qualify_in_place(arena_, s->constrrel);
  bool replace = s->replace;
  s->replace = false;
  s->deferrable = s->deferrable || s->initdeferred;
  for (const auto& c : strings(s->columns, s->n_columns)) add_unique(t.columns, c);
  if (s->when_clause) {
    ExprRefs refs;
    deparse_.normalise_expr(s->when_clause, &refs);
    t.meta.deps = refs.deps;
    // WHEN sees the row as NEW and OLD: NEW.a is column a.
    visit(&s->when_clause->base, [&](ProtobufCMessage* m) {
      auto* c = as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor);
      if (!c || c->n_fields != 2) return;
      auto f = strings(c->fields, c->n_fields);
      if (f.size() == 2 && (f[0] == "new" || f[0] == "old")) add_unique(t.columns, f[1]);
    });
  }
  t.definition = deparse_statement(arena_.node(s));
  Timing timing{s->timing, s->row != 0, s->when_clause != nullptr};
  defer(Phase::Changes, ctx, [this, ctx, t, replace, timing, loc = s->relation->location] {
    // A trigger is on a table or on a view (not on a materialized view: PostgreSQL refuses it).
    QualName rel{t.schema, t.table};
    const View* view = find_table(rel) ? nullptr : cat_.view(t.schema, t.table);
    if (view && view->materialized)
      ctx.error("wrong-object-type", "relation " + sql::qualified(t.schema, t.table) + " cannot have triggers", loc);
    if (!view) table_or_fail(ctx, rel, loc);
    check_timing(ctx, view != nullptr, timing, t, loc);
    for (const auto& c : t.columns) {
      bool found = view ? view->column(c) != nullptr : find_table(rel)->column(c) != nullptr;
      if (!found)
        ctx.error("undefined-object", "column " + sql::ident(c) + " of relation " + sql::qualified(t.schema, t.table) +
                                          " does not exist");
    }
    auto it = std::find_if(cat_.triggers.begin(), cat_.triggers.end(), [&](const Trigger& x) { return x.id() == t.id(); });
    if (it == cat_.triggers.end()) {
      cat_.triggers.push_back(t);
      return;
    }
    if (!replace)
      ctx.error("duplicate-object", "trigger " + sql::ident(t.name) + " for relation " +
                                        sql::qualified(t.schema, t.table) + " already exists");
    std::optional<std::string> comment = it->comment;
    *it = t;
    it->comment = comment;
  });
}

Trigger& Transformer::find_trigger(const StmtCtx& ctx, const QualName& table, const std::string& name) {
  for (auto& t : cat_.triggers)
    if (t.schema == table.schema && t.table == table.name && t.name == name) return t;
  ctx.error("undefined-object", "trigger " + sql::ident(name) + " for table " + sql::qualified(table.schema, table.name) +
                                    " does not exist");
}

std::function<void(Table&)> Transformer::trigger_state_step(const StmtCtx& ctx, PgQuery__AlterTableCmd* cmd) {
  char state = 'O';
  switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig: state = 'D'; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig: state = 'A'; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig: state = 'R'; break;
    default: break;
  }
  std::string name = cmd->name ? cmd->name : "";
  return [this, ctx, state, name](Table& t) {
    // A partition has a clone of each trigger of its partitioned table (pg_dump writes ALTER TABLE partition
    // ENABLE / DISABLE TRIGGER for a clone whose state differs): the model holds the parent's state only.
    bool own = std::any_of(cat_.triggers.begin(), cat_.triggers.end(),
                           [&](const Trigger& x) { return x.schema == t.schema && x.table == t.name && x.name == name; });
    for (const Table* p = &t; !own && p && p->partition_of;) {
      const Table* parent = cat_.table(p->partition_of->schema, p->partition_of->name);
      if (const Trigger* x = parent ? cat_.trigger(parent->schema, parent->name, name) : nullptr) {
        if (x->enabled == state) return;  // the clone's state is its parent's already
        ctx.unsupported("a partition's own enabled state of trigger " + sql::ident(name) + " (cloned from " +
                        sql::qualified(parent->schema, parent->name) + ")");
      }
      p = parent;
    }
    find_trigger(ctx, QualName{t.schema, t.name}, name).enabled = state;
  };
}

}  // namespace schemaplan::parser
