#include <algorithm>
#include <cstdio>
#include <map>

#include "emitters/emitters.h"
#include "emitters/summary.h"
#include "model/pg_names.h"

namespace schemaplan::emit {
namespace {

/// Table cells: pipes and newlines would break the row.
std::string cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

std::string code(const std::string& s) {
  // Inline code that may itself hold backticks: widen the fence.
  std::string fence = s.find('`') == std::string::npos ? "`" : "``";
  return fence + (fence.size() > 1 ? " " : "") + s + (fence.size() > 1 ? " " : "") + fence;
}

/// "step 3" or "steps 1, 4".
std::string step_list(const std::vector<size_t>& v) {
  std::string out = v.size() == 1 ? "step " : "steps ";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + std::to_string(v[i]);
  return out;
}

std::string first_line(const std::string& s) {
  auto nl = s.find('\n');
  std::string l = nl == std::string::npos ? s : s.substr(0, nl) + " …";
  return l.size() > 90 ? l.substr(0, pg_names::clip_length(l, 87)) + "..." : l;
}

/// The statement the step table shows: the first one that is not a session setting (`SET check_function_bodies
/// = off` before a CREATE FUNCTION says nothing about the step).
size_t shown_statement(const Step& st) {
  for (size_t i = 0; i < st.forward.size(); ++i)
    if (!st.forward[i].starts_with("SET ")) return i;
  return 0;
}

/// The text of the shown statement. A user mapping's options may hold a password: the summary leaves their
/// values out (the SQL blocks further down are the statements themselves).
std::string shown_text(const Step& st) {
  if (st.forward.empty()) return "";
  std::string s = st.forward[shown_statement(st)];
  if (st.target.kind == ObjectKind::UserMapping)
    if (size_t at = s.find(" OPTIONS ("); at != std::string::npos) s = s.substr(0, at) + " OPTIONS (…)";
  return s;
}

/// The step table shows one statement of a step; the count of the others tells the reviewer to read on.
std::string more_statements(const Step& st) {
  size_t n = std::count_if(st.forward.begin(), st.forward.end(), [](const std::string& s) { return !s.starts_with("SET "); });
  return n > 1 ? " (+" + std::to_string(n - 1) + " more)" : "";
}

std::string sql_block(const std::vector<std::string>& stmts) {
  if (stmts.empty()) return "_(nothing)_\n";
  std::string out = "```sql\n";
  for (const auto& s : stmts) out += s + ";\n";
  return out + "```\n";
}

/// `12 MB`, `3.4 kB`: powers of 1024, one decimal under 10.
std::string human_bytes(int64_t b) {
  const char* units[] = {"B", "kB", "MB", "GB", "TB"};
  double v = static_cast<double>(b);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, v < 10 && u > 0 ? "%.1f %s" : "%.0f %s", v, units[u]);
  return buf;
}

/// What a reviewer weighs a scan or rewrite by: the table's estimated rows and size, when read from a database.
std::string size_note(const Plan& plan, const Step& st) {
  if (!st.rewrites && !st.scans) return "";
  auto it = plan.table_stats.find(st.locked_table);
  if (it == plan.table_stats.end()) return "";
  const TableStats& t = it->second;
  std::string d = duration_class(plan, st);
  return " (" + (t.rows < 0 ? std::string("rows unknown, never analysed") : "~" + std::to_string(t.rows) + " rows") + ", " +
         human_bytes(t.bytes) + (d.empty() ? "" : ", " + d) + ")";
}

std::string locks(const Step& st) {
  std::string out = st.lock == LockLevel::None ? "" : lock_name(st.lock);
  for (const auto& l : st.other_locks) out += (out.empty() ? "" : "; ") + std::string(lock_name(l.level)) + " on " + code(l.table);
  return out.empty() ? "—" : out;
}

}  // namespace

std::string markdown(const Plan& plan) {
  Summary s = summarize(plan);
  std::string out = "# Migration plan\n\n";
  if (plan.steps.empty()) {
    out += "**No changes.** The target already matches the desired schema.\n";
    for (const auto& w : plan.warnings) out += "\n> **Warning:** " + w + "\n";
    return out;
  }
  // The verdict: what a reviewer must know in five seconds.
  out += "**" + std::to_string(plan.steps.size()) + " step" + (plan.steps.size() == 1 ? "" : "s") + "**";
  for (const char* phase : {"expand", "backfill", "contract"})
    if (auto it = s.steps_per_phase.find(phase); it != s.steps_per_phase.end())
      out += std::string(" · ") + phase + ": " + std::to_string(it->second);
  out += " · objects: " + std::to_string(s.created) + " created, " + std::to_string(s.altered) + " altered, " +
         std::to_string(s.dropped) + " dropped\n\n";
  if (s.worst_lock != LockLevel::None)
    out += "- **Worst lock:** " + std::string(lock_name(s.worst_lock)) + " on " + code(s.worst_lock_table) + " (step " +
           std::to_string(s.worst_lock_step) + ")\n";
  else
    out += "- **Worst lock:** none on existing tables\n";
  out += "- **Deletes data:** " + (s.deletes_data.empty() ? std::string("no") : "**yes** — " + step_list(s.deletes_data)) + "\n";
  out += "- **ACCESS EXCLUSIVE locks:** " + (s.access_exclusive.empty() ? std::string("none") : step_list(s.access_exclusive)) + "\n";
  out += "- **Rewrites tables:** " + (s.rewrites.empty() ? std::string("no") : step_list(s.rewrites)) + "\n";
  if (!s.non_transactional.empty())
    out += "- **Outside a transaction:** " + step_list(s.non_transactional) + "\n";
  // How long each scan or rewrite runs, by class, from the sizes read off the starting database: the steps of
  // each class, longest first.
  std::map<std::string, std::vector<size_t>> by_class;
  for (size_t i = 0; i < plan.steps.size(); ++i)
    if (std::string d = duration_class(plan, plan.steps[i]); !d.empty()) by_class[d].push_back(i + 1);
  if (!by_class.empty()) {
    std::string classes;
    for (const char* d : {"hours", "minutes", "seconds"})
      if (auto it = by_class.find(d); it != by_class.end())
        classes += (classes.empty() ? "" : "; ") + std::string(d) + ": " + step_list(it->second);
    out += "- **Scans and rewrites take:** " + classes + " (at " +
           std::to_string(static_cast<int>(kRewriteBytesPerSecond / 1024 / 1024)) + " MB/s rewriting, " +
           std::to_string(static_cast<int>(kScanBytesPerSecond / 1024 / 1024)) +
           " MB/s scanning the table's size with its indexes)\n";
  }
  bool any_hazard = false;
  for (const auto& st : plan.steps) any_hazard |= !st.hazards.empty();
  if (any_hazard) {
    out += "\n### Hazards\n\n";
    for (size_t i = 0; i < plan.steps.size(); ++i)
      for (const auto& h : plan.steps[i].hazards)
        out += "- step " + std::to_string(i + 1) + " — **" + h.code + "**: " + h.message + row_counts_note(h, true) + "\n";
    // Which row figures are exact: a reader deciding whether to run the plan needs to know.
    bool counted = false, estimated = false;
    for (const auto& st : plan.steps)
      for (const auto& h : st.hazards)
        for (const auto& c : h.counts) {
          counted |= c.rows && !c.estimated;
          estimated |= c.estimated;
        }
    if (counted || estimated)
      out += std::string("\nRow figures are ") +
             (estimated ? "exact counts (`count(*)` on the starting database) except those marked estimated: the "
                          "server's statistics, where a count took longer than `--count-timeout`.\n"
                        : "exact counts (`count(*)` on the starting database).\n");
  }
  for (const auto& w : plan.warnings) out += "\n> **Warning:** " + w + "\n";

  out += "\n## Steps\n\n| # | Phase | Object | Statement | Lock | Rewrite / scan | Hazards | Tx |\n";
  out += "|---|---|---|---|---|---|---|---|\n";
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const Step& st = plan.steps[i];
    std::string rs = (st.rewrites ? "rewrite" : st.scans ? "scan" : "catalog only") + size_note(plan, st);
    std::string hz;
    for (const auto& h : st.hazards) hz += (hz.empty() ? "" : ", ") + h.code;
    out += "| " + std::to_string(i + 1) + " | " + phase_name(st.phase) + " | " + cell(code(st.target.str())) + " | " +
           cell(code(first_line(shown_text(st)))) + more_statements(st) + " | " +
           locks(st) + " | " + rs + " | " + (hz.empty() ? "—" : hz) + " | " +
           (!st.transactional ? "no" : st.with_next ? "yes, with next" : "yes") + " |\n";
  }
  out += "\n## SQL per step\n";
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const Step& st = plan.steps[i];
    out += "\n### Step " + std::to_string(i + 1) + ": " + st.action + " " + code(st.target.sql_name()) + "\n\n";
    out += "Forward:\n\n" + sql_block(st.forward) + "\nRollback:\n\n" + sql_block(st.rollback);
  }
  return out;
}

}  // namespace schemaplan::emit
