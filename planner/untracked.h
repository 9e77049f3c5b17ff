#pragma once
/// The untracked-dependency hazard: code the plan cannot see into may still need what a step takes away.
#include <vector>

#include "planner/node.h"
#include "planner/renames.h"

namespace schemaplan {

/// Adds an untracked-dependency hazard to each step that drops a table, view, materialized view, column,
/// sequence, type or function, or renames one away (`renames`), when a function of the desired schema (`to`)
/// names it in a string body (PL/pgSQL, `AS '...'` SQL, any other language, dynamic SQL included): PostgreSQL
/// does not bind such a body to what it uses, so nothing stops the step and the function fails at its next call.
/// A column counts as named when its table is named too. Names are matched as whole identifiers, ignoring case.
void note_untracked_dependencies(const Catalog& to, const std::vector<Rename>& renames, std::vector<Node>& nodes);

/// True when `text` holds `name` as a whole identifier (not inside a longer one), ignoring case.
bool names_identifier(const std::string& text, const std::string& name);

}  // namespace schemaplan
