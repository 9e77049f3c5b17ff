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

/// The throughput a duration class assumes (docs/hazards.md): a rewrite writes the table and its indexes anew,
/// a scan only reads them. Deliberately round figures for a disk-bound server under load: the class is an
/// order of magnitude for a reviewer, not a forecast.
inline constexpr double kRewriteBytesPerSecond = 100.0 * 1024 * 1024;
inline constexpr double kScanBytesPerSecond = 300.0 * 1024 * 1024;

/// "seconds" (under a minute), "minutes" (under an hour) or "hours": how long a scanning or rewriting step
/// takes over its table's size (heap, indexes and TOAST) at the rates above; "" when the step neither scans
/// nor rewrites or its table's size is unknown (no live database).
std::string duration_class(const Plan& plan, const Step& step);

/// The rows a hazard concerns, when they were counted (from a live database while planning), e.g.
/// ` (rows holding NULL now: public.t.c: 3)`; "" when nothing was counted. `markdown` sets names as code.
std::string row_counts_note(const Hazard& h, bool markdown);

}  // namespace schemaplan::emit
