#include "emitters/summary.h"

#include <set>
#include <utility>

namespace schemaplan::emit {

Summary summarize(const Plan& plan) {
  Summary s;
  std::set<std::pair<ObjectId, ChangeKind>> counted;
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const Step& st = plan.steps[i];
    size_t n = i + 1;
    // Objects, not steps: the online rules spread one change over several steps (ADD ... NOT VALID, then
    // VALIDATE), which share the target and the kind of change.
    bool first_of_change = counted.insert({st.target, st.change}).second;
    if (first_of_change) switch (st.change) {
      case ChangeKind::Create: ++s.created; break;
      case ChangeKind::Drop: ++s.dropped; break;
      // A recreation is two steps (drop, create) of one object: counted once, as altered.
      case ChangeKind::Recreate:
      case ChangeKind::Alter: ++s.altered; break;
    }
    ++s.steps_per_phase[phase_name(st.phase)];
    if (st.lock > s.worst_lock) {
      s.worst_lock = st.lock;
      s.worst_lock_table = st.locked_table;
      s.worst_lock_step = n;
    }
    for (const auto& l : st.other_locks)
      if (l.level > s.worst_lock) {
        s.worst_lock = l.level;
        s.worst_lock_table = l.table;
        s.worst_lock_step = n;
      }
    if (st.lock == LockLevel::AccessExclusive) s.access_exclusive.push_back(n);
    if (st.rewrites) s.rewrites.push_back(n);
    for (const auto& h : st.hazards)
      if (h.code == hazard::kDeletesData) {
        s.deletes_data.push_back(n);
        break;
      }
    if (!st.transactional) s.non_transactional.push_back(n);
  }
  return s;
}

std::string duration_class(const Plan& plan, const Step& step) {
  if (!step.rewrites && !step.scans) return "";
  auto it = plan.table_stats.find(step.locked_table);
  // No measured size: an existing table is never 0 bytes (its first page, its key's index).
  if (it == plan.table_stats.end() || it->second.bytes <= 0) return "";
  double seconds = static_cast<double>(it->second.bytes) / (step.rewrites ? kRewriteBytesPerSecond : kScanBytesPerSecond);
  return seconds < 60 ? "seconds" : seconds < 3600 ? "minutes" : "hours";
}

std::string row_counts_note(const Hazard& h, bool markdown) {
  std::string out;
  const char* what = "rows holding them now";
  for (const auto& c : h.counts) {
    if (!c.rows && !c.estimated) continue;
    bool all = c.match == RowCount::Match::All;
    if (all) what = "rows now";
    else if (c.match == RowCount::Match::Null) what = "rows holding NULL now";
    else if (c.match == RowCount::Match::Where) what = "rows failing it now";
    else if (c.match == RowCount::Match::Duplicates) what = "duplicated values now";
    std::string name = all || c.column.empty() ? c.table : c.table + "." + c.column;
    if (markdown) name = (name.find('`') == std::string::npos ? "`" + name + "`" : "`` " + name + " ``");
    // Exact counts are bare numbers; past --count-timeout the figure is the server's estimate, said so.
    std::string figure = !c.rows ? "unknown (not counted in time, no statistics)"
                         : c.estimated ? "~" + std::to_string(*c.rows) + " (estimated, not counted in time)"
                                       : std::to_string(*c.rows);
    out += (out.empty() ? "" : ", ") + name + ": " + figure;
  }
  return out.empty() ? "" : " (" + std::string(what) + ": " + out + ")";
}

}  // namespace schemaplan::emit
