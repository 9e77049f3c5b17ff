#pragma once
/// Recreation blocks: the online strategy's exception to one transaction per step.
#include <vector>

#include "planner/step.h"

namespace schemaplan {

/// Sets Step::with_next so that every object the plan drops and creates again (a view rebuilt around a column
/// type change, a function whose return type changes, an index on a rebuilt materialized view) is dropped and
/// created in one transaction, together with the steps ordered between the two: committing in between would
/// leave running code without the object. A block holding a step that cannot run in a transaction, or steps
/// of two phases, is left as one transaction per step. `steps` are in plan order. An index dropped and created
/// again inside such a block loses its index-dropped hazard: nobody else sees it missing. Without
/// `transaction_per_step` (the simple strategy, where consecutive transactional steps share a transaction
/// anyway) only that hazard is dropped.
void join_recreations(std::vector<Step>& steps, bool transaction_per_step = true);

}  // namespace schemaplan
