// Rule 10: every step starts with its own lock_timeout and statement_timeout.
//
// Why: a DDL statement waiting for its lock queues every later query on the table behind it, so a migration
// stuck behind one long transaction turns into an outage. With lock_timeout the statement gives up instead (the
// step fails, and can be retried), and statement_timeout bounds the work done under the lock. Steps that scan or
// build without blocking reads and writes (concurrent index builds, VALIDATE CONSTRAINT) may take as long as the
// table is big and harm nobody while they do, so they get no statement limit. The values are set per step, not
// once per file, so that running any one step by hand (or --phase) gets them too. The SQL emitter writes them
// (as SET statements before each step, in up.sql and down.sql); they are not forward statements, so plan.json
// shows them as fields.
#include "planner/rules/rules.h"

namespace schemaplan::rules {

void timeouts(const Change&, const StepContext& ctx, std::vector<Node>& nodes) {
  for (Node& n : nodes) {
    n.step.lock_timeout = ctx.options.lock_timeout;
    n.step.statement_timeout = n.long_running ? "0" : ctx.options.statement_timeout;
  }
}

}  // namespace schemaplan::rules
