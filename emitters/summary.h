#pragma once
/// What a reviewer needs first, computed once for both plan.md and plan.json.
#include <map>
#include <string>
#include <vector>

#include "planner/step.h"

namespace schemaplan::emit {

struct Summary {
  int created = 0, altered = 0, dropped = 0;  ///< objects (recreations count as altered)
  std::map<std::string, int> steps_per_phase;  ///< phase name -> count (only phases that have steps)
  LockLevel worst_lock = LockLevel::None;
  std::string worst_lock_table;
  size_t worst_lock_step = 0;               ///< 1-based; 0 = none
  std::vector<size_t> deletes_data;         ///< 1-based step numbers
  std::vector<size_t> access_exclusive;     ///< 1-based step numbers
  std::vector<size_t> rewrites;             ///< 1-based step numbers of steps that (may) rewrite a table
  std::vector<size_t> non_transactional;    ///< 1-based step numbers
};

Summary summarize(const Plan& plan);

/// The rows a hazard concerns, when they were counted (from a live database while planning), e.g.
/// ` (rows holding NULL now: public.t.c: 3)`; "" when nothing was counted. `markdown` sets names as code.
std::string row_counts_note(const Hazard& h, bool markdown);

}  // namespace schemaplan::emit
