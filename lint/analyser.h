#pragma once
// Internal to lint/: the statement analyser shared by analysis.cpp (the statement kinds) and
// alter_table_checks.cpp (ALTER TABLE's subcommands), and the typed accessors of parse-tree nodes.
#include <string>
#include <utility>

#include "lint/analysis.h"
#include "lint/codes.h"
#include "model/sql_writer.h"
#include "parser/type_names.h"

namespace schemaplan::lint::detail {

using parser::Node;

inline std::string str(const char* s) { return s ? s : ""; }

// protobuf-c keeps a Node's oneof members in a union: read a member only when the case says it is set.
inline PgQuery__ColumnDef* column_def(Node* n) { return n && n->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF ? n->column_def : nullptr; }
inline PgQuery__Constraint* constraint(Node* n) { return n && n->node_case == PG_QUERY__NODE__NODE_CONSTRAINT ? n->constraint : nullptr; }
inline PgQuery__AlterTableCmd* alter_cmd(Node* n) {
  return n && n->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD ? n->alter_table_cmd : nullptr;
}
inline PgQuery__PartitionCmd* partition_cmd(Node* n) {
  return n && n->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD ? n->partition_cmd : nullptr;
}
inline PgQuery__DefElem* def_elem(Node* n) { return n && n->node_case == PG_QUERY__NODE__NODE_DEF_ELEM ? n->def_elem : nullptr; }
inline PgQuery__RangeVar* range_var(Node* n) { return n && n->node_case == PG_QUERY__NODE__NODE_RANGE_VAR ? n->range_var : nullptr; }
inline PgQuery__VacuumRelation* vacuum_relation(Node* n) {
  return n && n->node_case == PG_QUERY__NODE__NODE_VACUUM_RELATION ? n->vacuum_relation : nullptr;
}

/// `schema.name` of a RangeVar; an unqualified name is taken to be in public (the default search_path).
inline std::pair<std::string, std::string> rel_name(const PgQuery__RangeVar* r) {
  return {r && r->schemaname && *r->schemaname ? r->schemaname : "public", r ? str(r->relname) : ""};
}
inline std::string qualified(const PgQuery__RangeVar* r) {
  auto [s, n] = rel_name(r);
  return sql::qualified(s, n);
}

class Analyser {
 public:
  Analyser(const StatementContext& ctx, Analysis& out) : ctx_(ctx), out_(out) {}

  void run(Node* n);
  Node* root_ = nullptr;  // the statement, for deparsing it once rewritten

 private:
  bool is_new(const std::string& table) const { return ctx_.created && ctx_.created->count(table); }
  const Table* model_table(const PgQuery__RangeVar* r) const {
    if (!ctx_.model || !r) return nullptr;
    auto [s, n] = rel_name(r);
    return ctx_.model->table(s, n);
  }
  /// Records a lock, keeping the strongest per table.
  void lock(const std::string& table, LockLevel level, bool rewrites = false, bool scans = false) {
    for (auto& e : out_.effects)
      if (e.table == table) {
        e.lock = std::max(e.lock, level);
        e.rewrites |= rewrites;
        e.scans |= scans;
        return;
      }
    out_.effects.push_back(TableEffect{table, level, rewrites, scans, is_new(table)});
  }
  void add(const char* code, std::string message, int location = -1, Severity sev = Severity::Warning) {
    out_.findings.push_back(Finding{sev, code, std::move(message), ctx_.span(location)});
  }
  /// A hazard that only matters on a table that already holds rows and traffic.
  void hazard(const std::string& table, const char* code, std::string message, int location = -1, bool safe = true) {
    if (is_new(table)) return;
    add(code, std::move(message), location);
    out_.wants_safe_form |= safe;
  }
  void non_transactional(const std::string& what) {
    out_.non_transactional = true;
    out_.non_transactional_what = what;
  }

  void create_table(PgQuery__CreateStmt* s);
  void column_types(PgQuery__ColumnDef* c, bool key, const std::string& name = {});
  void create_index(PgQuery__IndexStmt* s);
  void drop(PgQuery__DropStmt* s);
  void alter_table(PgQuery__AlterTableStmt* s);
  void add_column(const std::string& table, PgQuery__ColumnDef* c);
  void add_constraint(const std::string& table, PgQuery__AlterTableStmt* s, PgQuery__Constraint* k);
  void alter_type(const std::string& table, const PgQuery__RangeVar* rel, PgQuery__AlterTableCmd* cmd);
  void set_not_null(const std::string& table, PgQuery__AlterTableStmt* s, PgQuery__AlterTableCmd* cmd);
  void rename(PgQuery__RenameStmt* s);
  void reindex(PgQuery__ReindexStmt* s);
  void long_identifiers();

  const StatementContext& ctx_;
  Analysis& out_;
  parser::TypeScope scope_;
};
}  // namespace schemaplan::lint::detail
