// Storage settings of tables, columns and indexes (model/storage_options.h): WITH (...) of CREATE TABLE, and
// ALTER TABLE ... SET / RESET (...), ALTER COLUMN ... SET STATISTICS / STORAGE / COMPRESSION / (...),
// CLUSTER ON / SET WITHOUT CLUSTER, REPLICA IDENTITY, ALTER INDEX ... ALTER COLUMN n SET STATISTICS and CLUSTER,
// as pg_dump writes them.
#include <algorithm>

#include "model/ascii.h"
#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

const PgQuery__DefElem* def_elem(const StmtCtx& ctx, const Node* n) {
  if (n->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) ctx.unsupported("this storage parameter");
  return n->def_elem;
}

/// The items of a List node (ALTER ... SET (...) holds its options in one).
std::pair<Node* const*, size_t> list_items(const Node* n) {
  if (!n || n->node_case != PG_QUERY__NODE__NODE_LIST) return {nullptr, 0};
  return {n->list->items, n->list->n_items};
}

int integer_of(const StmtCtx& ctx, const Node* n) {
  if (n && n->node_case == PG_QUERY__NODE__NODE_INTEGER) return n->integer->ival;
  ctx.error("invalid-definition", "expected an integer");
}

std::string string_of(const StmtCtx& ctx, const Node* n) {
  if (n && n->node_case == PG_QUERY__NODE__NODE_STRING) return n->string->sval;
  ctx.error("invalid-definition", "expected a name");
}

char storage_letter(const StmtCtx& ctx, const std::string& word) {
  std::string w = ascii_lower(word);
  if (w == "plain") return 'p';
  if (w == "external") return 'e';
  if (w == "extended") return 'x';
  if (w == "main") return 'm';
  ctx.error("invalid-definition", "invalid storage type \"" + word + "\"");
}

void check_statistics(const StmtCtx& ctx, int target) {
  if (target < -1) ctx.error("invalid-definition", "statistics target " + std::to_string(target) + " is too low");
}

}  // namespace

RelOptions rel_options(const StmtCtx& ctx, Node* const* items, size_t n, bool reset) {
  RelOptions out;
  for (size_t i = 0; i < n; ++i) {
    const PgQuery__DefElem* d = def_elem(ctx, items[i]);
    std::string ns = d->defnamespace ? d->defnamespace : "";
    if (!ns.empty() && ns != "toast")
      ctx.error("invalid-definition", "unrecognized parameter namespace \"" + ns + "\"", d->location);
    if (reset && d->arg) ctx.error("invalid-definition", "RESET must not include values for parameters", d->location);
    std::string entry = reset ? std::string(d->defname) : std::string(d->defname) + "=" + storage_option_value(d);
    (ns.empty() ? out.heap : out.toast).push_back(entry);
  }
  return out;
}

char compression_letter(const StmtCtx& ctx, const std::string& method, int location) {
  std::string m = ascii_lower(method);
  if (m == "pglz") return 'p';
  if (m == "lz4") return 'l';
  if (m == "default") return 0;
  ctx.error("invalid-definition", "invalid compression method \"" + method + "\"", location);
}

Column& Transformer::setting_column(const StmtCtx& ctx, Table& t, const std::string& name) {
  // A partition's columns, and those a child inherits, are its parent's in the model: their own settings have no
  // place there yet.
  if (!t.column(name) && (t.partition_of || !t.inherits.empty()))
    ctx.unsupported("settings of column " + sql::ident(name) + " that " + sql::qualified(t.schema, t.name) + " inherits");
  return column_or_fail(ctx, t, name, -1);
}

void Transformer::mark_index(const StmtCtx& ctx, Table& t, const std::string& index, bool replica) {
  auto key = [](const Constraint& c) {
    return c.type == ConstraintType::PrimaryKey || c.type == ConstraintType::Unique || c.type == ConstraintType::Exclude;
  };
  bool found = false;
  for (const auto& i : cat_.indexes) found |= i.schema == t.schema && i.table == t.name && i.name == index;
  for (const auto& c : t.constraints) found |= key(c) && c.name == index;
  if (!found)
    ctx.error("undefined-object", "index " + sql::ident(index) + " for table " + sql::qualified(t.schema, t.name) +
                                      " does not exist");
  auto flag = [&](IndexFlags& f) -> bool& { return replica ? f.replica_identity : f.clustered; };
  for (auto& i : cat_.indexes)
    if (i.schema == t.schema && i.table == t.name) flag(i.flags) = i.name == index;
  for (auto& c : t.constraints) flag(c.flags) = key(c) && c.name == index;
  if (replica) t.replica_identity = 'i';
}

std::function<void(Table&)> Transformer::table_setting_step(const StmtCtx& ctx, PgQuery__AlterTableCmd* cmd) {
  std::string col = cmd->name ? cmd->name : "";
  switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions: {
      bool reset = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions;
      auto [items, n] = list_items(cmd->def);
      RelOptions o = rel_options(ctx, items, n, reset);
      return [o, reset](Table& t) {
        t.options.apply(reset ? std::vector<std::string>{} : o.heap, reset ? o.heap : std::vector<std::string>{});
        t.toast_options.apply(reset ? std::vector<std::string>{} : o.toast, reset ? o.toast : std::vector<std::string>{});
      };
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics: {
      if (col.empty()) ctx.unsupported("ALTER TABLE ... ALTER COLUMN with a column number");
      int target = integer_of(ctx, cmd->def);
      check_statistics(ctx, target);
      return [this, ctx, col, target](Table& t) { setting_column(ctx, t, col).statistics = std::min(target, 10000); };
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage: {
      char storage = storage_letter(ctx, string_of(ctx, cmd->def));
      return [this, ctx, col, storage](Table& t) { setting_column(ctx, t, col).storage = storage; };
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression: {
      char compression = compression_letter(ctx, string_of(ctx, cmd->def), -1);
      return [this, ctx, col, compression](Table& t) { setting_column(ctx, t, col).compression = compression; };
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions: {
      bool reset = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions;
      auto [items, n] = list_items(cmd->def);
      RelOptions o = rel_options(ctx, items, n, reset);
      if (!o.toast.empty()) ctx.error("invalid-definition", "unrecognized parameter namespace \"toast\"");
      for (const auto& e : o.heap)
        if (option_name(e) != "n_distinct" && option_name(e) != "n_distinct_inherited")
          ctx.error("invalid-definition", "unrecognized parameter \"" + option_name(e) + "\"");
      return [this, ctx, col, o, reset](Table& t) {
        Column& c = setting_column(ctx, t, col);
        c.options.apply(reset ? std::vector<std::string>{} : o.heap, reset ? o.heap : std::vector<std::string>{});
      };
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn:
      return [this, ctx, col](Table& t) { mark_index(ctx, t, col, false); };
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster:
      return [this](Table& t) {
        for (auto& i : cat_.indexes)
          if (i.schema == t.schema && i.table == t.name) i.flags.clustered = false;
        for (auto& c : t.constraints) c.flags.clustered = false;
      };
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ReplicaIdentity: {
      if (!cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_REPLICA_IDENTITY_STMT)
        ctx.unsupported("this REPLICA IDENTITY form");
      auto* r = cmd->def->replica_identity_stmt;
      char kind = r->identity_type && *r->identity_type ? r->identity_type[0] : 'd';
      std::string index = r->name ? r->name : "";
      return [this, ctx, kind, index](Table& t) {
        if (kind == 'i') return mark_index(ctx, t, index, true);
        for (auto& i : cat_.indexes)
          if (i.schema == t.schema && i.table == t.name) i.flags.replica_identity = false;
        for (auto& c : t.constraints) c.flags.replica_identity = false;
        t.replica_identity = kind;
      };
    }
    default:
      return {};
  }
}

void Transformer::cluster_matview(const StmtCtx& ctx, const QualName& q, const std::string& index) {
  bool found = index.empty();
  for (const auto& i : cat_.indexes) found |= i.schema == q.schema && i.table == q.name && i.name == index;
  if (!found)
    ctx.error("undefined-object", "index " + sql::ident(index) + " for materialized view " +
                                      sql::qualified(q.schema, q.name) + " does not exist");
  for (auto& i : cat_.indexes)
    if (i.schema == q.schema && i.table == q.name) i.flags.clustered = !index.empty() && i.name == index;
}

void Transformer::alter_index_settings(const StmtCtx& ctx, PgQuery__AlterTableStmt* s) {
  QualName q = qualify(s->relation);
  std::vector<std::pair<int, int>> targets;
  for (size_t i = 0; i < s->n_cmds; ++i) {
    auto* cmd = s->cmds[i]->alter_table_cmd;
    if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics || cmd->num <= 0)
      ctx.unsupported("ALTER INDEX other than OWNER TO and ALTER COLUMN n SET STATISTICS");
    int target = integer_of(ctx, cmd->def);
    check_statistics(ctx, target);
    targets.emplace_back(static_cast<int>(cmd->num), std::min(target, 10000));
  }
  defer(Phase::Changes, ctx, [this, ctx, q, targets, missing_ok = s->missing_ok, loc = s->relation->location] {
    for (auto& i : cat_.indexes)
      if (i.schema == q.schema && i.name == q.name) {
        for (auto [n, target] : targets) {
          if (target < 0) i.flags.statistics.erase(n);
          else i.flags.statistics[n] = target;
        }
        return;
      }
    if (missing_ok) return;
    ctx.error("undefined-object", "index " + sql::qualified(q.schema, q.name) + " does not exist", loc);
  });
}

void Transformer::cluster(const StmtCtx& ctx, PgQuery__ClusterStmt* s) {
  // CLUSTER t USING idx also marks idx as the table's clustered index, as ALTER TABLE ... CLUSTER ON does (the
  // rows it orders are data, which a schema does not hold).
  if (!s->relation || !s->indexname || !*s->indexname) ctx.unsupported("CLUSTER without a table and an index");
  QualName q = qualify(s->relation);
  std::string index = s->indexname;
  defer(Phase::Changes, ctx, [this, ctx, q, index, loc = s->relation->location] {
    if (!find_table(q) && cat_.view(q.schema, q.name)) return cluster_matview(ctx, q, index);
    mark_index(ctx, table_or_fail(ctx, q, loc), index, false);
  });
}

}  // namespace schemaplan::parser
