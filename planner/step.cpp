#include "planner/step.h"

namespace schemaplan {

const char* phase_name(Phase p) {
  switch (p) {
    case Phase::Expand: return "expand";
    case Phase::Backfill: return "backfill";
    case Phase::Contract: return "contract";
  }
  return "?";
}

const char* lock_name(LockLevel l) {
  switch (l) {
    case LockLevel::None: return "none";
    case LockLevel::AccessShare: return "ACCESS SHARE";
    case LockLevel::RowShare: return "ROW SHARE";
    case LockLevel::RowExclusive: return "ROW EXCLUSIVE";
    case LockLevel::ShareUpdateExclusive: return "SHARE UPDATE EXCLUSIVE";
    case LockLevel::Share: return "SHARE";
    case LockLevel::ShareRowExclusive: return "SHARE ROW EXCLUSIVE";
    case LockLevel::Exclusive: return "EXCLUSIVE";
    case LockLevel::AccessExclusive: return "ACCESS EXCLUSIVE";
  }
  return "?";
}


Hazard unfilled_not_null_hazard(const std::string& table, const std::string& column) {
  Hazard h{hazard::kDataDependent,
           "new column " + column + " is NOT NULL without a default: the step fails while " + table +
               " has rows (give it a default, or fill it between an expand and a contract)",
           {}};
  RowCount all{table, "", {}, false, std::nullopt};
  all.match = RowCount::Match::All;
  h.counts.push_back(std::move(all));
  return h;
}

}  // namespace schemaplan
