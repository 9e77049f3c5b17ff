// Phases: what the starting schema loses is taken away in the contract phase.
//
// Why: a zero-downtime release runs the expand phase while the old application code is still serving, deploys
// the new code, then runs the contract phase. Old code may still read a column, query through an index or rely
// on a constraint being there, so every plain drop (a change that only removes) waits for the contract phase.
// The drop half of a recreation stays where it is: its create half (same name) needs it first, and the planner
// keeps a step in a phase no earlier than any step it waits for (order.cpp), so what must follow a drop moves
// to contract with it rather than the drop moving ahead of its phase.
// An enum that loses values (rebuilt as a new type) is contract too: old code may still write a removed value.
// The simple strategy has no phases: everything is one expand phase, as one runner applies it.
#include "planner/rules/rules.h"
#include "planner/sql/ddl.h"

namespace schemaplan::rules {

void contract_drops(const Change& ch, const StepContext&, std::vector<Node>& nodes) {
  // An enum losing values is rebuilt as a new type: old code may still write a removed value, so it is a drop too.
  if (const auto* e = std::get_if<EnumType>(&ch.before); e && ch.kind == ChangeKind::Alter) {
    const auto& a = std::get<EnumType>(ch.after);
    if (e->values != a.values && !ddl::enum_values_only_added(*e, a))
      for (Node& n : nodes) n.step.phase = Phase::Contract;
    return;
  }
  if (ch.kind != ChangeKind::Drop) return;
  for (Node& n : nodes)
    if (n.action == NodeAction::Drop) n.step.phase = Phase::Contract;
}

}  // namespace schemaplan::rules
