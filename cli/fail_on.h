#pragma once
/// `--fail-on`: the hazards that make `diff` exit 1, each optionally bounded by the size of the table its step
/// works on (`table-rewrite>1GB`: only rewrites of tables over 1 GB). A CI job can then let a rewrite of a small
/// lookup table through and stop one of the orders table.
#include <cstdint>
#include <map>
#include <string>

#include "planner/step.h"

namespace schemaplan::cli {

/// Hazard code -> the table size in bytes a step must exceed to count (0: every step holding it).
using FailOn = std::map<std::string, int64_t>;

/// Parses `code[,code>SIZE...]`; SIZE is a number with a unit B, kB, MB, GB or TB (powers of 1024, as plan.md
/// prints sizes; the case of the unit is free). An unknown code or a malformed size is a usage error. A code
/// given both plainly and with a size counts plainly.
FailOn parse_fail_on(const std::string& list);

/// The steps holding a hazard of `f` over its threshold, one line each, for stderr. A step whose table has no
/// known size (no live --from, a table the plan creates) counts: a threshold is never a reason to let an
/// unmeasured rewrite through.
std::string fail_on_violations(const Plan& p, const FailOn& f);

}  // namespace schemaplan::cli
