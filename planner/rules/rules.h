#pragma once
/// Planner rules: the online (zero-downtime) forms of the steps. steps.cpp writes every change as plain DDL, the
/// way `--strategy simple` runs it; each rule then rewrites the nodes of one change into a safer sequence
/// (CONCURRENTLY, NOT VALID + VALIDATE, ...). The rules run in one fixed order (rules.cpp), each in its own file
/// with a comment on why its form is safe, so a reviewer reads one rule at a time.
#include <string>
#include <vector>

#include "planner/steps.h"

namespace schemaplan::rules {

/// Applies every rule, in the order of the list in rules.cpp, to the nodes built for `change` (its create,
/// drop or alter node; a recreation's drop and create nodes). Rules may rewrite, add or remove nodes. Only the
/// online strategy has rules: with `--strategy simple` the nodes are left as they are.
void apply(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);

// The rules, in the order they run (one file each).
void concurrent_index(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void not_valid_constraint(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void set_not_null(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);
void timeouts(const Change& change, const StepContext& ctx, std::vector<Node>& nodes);

// Shared by the rules.
/// True when the table exists in the starting state: only then can a step lock out running traffic.
bool table_exists_before(const StepContext& ctx, const std::string& schema, const std::string& table);
/// Removes every hazard with `code` from the step.
void drop_hazards(Step& step, const char* code);
/// Name of rule 4's helper CHECK for `table.column`: deterministic, at most 63 bytes (unquoted).
std::string not_null_helper_name(const std::string& table, const std::string& column);

}  // namespace schemaplan::rules
