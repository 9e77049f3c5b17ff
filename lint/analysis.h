#pragma once
/// One statement's locks, rewrites and scans (the lock table of docs/lint.md) and the checks that need only the
/// statement and the schema just before it. The stateful checks (transaction context, timeouts) and the safe
/// forms planned through the planner live in linter.cpp.
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "lint/lint.h"
#include "model/model.h"
#include "parser/pg_tree.h"

namespace schemaplan::lint {

struct StatementContext {
  const Catalog* model = nullptr;          ///< the schema before the statement; nullptr when unknown
  const std::set<std::string>* created = nullptr;  ///< qualified tables created earlier in the file (empty: nothing waits)
  /// Statement-relative byte location -> file span (-1: the statement's first token).
  std::function<SourceSpan(int)> span;
  std::string_view text;  ///< the statement's text, as its locations count (from its leading blanks)
};

struct Analysis {
  std::string kind;
  std::vector<TableEffect> effects;
  std::vector<Finding> findings;
  /// A finding the online rules avoid: the linter asks the planner for the safe form.
  bool wants_safe_form = false;
  /// A rewrite of the statement itself (e.g. with CONCURRENTLY) when that is the whole safe form, or the
  /// fallback when the schema is unknown; "" when none.
  std::string direct_safe_form;
  bool non_transactional = false;  ///< PostgreSQL refuses it inside a transaction block
  std::string non_transactional_what;  ///< e.g. "CREATE INDEX CONCURRENTLY"
  enum class Tx { None, Begin, End } tx = Tx::None;
  std::vector<std::string> sets;        ///< settings a SET statement sets (lock_timeout, ...), lower-case
  std::vector<std::string> creates;     ///< qualified tables this statement creates
};

/// Analyses one parsed statement.
Analysis analyse(parser::Node* stmt, const StatementContext& ctx);

}  // namespace schemaplan::lint
