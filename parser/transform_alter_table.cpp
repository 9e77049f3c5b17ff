// ALTER TABLE [ONLY] [IF EXISTS] t <subcommands>.
#include <algorithm>

#include "model/diagnostic.h"
#include "model/sql_writer.h"
#include "parser/deparse.h"
#include "parser/transformer.h"
#include "parser/type_names.h"

namespace schemaplan::parser {
namespace {

const char* subcommand_name(PgQuery__AlterTableType t) {
  switch (t) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics: return "ALTER COLUMN ... SET STATISTICS";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions: return "ALTER COLUMN ... SET (...)";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions: return "ALTER COLUMN ... RESET (...)";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage: return "ALTER COLUMN ... SET STORAGE";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression: return "ALTER COLUMN ... SET COMPRESSION";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterConstraint: return "ALTER CONSTRAINT";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnGenericOptions: return "ALTER COLUMN ... OPTIONS";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn: return "CLUSTER ON";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster: return "SET WITHOUT CLUSTER";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetAccessMethod: return "SET ACCESS METHOD";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace: return "SET TABLESPACE";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions: return "SET (storage parameters)";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions: return "RESET (storage parameters)";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser: return "ENABLE TRIGGER";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser: return "DISABLE TRIGGER";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRule:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysRule:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaRule: return "ENABLE RULE";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRule: return "DISABLE RULE";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit: return "INHERIT";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit: return "NO INHERIT";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddOf: return "OF type";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropOf: return "NOT OF";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ReplicaIdentity: return "REPLICA IDENTITY";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity: return "ENABLE ROW LEVEL SECURITY";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity: return "DISABLE ROW LEVEL SECURITY";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity: return "FORCE ROW LEVEL SECURITY";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity: return "NO FORCE ROW LEVEL SECURITY";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_GenericOptions: return "OPTIONS (...)";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition: return "ATTACH PARTITION";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartitionFinalize: return "DETACH PARTITION";
    default: return "this subcommand";
  }
}

const char* object_kind_name(PgQuery__ObjectType t) {
  switch (t) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: return "ALTER SEQUENCE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: return "ALTER INDEX";
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW: return "ALTER VIEW";
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: return "ALTER MATERIALIZED VIEW";
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE: return "ALTER FOREIGN TABLE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: return "ALTER TYPE";
    default: return "this ALTER statement";
  }
}

void add_deps(std::vector<ObjectId>& to, const std::vector<ObjectId>& from) {
  for (const auto& d : from)
    if (std::find(to.begin(), to.end(), d) == to.end()) to.push_back(d);
}

bool in_primary_key(const Table& t, const std::string& column) {
  for (const auto& c : t.constraints)
    if (c.type == ConstraintType::PrimaryKey && std::count(c.columns.begin(), c.columns.end(), column)) return true;
  return false;
}

}  // namespace

void Transformer::alter_table(const StmtCtx& ctx, PgQuery__AlterTableStmt* s) {
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE) return alter_composite(ctx, s);
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE) return alter_foreign_table(ctx, s);
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX && s->n_cmds > 0) {
    bool attach_only = true;
    for (size_t i = 0; i < s->n_cmds; ++i)
      attach_only = attach_only && s->cmds[i]->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition;
    if (attach_only) return alter_index_attach(ctx, s);
  }
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW) return alter_view(ctx, s);
  if (s->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
    // ALTER SEQUENCE / VIEW / MATERIALIZED VIEW / INDEX: only OWNER TO. PostgreSQL ignores an index's (with a
    // warning: it follows its table's).
    bool owner_only = true;
    for (size_t i = 0; i < s->n_cmds; ++i)
      owner_only = owner_only && s->cmds[i]->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner;
    ObjectKind kind = ObjectKind::Sequence;
    switch (s->objtype) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW: kind = ObjectKind::View; break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: kind = ObjectKind::MaterializedView; break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
        if (owner_only) return;
        return alter_index_settings(ctx, s);
      default: ctx.unsupported(object_kind_name(s->objtype));
    }
    if (!owner_only && kind == ObjectKind::MaterializedView) {
      // ALTER MATERIALIZED VIEW ... CLUSTER ON / SET WITHOUT CLUSTER.
      QualName q = qualify(s->relation);
      std::vector<std::string> cluster_on;
      for (size_t i = 0; i < s->n_cmds; ++i) {
        auto* cmd = s->cmds[i]->alter_table_cmd;
        if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn) cluster_on.push_back(cmd->name ? cmd->name : "");
        else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster) cluster_on.push_back("");
        else if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner) ctx.unsupported(object_kind_name(s->objtype));
        else set_owner(ctx, {kind, q.schema, q.name, "", ""}, cmd->newowner);
      }
      defer(Phase::Changes, ctx, [this, ctx, q, cluster_on] {
        for (const auto& index : cluster_on) cluster_matview(ctx, q, index);
      });
      return;
    }
    if (!owner_only) ctx.unsupported(object_kind_name(s->objtype));
    QualName q = qualify(s->relation);
    for (size_t i = 0; i < s->n_cmds; ++i) set_owner(ctx, {kind, q.schema, q.name, "", ""}, s->cmds[i]->alter_table_cmd->newowner);
    return;
  }
  QualName q = qualify(s->relation);
  bool owner_only = s->n_cmds > 0;
  for (size_t i = 0; i < s->n_cmds; ++i)
    owner_only = owner_only && s->cmds[i]->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner;
  if (owner_only) {
    for (size_t i = 0; i < s->n_cmds; ++i)
      set_owner(ctx, {ObjectKind::Table, q.schema, q.name, "", ""}, s->cmds[i]->alter_table_cmd->newowner);
    // pg_dump writes ALTER TABLE ... OWNER TO for sequences too. The relation must exist.
    defer(Phase::Changes, ctx, [this, ctx, q, missing_ok = s->missing_ok, loc = s->relation->location] {
      if (find_table(q) || cat_.sequence(q.schema, q.name) || cat_.view(q.schema, q.name) || missing_ok ||
          cat_.generic({ObjectKind::Table, q.schema, q.name, "", ""}))  // a foreign table
        return;
      ctx.error("undefined-object", "relation " + sql::qualified(q.schema, q.name) + " does not exist", loc);
    });
    return;
  }
  using Step = std::function<void(Table&)>;
  std::vector<Step> steps;
  size_t plain_add_constraints = 0;  // ADD CONSTRAINT steps without USING INDEX (see the backup below)
  // ALTER TABLE may name a view (pg_dump writes a view's column defaults so): the subcommands as ALTER VIEW
  // applies them, used when `q` turns out to be a view.
  std::vector<std::function<void(View&)>> view_steps;
  for (size_t i = 0; i < s->n_cmds; ++i) {
    auto* cmd = s->cmds[i]->alter_table_cmd;
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner) continue;
    auto step = view_step(ctx, cmd);
    if (!step) {
      view_steps.clear();
      break;
    }
    view_steps.push_back(std::move(step));
  }
  for (size_t i = 0; i < s->n_cmds; ++i) {
    auto* cmd = s->cmds[i]->alter_table_cmd;
    std::string col = cmd->name ? cmd->name : "";
    bool missing_ok = cmd->missing_ok;
    switch (cmd->subtype) {
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
        auto* def = cmd->def->column_def;
        ColumnDraft draft = column_draft(ctx, q, def);
        std::optional<Sequence> seq = name_column_sequence(ctx, q, draft, def->location);
        name_constraints(ctx, q, draft.constraints, false);
        std::vector<std::pair<Constraint, int>> built;
        for (auto& d : draft.constraints) built.emplace_back(build_constraint(ctx, q, d, true), d.node->location);
        if (seq) {
          defer(Phase::Sequences, ctx, [this, seq = *seq] { cat_.sequences.push_back(seq); });
          grant_defaults_on_create(ctx, {ObjectKind::Sequence, seq->schema, seq->name, "", ""});
        }
        steps.push_back([this, ctx, column = std::move(draft.column), built = std::move(built), missing_ok,
                         loc = def->location](Table& t) {
          if (t.column(column.name)) {
            if (missing_ok) return;
            ctx.error("duplicate-object", "column " + sql::ident(column.name) + " of table " +
                                              sql::qualified(t.schema, t.name) + " already exists", loc);
          }
          t.columns.push_back(column);
          for (const auto& [c, cloc] : built) add_constraint(ctx, t, c, cloc);
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault: {
        Node* def = cmd->def;
        steps.push_back([this, ctx, col, def](Table& t) {
          if (!find_column(t, col) && override_inherited(ctx, t, col, PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault, def)) return;
          Column& c = column_or_fail(ctx, t, col, -1);
          // Canonicalised here, where the column's type is known (a literal cast to it is dropped).
          std::optional<std::string> expr;
          ExprRefs refs;
          if (def) expr = deparse_.canonical_default(def, c.type, &refs);
          if (c.identity && expr)
            ctx.error("invalid-definition", "column " + sql::ident(col) + " is an identity column");
          c.default_expr = expr;
          std::erase_if(c.meta.deps, [](const ObjectId& d) { return d.kind == ObjectKind::Sequence; });
          add_deps(c.meta.deps, refs.deps);
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull: {
        bool set = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull;
        auto subtype = cmd->subtype;
        steps.push_back([this, ctx, col, set, subtype](Table& t) {
          if (!find_column(t, col) && override_inherited(ctx, t, col, subtype, nullptr)) return;
          Column& c = column_or_fail(ctx, t, col, -1);
          if (!set && in_primary_key(t, col))
            ctx.error("invalid-definition", "column " + sql::ident(col) + " is in a primary key");
          if (!set && c.identity)
            ctx.error("invalid-definition", "column " + sql::ident(col) + " is an identity column");
          c.not_null = set;
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn: {
        bool cascade = cmd->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
        steps.push_back([this, ctx, col, missing_ok, cascade](Table& t) { drop_column(ctx, t, col, missing_ok, cascade); });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint: {
        auto* c = cmd->def->constraint;
        // USING INDEX: the constraint is the index's, which takes the constraint's name (or gives it its own).
        std::optional<QualName> adopted;
        if (c->indexname && *c->indexname) adopted = adopt_index(ctx, q, c);
        std::vector<ConstraintDraft> drafts{ConstraintDraft{c, c->conname ? c->conname : "", c->conname && *c->conname}};
        bool validated = !c->skip_validation;
        name_constraints(ctx, q, drafts, false);
        Constraint built = build_constraint(ctx, q, drafts[0], validated);
        if (!adopted) ++plain_add_constraints;
        steps.push_back([this, ctx, built = std::move(built), adopted, loc = c->location](Table& t) {
          if (adopted) {
            auto it = std::find_if(cat_.indexes.begin(), cat_.indexes.end(),
                                   [&](const Index& i) { return i.schema == adopted->schema && i.name == adopted->name; });
            if (it == cat_.indexes.end())
              ctx.error("undefined-object", "index " + sql::qualified(adopted->schema, adopted->name) + " does not exist", loc);
            cat_.indexes.erase(it);
          }
          add_constraint(ctx, t, built, loc);
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
        steps.push_back([this, ctx, col](Table& t) {
          auto it = std::find_if(t.constraints.begin(), t.constraints.end(), [&](auto& c) { return c.name == col; });
          if (it == t.constraints.end())
            ctx.error("undefined-object", "constraint " + sql::ident(col) + " of table " +
                                              sql::qualified(t.schema, t.name) + " does not exist");
          constexpr std::string_view kNotValid = " NOT VALID";
          if (it->definition.ends_with(kNotValid)) it->definition.resize(it->definition.size() - kNotValid.size());
          it->validated = true;
        });
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint: {
        // The name is free again for statements that follow.
        if (names_.constraint_on_table(q.schema, q.name, col)) {
          names_.remove_constraint(q.schema, q.name, col);
          if (names_.relation_kind(q.schema, col) == "constraint") names_.remove_relation(q.schema, col);
        }
        bool cascade = cmd->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
        steps.push_back([this, ctx, col, missing_ok, cascade](Table& t) { drop_constraint(ctx, t, col, missing_ok, cascade); });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
        auto* def = cmd->def->column_def;
        if (serial_type(def->type_name)) ctx.unsupported("changing a column's type to a serial type", def->location);
        ResolvedType type = resolve_type(def->type_name, scope_);
        std::vector<ObjectId> collation_deps;
        std::string collation = collate_clause(def->coll_clause, collation_deps);
        steps.push_back([this, ctx, col, type, collation, collation_deps](Table& t) {
          Column& c = column_or_fail(ctx, t, col, -1);
          c.type = type.text;
          c.collation = collation;
          c.storage = 0;  // ALTER TYPE gives the column its new type's storage
          std::erase_if(c.meta.deps, [](const ObjectId& d) { return d.kind == ObjectKind::Type || d.kind == ObjectKind::Collation; });
          if (!type.builtin) c.meta.deps.push_back(ObjectId{ObjectKind::Type, type.schema, type.name, "", ""});
          c.meta.deps.insert(c.meta.deps.end(), collation_deps.begin(), collation_deps.end());
          if (c.identity) {
            // The identity sequence follows the column's type, as ALTER SEQUENCE ... AS would.
            if (c.type != "smallint" && c.type != "integer" && c.type != "bigint")
              ctx.error("invalid-definition", "identity column type must be smallint, integer, or bigint");
            change_sequence_type(c.identity_options.mut(), c.type);
          }
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
        set_owner(ctx, {ObjectKind::Table, q.schema, q.name, "", ""}, cmd->newowner);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity:
        steps.push_back(row_security_step(cmd->subtype));
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition: {
        auto* pc = cmd->def->partition_cmd;
        if (pc->concurrent) ctx.unsupported("DETACH PARTITION ... CONCURRENTLY");
        QualName child = qualify(pc->name);
        bool attach = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition;
        std::string bound = attach ? partition_bound_sql(pc->bound) : "";
        steps.push_back([this, ctx, q, child, attach, bound, loc = pc->name->location](Table&) {
          Table& c = table_or_fail(ctx, child, loc);
          TableRef parent{q.schema, q.name};
          ObjectId parent_id{ObjectKind::Table, q.schema, q.name, "", ""};
          if (attach) {
            // Every column of a partition is its parent's (attislocal false).
            c.columns.clear();
            c.partition_of = parent;
            c.partition_bound = bound;
            c.meta.deps.push_back(parent_id);
            // The parent's indexes adopt the partition's equal ones (transform_alter_index.cpp).
            std::vector<QualName> tops;
            for (const auto& i : cat_.indexes)
              if (i.schema == q.schema && i.table == q.name) tops.push_back({i.schema, i.name});
            for (const auto& top : tops) adopt_partition_indexes(c, top);
          } else {
            if (!(c.partition_of && *c.partition_of == parent))
              ctx.error("invalid-definition", "relation " + sql::qualified(child.schema, child.name) +
                                                  " is not a partition of relation " + sql::qualified(q.schema, q.name), loc);
            c.partition_of.reset();
            c.partition_bound.clear();
            std::erase(c.meta.deps, parent_id);
            become_independent(c, parent);
          }
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit: {
        QualName p = qualify(cmd->def->range_var);
        bool add = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit;
        steps.push_back([this, ctx, p, add](Table& t) {
          TableRef parent{p.schema, p.name};
          ObjectId parent_id{ObjectKind::Table, p.schema, p.name, "", ""};
          table_or_fail(ctx, p, -1);
          auto it = std::find(t.inherits.begin(), t.inherits.end(), parent);
          if (add) {
            // INHERIT keeps the table's own columns and checks as its own (attislocal stays true).
            if (it == t.inherits.end()) t.inherits.push_back(parent);
            t.meta.deps.push_back(parent_id);
          } else {
            if (it == t.inherits.end())
              ctx.error("undefined-object", "relation " + sql::qualified(p.schema, p.name) + " is not a parent of relation " +
                                                sql::qualified(t.schema, t.name));
            t.inherits.erase(it);
            std::erase(t.meta.deps, parent_id);
            become_independent(t, parent);
          }
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity: {
        auto* c = cmd->def->constraint;
        ColumnDraft draft;
        draft.column.name = col;
        read_identity(c, draft);
        name_column_sequence(ctx, q, draft, c->location);
        steps.push_back([this, ctx, col, draft, loc = c->location](Table& t) {
          Column& c = column_or_fail(ctx, t, col, loc);
          std::string where = "column " + sql::ident(col) + " of table " + sql::qualified(t.schema, t.name);
          if (c.identity) ctx.error("invalid-definition", where + " is already an identity column", loc);
          if (c.default_expr) ctx.error("invalid-definition", where + " already has a default value", loc);
          if (!c.not_null) ctx.error("invalid-definition", where + " must be declared NOT NULL before identity can be added", loc);
          if (c.type != "smallint" && c.type != "integer" && c.type != "bigint")
            ctx.error("invalid-definition", "identity column type must be smallint, integer, or bigint", loc);
          c.identity = draft.column.identity;
          apply_sequence_options(ctx, c.identity_options.mut(), draft.identity_options, true, c.type);
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetIdentity: {
        std::vector<PgQuery__DefElem*> opts;
        char generated = 0;
        if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_LIST)
          for (size_t k = 0; k < cmd->def->list->n_items; ++k) {
            auto* o = cmd->def->list->items[k]->def_elem;
            if (std::string(o->defname) == "generated")
              generated = o->arg && o->arg->node_case == PG_QUERY__NODE__NODE_INTEGER ? static_cast<char>(o->arg->integer->ival) : 0;
            else
              opts.push_back(o);
          }
        steps.push_back([this, ctx, col, opts, generated](Table& t) {
          Column& c = column_or_fail(ctx, t, col, -1);
          if (!c.identity) ctx.error("invalid-definition", "column " + sql::ident(col) + " is not an identity column");
          if (generated) c.identity = generated;
          apply_sequence_options(ctx, c.identity_options.mut(), opts, false);
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropIdentity:
        steps.push_back([this, ctx, col, missing_ok](Table& t) {
          Column& c = column_or_fail(ctx, t, col, -1);
          if (!c.identity) {
            if (missing_ok) return;
            ctx.error("invalid-definition", "column " + sql::ident(col) + " is not an identity column");
          }
          c.identity = 0;
          c.identity_options = SequenceOptions{};
        });
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropExpression:
        steps.push_back([this, ctx, col, missing_ok](Table& t) {
          Column& c = column_or_fail(ctx, t, col, -1);
          if (!c.generated && !missing_ok)
            ctx.error("invalid-definition", "column " + sql::ident(col) + " is not a stored generated column");
          c.generated.reset();
        });
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged: {
        bool unlogged = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged;
        steps.push_back([unlogged](Table& t) { t.unlogged = unlogged; });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
        steps.push_back(trigger_state_step(ctx, cmd));
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRule:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysRule:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaRule:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRule:
        steps.push_back(rule_state_step(ctx, cmd));
        break;
      default:
        if (auto step = table_setting_step(ctx, cmd)) {
          steps.push_back(std::move(step));
          break;
        }
        ctx.unsupported(std::string("ALTER TABLE ... ") + subcommand_name(cmd->subtype));
    }
  }
  bool missing_ok = s->missing_ok;
  // pg_dump writes ALTER TABLE ... CLUSTER ON for a materialized view's index too.
  std::vector<std::string> cluster_on;
  for (size_t i = 0; i < s->n_cmds; ++i) {
    auto* cmd = s->cmds[i]->alter_table_cmd;
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn) cluster_on.push_back(cmd->name ? cmd->name : "");
    else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster) cluster_on.push_back("");
    else cluster_on.clear(), i = s->n_cmds;
  }
  // A lone ADD CONSTRAINT (pg_dump writes one per key) needs no backup of its table: add_constraint() makes all
  // its checks before it changes the table, so a failure leaves the table as it was. Copying the table for
  // every such statement was ~1.5% of reading a large dump.
  bool backup_needed = !(steps.size() == 1 && plain_add_constraints == 1);
  // The steps move into the deferred work (copying them copied every constraint and column they add).
  defer(Phase::Changes, ctx, [this, ctx, q, steps = std::move(steps), view_steps = std::move(view_steps), missing_ok,
                              cluster_on = std::move(cluster_on), backup_needed, loc = s->relation->location] {
    if (!find_table(q) && !cluster_on.empty() && cat_.view(q.schema, q.name)) {
      for (const auto& index : cluster_on) cluster_matview(ctx, q, index);
      return;
    }
    if (!find_table(q) && !view_steps.empty() && cat_.view(q.schema, q.name)) {
      auto v = std::find_if(cat_.views.begin(), cat_.views.end(), [&](const View& w) { return w.schema == q.schema && w.name == q.name; });
      View changed = *v;  // all or nothing, as for a table below
      for (const auto& step : view_steps) step(changed);
      *v = std::move(changed);
      return;
    }
    if (!find_table(q) && missing_ok) return;
    if (!backup_needed) {
      steps.front()(table_or_fail(ctx, q, loc));
      return;
    }
    Table backup = table_or_fail(ctx, q, loc);
    try {
      // Look the table up again for each step: a step may touch other tables (DROP ... CASCADE).
      for (const auto& step : steps) step(*find_table(q));
    } catch (const DiagnosticError&) {
      // Leave the table as it was, so that the statement can be retried once what it names exists (see
      // apply_changes). A DROP step that went through has only removed what a retry removes again.
      if (Table* t = find_table(q)) *t = std::move(backup);
      throw;
    }
  });
}

}  // namespace schemaplan::parser
