// ALTER TABLE's subcommands: the lock each takes, and the checks on new columns, constraints, type changes and
// NOT NULL (the part of the lock table in docs/lint.md that depends on the subcommand).
#include "lint/analyser.h"
#include "parser/deparse.h"
#include "planner/rules/rules.h"

namespace schemaplan::lint::detail {

void Analyser::add_column(const std::string& table, PgQuery__ColumnDef* c) {
  const std::string col = sql::ident(str(c->colname));
  bool key = false, not_null = c->is_not_null, has_default = c->raw_default != nullptr, rewrite = false;
  std::string why;
  Node* def = c->raw_default;
  for (size_t j = 0; j < c->n_constraints; ++j) {
    auto* k = constraint(c->constraints[j]);
    if (!k) continue;
    switch (k->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL: not_null = true; break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT: has_default = true, def = k->raw_expr; break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY: rewrite = true, why = "an identity column"; break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED: rewrite = true, why = "a stored generated column"; break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
        key = true;
        [[fallthrough]];
      case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
        lock(table, LockLevel::AccessExclusive, false, true);
        hazard(table, hazard::kIndexBuild,
               "the new column's " + std::string(key ? "primary key" : "unique constraint") + " builds its index on " +
                   table + " under an ACCESS EXCLUSIVE lock");
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
        if (k->pktable) lock(qualified(k->pktable), LockLevel::ShareRowExclusive);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
        if (!k->skip_validation)
          hazard(table, hazard::kFullTableScan,
                 "the new column's CHECK is validated against every row of " + table + " under the ACCESS EXCLUSIVE lock");
        break;
      default: break;
    }
  }
  column_types(c, key);
  if (auto serial = c->type_name ? parser::serial_type(c->type_name) : std::nullopt) {
    rewrite = true, why = "a serial column (its default, nextval(), is volatile)";
    has_default = true;
  }
  if (!rewrite && def) {
    parser::TreeArena arena;
    parser::Deparser d(arena, scope_, false);
    std::string text = d.print(def, false);
    if (rules::is_volatile_expression(text, ctx_.model))
      rewrite = true, why = "a column whose default `" + text + "` is volatile: every row gets its own value";
  }
  lock(table, LockLevel::AccessExclusive, rewrite, false);
  if (rewrite)
    hazard(table, hazard::kTableRewrite,
           "adding " + why + " rewrites " + table + " and its indexes under an ACCESS EXCLUSIVE lock", c->location);
  if (not_null && !has_default)
    hazard(table, hazard::kDataDependent,
           "new column " + col + " is NOT NULL without a default: the statement fails if " + table +
               " has any row (and old code that does not fill it fails after)",
           c->location);
}

void Analyser::add_constraint(const std::string& table, PgQuery__AlterTableStmt* s, PgQuery__Constraint* k) {
  const std::string name = k->conname && *k->conname ? sql::ident(k->conname) : std::string("(unnamed)");
  // A direct rewrite needs the constraint's name (for VALIDATE) and a statement holding only this command.
  auto not_valid_form = [&] {
    if (!k->conname || !*k->conname || s->n_cmds != 1 || is_new(table)) return;
    k->skip_validation = true;
    k->initially_valid = false;
    out_.direct_safe_form = parser::deparse_statement(root_) + ";\nALTER TABLE " + table + " VALIDATE CONSTRAINT " + name;
    k->skip_validation = false;
    k->initially_valid = true;
  };
  switch (k->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN: {
      const std::string ref = k->pktable ? qualified(k->pktable) : "";
      lock(table, LockLevel::ShareRowExclusive, false, !k->skip_validation);
      if (!ref.empty()) lock(ref, LockLevel::ShareRowExclusive);
      if (k->skip_validation) return;
      hazard(table, hazard::kFullTableScan,
             "FOREIGN KEY " + name + " without NOT VALID checks every row of " + table +
                 " while it holds SHARE ROW EXCLUSIVE locks on it and on " + ref + ": writes to both wait",
             k->location);
      not_valid_form();
      return;
    }
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
      lock(table, LockLevel::AccessExclusive, false, !k->skip_validation);
      if (k->skip_validation) return;
      hazard(table, hazard::kFullTableScan,
             "CHECK " + name + " without NOT VALID reads every row of " + table +
                 " under an ACCESS EXCLUSIVE lock: reads and writes wait",
             k->location);
      not_valid_form();
      return;
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION: {
      bool using_index = k->indexname && *k->indexname;
      lock(table, LockLevel::AccessExclusive, false, !using_index);
      if (using_index) return;
      const char* what = k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ? "PRIMARY KEY"
                         : k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ? "UNIQUE"
                                                                              : "EXCLUDE";
      hazard(table, hazard::kIndexBuild,
             std::string(what) + " " + name + " builds its index on " + table +
                 " under an ACCESS EXCLUSIVE lock: build a unique index CONCURRENTLY first and add the constraint "
                 "USING INDEX",
             k->location, k->contype != PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION);
      // Without the schema: the unique index built concurrently under the constraint's name, then attached.
      if (k->contype != PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION && k->conname && *k->conname && s->n_cmds == 1 &&
          k->n_keys > 0 && k->n_including == 0 && !is_new(table)) {
        auto [schema, rel] = rel_name(s->relation);
        std::string cols = sql::ident_list(parser::strings(k->keys, k->n_keys));
        out_.direct_safe_form = "CREATE UNIQUE INDEX CONCURRENTLY " + sql::ident(k->conname) + " ON " + table + " (" +
                                cols + ");\nALTER TABLE " + table + " ADD CONSTRAINT " + sql::ident(k->conname) + " " +
                                what + " USING INDEX " + sql::ident(k->conname);
      }
      if (k->contype != PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION)
        hazard(table, hazard::kDataDependent,
               std::string(what) + " " + name + " fails if " + table + " holds duplicate" +
                   (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ? " or NULL" : "") + " keys",
               k->location, false);
      return;
    }
    default: lock(table, LockLevel::AccessExclusive); return;
  }
}

void Analyser::alter_type(const std::string& table, const PgQuery__RangeVar* rel, PgQuery__AlterTableCmd* cmd) {
  const std::string col = sql::ident(str(cmd->name));
  bool rewrite = true;
  std::string from;
  auto* def = cmd->def ? column_def(cmd->def) : nullptr;
  if (const Table* t = model_table(rel); t && def && def->type_name && !def->raw_default) {
    if (const Column* c = t->column(str(cmd->name))) {
      from = c->type;
      try {
        rewrite = !rules::binary_coercible(c->type, parser::resolve_type(def->type_name, scope_).text);
      } catch (const std::exception&) {
      }
    }
  }
  lock(table, LockLevel::AccessExclusive, rewrite, rewrite);
  if (def) column_types(def, false, str(cmd->name));
  if (rewrite)
    hazard(table, hazard::kTableRewrite,
           "changing the type of " + col + (from.empty() ? "" : " (now " + from + ")") + " rewrites " + table +
               " and its indexes under an ACCESS EXCLUSIVE lock",
           def ? def->location : -1);
}

void Analyser::set_not_null(const std::string& table, PgQuery__AlterTableStmt* s, PgQuery__AlterTableCmd* cmd) {
  const std::string col = str(cmd->name);
  lock(table, LockLevel::AccessExclusive, false, true);
  hazard(table, hazard::kFullTableScan,
         "SET NOT NULL on " + sql::ident(col) + " reads every row of " + table +
             " under an ACCESS EXCLUSIVE lock: reads and writes wait (and it fails while a row holds NULL)");
  if (is_new(table) || s->n_cmds != 1) return;
  // Rule 4's form: a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan (PostgreSQL 12+).
  auto [schema, name] = rel_name(s->relation);
  const std::string helper = sql::ident(rules::not_null_helper_name(name, col));
  out_.direct_safe_form = "ALTER TABLE " + table + " ADD CONSTRAINT " + helper + " CHECK (" + sql::ident(col) +
                          " IS NOT NULL) NOT VALID;\nALTER TABLE " + table + " VALIDATE CONSTRAINT " + helper +
                          ";\nALTER TABLE " + table + " ALTER COLUMN " + sql::ident(col) +
                          " SET NOT NULL;\nALTER TABLE " + table + " DROP CONSTRAINT " + helper;
}

void Analyser::alter_table(PgQuery__AlterTableStmt* s) {
  out_.kind = "ALTER TABLE";
  if (s->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
    out_.kind = "ALTER";
    return;
  }
  const std::string table = qualified(s->relation);
  for (size_t i = 0; i < s->n_cmds; ++i) {
    auto* cmd = alter_cmd(s->cmds[i]);
    if (!cmd) continue;
    switch (cmd->subtype) {
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
        if (cmd->def && column_def(cmd->def)) add_column(table, column_def(cmd->def));
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
        if (cmd->def && constraint(cmd->def)) add_constraint(table, s, constraint(cmd->def));
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: alter_type(table, s->relation, cmd); break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull: set_not_null(table, s, cmd); break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
        lock(table, LockLevel::AccessExclusive);
        hazard(table, hazard::kBreaksRunningCode,
               "DROP NOT NULL on " + sql::ident(str(cmd->name)) + " of " + table +
                   ": code still running may rely on the column always holding a value",
               -1, false);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
        lock(table, LockLevel::AccessExclusive);
        hazard(table, hazard::kDeletesData,
               "drops column " + sql::ident(str(cmd->name)) + " of " + table +
                   " and its values; code still running that names it fails",
               -1, false);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
        lock(table, LockLevel::ShareUpdateExclusive, false, true);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
        lock(table, LockLevel::ShareUpdateExclusive);
        if (auto* pc = cmd->def ? partition_cmd(cmd->def) : nullptr)
          lock(qualified(pc->name), LockLevel::AccessExclusive, false, true);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition: {
        auto* pc = cmd->def ? partition_cmd(cmd->def) : nullptr;
        if (pc && pc->concurrent) {
          non_transactional("DETACH PARTITION CONCURRENTLY");
          lock(table, LockLevel::ShareUpdateExclusive);
          break;
        }
        lock(table, LockLevel::AccessExclusive);
        if (pc) lock(qualified(pc->name), LockLevel::AccessExclusive);
        hazard(table, hazard::kAccessExclusiveLock,
               "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on " + table +
                   ": every query on the partitioned table waits");
        if (pc && s->n_cmds == 1 && !is_new(table)) {
          pc->concurrent = true;
          out_.direct_safe_form = parser::deparse_statement(root_);
          pc->concurrent = false;
        }
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace:
        lock(table, LockLevel::AccessExclusive, true);
        hazard(table, hazard::kTableRewrite, "rewrites " + table + " and its indexes under an ACCESS EXCLUSIVE lock",
               -1, false);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity:
        lock(table, LockLevel::AccessExclusive);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
        lock(table, LockLevel::ShareUpdateExclusive);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser:
        lock(table, LockLevel::ShareRowExclusive);
        break;
      default: lock(table, LockLevel::AccessExclusive); break;
    }
  }
}

}  // namespace schemaplan::lint::detail
