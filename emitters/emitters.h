#pragma once
/// Steps -> text: up.sql, down.sql, plan.md, plan.json, and plain DDL for `inspect`. Pure functions of the
/// plan: the same plan gives byte-identical text (no timestamps, no hash-map order).
#include <functional>
#include <string>

#include "planner/step.h"

namespace schemaplan::emit {

/// Forward SQL, runnable with `psql -v ON_ERROR_STOP=1 -f`. Consecutive transactional steps share one
/// BEGIN/COMMIT block; a step that cannot run in a transaction block stands outside, one statement at a time.
std::string up_sql(const Plan& plan);
/// Rollback SQL: each step's rollback, last step first, grouped the same way.
std::string down_sql(const Plan& plan);
/// The plan for a reviewer (GitHub-flavoured Markdown).
std::string markdown(const Plan& plan);
/// The plan for tools; structure documented in docs/plan-json.md, `"version": 1`.
std::string json(const Plan& plan);
/// A step's header comment for SQL files: `-- step N: action name`, then `-- hazard code: message` lines
/// with the rows counted, each kept on one line (a quoted name may hold a line break that would end a `--`
/// comment and leave the rest to run as SQL).
std::string step_comment(const Plan& plan, size_t index);
/// Plain DDL (statements only, no transaction blocks or step headers), for `inspect`.
std::string ddl(const Plan& plan);

// CI and pictures (text_emitter.cpp, github_emitter.cpp, dot_emitter.cpp).
/// One line per step (`+ create table public.t  [hazard]`), for terminals and CI logs.
std::string text(const Plan& plan);
/// GitHub Actions workflow commands: one annotation per step (`::error file=F,line=L::...`) that the pull
/// request shows at the file and line `where` gives for the step's target (the desired object's declaration;
/// none when unknown). `level` is error, warning or notice; `title` heads every annotation.
/// GitHub workflow-command escaping: a message escapes %, CR and LF; a property value (`property`) also ':' and ','.
std::string github_escape(const std::string& s, bool property);
std::string github(const Plan& plan, const std::function<SourceSpan(const ObjectId&)>& where, const std::string& level,
                   const std::string& title);
/// The plan's dependency graph in Graphviz DOT: steps as nodes (numbered as in up.sql, coloured by phase,
/// hazards in red), an edge from each step to the steps that must wait for it.
std::string dot(const Plan& plan);

}  // namespace schemaplan::emit
