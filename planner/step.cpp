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

}  // namespace schemaplan
