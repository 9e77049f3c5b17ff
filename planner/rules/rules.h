#pragma once
/// Planner rules: the online (zero-downtime) forms of the steps. steps.cpp writes every change as plain DDL, the
/// way `--strategy simple` runs it; each rule then rewrites the nodes of one change into a safer sequence
/// (CONCURRENTLY, NOT VALID + VALIDATE, ...). The rules run in one fixed order (rules.cpp), each in its own file
/// with a comment on why its form is safe, so a reviewer reads one rule at a time.
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/pg_names.h"
#include "planner/sql/ddl.h"
#include "planner/steps.h"

namespace schemaplan::rules {

/// Applies every rule, in the order of the list in rules.cpp, to the nodes built for `change` (its create,
/// drop or alter node; a recreation's drop and create nodes). Rules may rewrite, add or remove nodes. Only the
/// online strategy has rules: with `--strategy simple` the nodes are left as they are.
void apply(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);

// The rules, in the order they run (one file each).
void concurrent_index(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void partitioned_index(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void key_using_index(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void not_valid_constraint(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void new_column_backfill(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void column_type(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void set_not_null(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void contract_drops(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void timeouts(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);

// Shared by the rules.
/// True when the table exists in the starting state: only then can a step lock out running traffic.
bool table_exists_before(const StepContext& ctx, const std::string& schema, const std::string& table);
/// Removes every hazard with `code` from the step.
void drop_hazards(Step& step, const char* code);
/// Moves every hazard with `code` from one step to another (to the step that will actually fail, say).
void move_hazards(Step& from, Step& to, const char* code);
/// `full` when it fits PostgreSQL's 63-byte identifiers, else a cut of it tagged with a hash of the whole.
std::string helper_name(const std::string& full);
/// True unless every function `expr` calls is stable or immutable: declared so in `functions` (the desired
/// catalog) for user functions, known so for builtins (volatility.cpp).
bool is_volatile_expression(const std::string& expr, const Catalog* functions = nullptr);
/// Volatile builtins commonly used as defaults (for the docs and tests).
const std::vector<std::string>& known_volatile_functions();
/// Rule 4's first two steps for `column` (add the helper CHECK NOT VALID, validate it), shaped like `like`
/// (target, phase, rank); `finish_not_null` turns a step holding `SET NOT NULL` into rule 4's third step.
std::vector<Node> not_null_helpers(const std::string& schema, const std::string& table, const std::string& column,
                                   const Node& like);
void finish_not_null(const std::string& schema, const std::string& table, const std::string& column, Node& set);
/// True when changing a column from type `before` to `after` needs no rewrite (see column_type.cpp).
bool binary_coercible(const std::string& before, const std::string& after);
/// A column replaced beside the old one (rule 6's type change, rule 7's rename): see column_type.cpp.
struct ExpandContract {
  std::string schema, table;
  Column old_column;      ///< as it is
  Column new_column;      ///< as it must end
  std::string temp_name;  ///< the new column's name until the contract renames it; empty: new_column.name
  std::vector<ddl::KeyColumn> key;
};
/// The steps: expand (new column + sync trigger), backfill (batched copy, NOT NULL by rule 4), contract (drop
/// the old column and the trigger, rename). `like` is the node being replaced (target, rank, dependencies).
std::vector<Node> expand_contract(const ExpandContract& ec, const Node& like, const StepContext& ctx);
/// The primary key of an existing table, for batched backfills; empty when it has none.
std::vector<ddl::KeyColumn> primary_key(const Catalog& from, const std::string& schema, const std::string& table);
/// A plain PRIMARY KEY / UNIQUE definition taken apart (key_using_index.cpp).
struct KeyParts {
  bool primary = false;
  std::string nulls;       ///< " NULLS NOT DISTINCT" or ""
  std::string keys;        ///< "(a, b)"
  std::string deferrable;  ///< " DEFERRABLE [INITIALLY DEFERRED]" or ""
};
/// Splits a canonical key definition; false when it holds more than `PRIMARY KEY (cols)` / `UNIQUE [NULLS NOT
/// DISTINCT] (cols)` with an optional DEFERRABLE (INCLUDE, WITH, USING INDEX TABLESPACE).
bool split_key(const Constraint& c, KeyParts& k);
/// True when rule 6 replaces `schema.table.column` (a rewriting type change) beside the old column although
/// keys, indexes or foreign keys use it (key_column_type.cpp); false: the plain path or the in-place ALTER.
bool key_swap_applies(const StepContext& ctx, const std::string& schema, const std::string& table,
                      const std::string& column);
/// The nodes of such a key swap, replacing `like` (the column's ALTER node).
std::vector<Node> key_swap(const Change& change, const Node& like, const StepContext& ctx);
// PostgreSQL's index naming (model/pg_names.h), used by the rules for partitions' indexes.
using pg_names::choose_relation_name;
using pg_names::index_column_names;
/// Name of rule 4's helper CHECK for `table.column`: deterministic, at most 63 bytes (unquoted).
std::string not_null_helper_name(const std::string& table, const std::string& column);

}  // namespace schemaplan::rules
