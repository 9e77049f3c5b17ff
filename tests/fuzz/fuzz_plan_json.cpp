/// libFuzzer target: plan.json as `schemaplan apply` reads it (apply::parse_plan_json, what read_plan_dir does
/// after reading the file), then the grouping of its steps into transactions. A plan.json that is not what apply
/// needs must be a DiagnosticError ("plan-error", exit 2); anything else escaping, a crash or a sanitizer report
/// is a bug.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "apply/plan_dir.h"
#include "model/diagnostic.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 256 * 1024) return 0;
  std::string body(reinterpret_cast<const char*>(data), size);
  try {
    schemaplan::apply::PlanDir plan = schemaplan::apply::parse_plan_json(body, "plan.json");
    // Every step lands in exactly one unit, in order: apply walks the units and must not skip or repeat a step.
    size_t next = 0;
    for (const auto& unit : schemaplan::apply::transaction_units(plan))
      for (size_t i : unit)
        if (i != next++) std::abort();
    if (next != plan.steps.size()) std::abort();
  } catch (const schemaplan::DiagnosticError& e) {
    e.formatted();
  }
  return 0;
}
