// ALTER VIEW v SET (...) | RESET (...) | ALTER COLUMN c SET DEFAULT expr | DROP DEFAULT | OWNER TO, and the
// same subcommands as ALTER TABLE names a view with them (pg_dump writes `ALTER TABLE ONLY v ALTER COLUMN c
// SET DEFAULT ...` for a view's column default).
#include <algorithm>

#include "model/ascii.h"
#include "model/sql_writer.h"
#include "parser/deparse.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

/// The options a view takes (view_relopt_tab): their values are checked as PostgreSQL checks them, and kept
/// as written (pg_class.reloptions holds the text).
void check_view_option(const StmtCtx& ctx, const std::string& entry, bool reset) {
  std::string name = option_name(entry);
  if (name != "security_barrier" && name != "check_option" && name != "security_invoker")
    ctx.error("invalid-definition", "unrecognized parameter \"" + name + "\"");
  if (reset) return;
  std::string value = ascii_lower(entry.substr(entry.find('=') + 1));
  if (name == "check_option") {
    if (value != "local" && value != "cascaded")
      ctx.error("invalid-definition", "invalid value for enum option \"check_option\": " + value);
    return;
  }
  static const char* const kBool[] = {"true", "false", "on", "off", "yes", "no", "1", "0", "t", "f", "y", "n"};
  if (std::find(std::begin(kBool), std::end(kBool), value) == std::end(kBool))
    ctx.error("invalid-definition", "invalid value for boolean option \"" + name + "\": " + value);
}

View* mutable_view(std::vector<View>& views, const QualName& q) {
  auto it = std::find_if(views.begin(), views.end(), [&](const View& v) { return v.schema == q.schema && v.name == q.name; });
  return it == views.end() ? nullptr : &*it;
}

}  // namespace

std::function<void(View&)> Transformer::view_step(const StmtCtx& ctx, PgQuery__AlterTableCmd* cmd) {
  std::string col = cmd->name ? cmd->name : "";
  switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault: {
      Node* def = cmd->def;
      return [this, ctx, col, def](View& v) {
        std::string rel = sql::qualified(v.schema, v.name);
        if (v.materialized)
          ctx.error("wrong-object-type", "materialized view " + rel + " cannot have column defaults");
        const ViewColumn* c = v.column(col);
        if (!c) ctx.error("undefined-object", "column " + sql::ident(col) + " of view " + rel + " does not exist");
        if (!def) {
          v.column_defaults.erase(col);
          return;
        }
        // Canonical as a table column's default; the type is what the parser knows of the column (a literal
        // cast to exactly it is dropped, as for a table).
        ExprRefs refs;
        std::string expr = deparse_.canonical_default(def, c->type, &refs);
        if (is_null_default(expr)) v.column_defaults.erase(col);  // PostgreSQL stores no default for NULL
        else v.column_defaults[col] = expr;
        // What the default calls or reads must exist before it (nextval's sequence, a function).
        for (const auto& d : refs.deps)
          if (std::find(v.meta.deps.begin(), v.meta.deps.end(), d) == v.meta.deps.end()) v.meta.deps.push_back(d);
      };
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions: {
      bool reset = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions;
      Node* const* items = nullptr;
      size_t n = 0;
      if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_LIST) {
        items = cmd->def->list->items;
        n = cmd->def->list->n_items;
      }
      RelOptions o = rel_options(ctx, items, n, reset);
      return [ctx, o, reset](View& v) {
        if (v.materialized) ctx.unsupported("ALTER MATERIALIZED VIEW ... SET / RESET (storage parameters)");
        if (!o.toast.empty()) ctx.error("invalid-definition", "unrecognized parameter namespace \"toast\"");
        for (const auto& e : o.heap) check_view_option(ctx, e, reset);
        // transformRelOptions: a name set again moves to the end, as pg_class.reloptions then holds it.
        StorageOptions options{v.options};
        options.apply(reset ? std::vector<std::string>{} : o.heap, reset ? o.heap : std::vector<std::string>{});
        v.options = options.items;
      };
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
      // PostgreSQL refuses ENABLE / DISABLE TRIGGER on a view: a view's triggers are always enabled.
      return [ctx](View& v) {
        ctx.error("wrong-object-type", "cannot enable or disable triggers of view " + sql::qualified(v.schema, v.name) +
                                           ": PostgreSQL does not support ENABLE / DISABLE TRIGGER for views");
      };
    default: return {};
  }
}

void Transformer::alter_view(const StmtCtx& ctx, PgQuery__AlterTableStmt* s) {
  QualName q = qualify(s->relation);
  std::vector<std::function<void(View&)>> steps;
  for (size_t i = 0; i < s->n_cmds; ++i) {
    auto* cmd = s->cmds[i]->alter_table_cmd;
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner) {
      set_owner(ctx, {ObjectKind::View, q.schema, q.name, "", ""}, cmd->newowner);
      continue;
    }
    auto step = view_step(ctx, cmd);
    if (!step) ctx.unsupported("ALTER VIEW ... this subcommand");
    steps.push_back(std::move(step));
  }
  if (steps.empty()) return;
  defer(Phase::Changes, ctx, [this, ctx, q, steps, missing_ok = s->missing_ok, loc = s->relation->location] {
    View* v = mutable_view(cat_.views, q);
    std::string name = sql::qualified(q.schema, q.name);
    if (!v && missing_ok) return;
    if (!v) ctx.error("undefined-object", "view " + name + " does not exist", loc);
    if (v->materialized) ctx.error("wrong-object-type", name + " is not a view", loc);
    View changed = *v;  // all or nothing, so that the statement can be retried (apply_changes())
    for (const auto& step : steps) step(changed);
    *v = std::move(changed);
  });
}

}  // namespace schemaplan::parser
