#include "emitters/emitters.h"
#include "emitters/json_writer.h"
#include "emitters/summary.h"
#include "model/sha256.h"

namespace schemaplan::emit {
namespace {
void numbers(JsonWriter& w, const std::vector<size_t>& v) {
  w.begin_array();
  for (size_t n : v) w.value(static_cast<long long>(n));
  w.end_array();
}
void strings(JsonWriter& w, const std::vector<std::string>& v) {
  w.begin_array();
  for (const auto& s : v) w.value(s);
  w.end_array();
}
}  // namespace

std::string json(const Plan& plan) {
  Summary s = summarize(plan);
  JsonWriter w;
  w.begin_object();
  w.key("version").value(1LL);
  w.key("summary").begin_object();
  w.key("steps").value(static_cast<long long>(plan.steps.size()));
  w.key("created").value(static_cast<long long>(s.created));
  w.key("altered").value(static_cast<long long>(s.altered));
  w.key("dropped").value(static_cast<long long>(s.dropped));
  w.key("phases").begin_object();
  for (const char* p : {"expand", "backfill", "contract"}) {
    auto it = s.steps_per_phase.find(p);
    if (it != s.steps_per_phase.end()) w.key(p).value(static_cast<long long>(it->second));
  }
  w.end_object();
  w.key("worst_lock").begin_object();
  w.key("level").value(lock_name(s.worst_lock));
  w.key("table").value(s.worst_lock_table);
  w.key("step").value(static_cast<long long>(s.worst_lock_step));
  w.end_object();
  w.key("deletes_data_steps");
  numbers(w, s.deletes_data);
  w.key("access_exclusive_steps");
  numbers(w, s.access_exclusive);
  w.key("rewrite_steps");
  numbers(w, s.rewrites);
  w.key("non_transactional_steps");
  numbers(w, s.non_transactional);
  w.end_object();
  w.key("table_stats").begin_object();
  for (const auto& [table, t] : plan.table_stats) {
    w.key(table).begin_object();
    w.key("rows").value(static_cast<long long>(t.rows));
    w.key("bytes").value(static_cast<long long>(t.bytes));
    w.end_object();
  }
  w.end_object();
  w.key("warnings");
  strings(w, plan.warnings);
  w.key("steps").begin_array();
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const Step& st = plan.steps[i];
    w.begin_object();
    w.key("number").value(static_cast<long long>(i + 1));
    w.key("phase").value(phase_name(st.phase));
    w.key("action").value(st.action);
    w.key("change").value(change_kind_name(st.change));
    w.key("object").begin_object();
    w.key("kind").value(kind_name(st.target.kind));
    w.key("schema").value(st.target.schema);
    w.key("name").value(st.target.name);
    w.key("table").value(st.target.parent);
    w.key("display").value(st.target.sql_name());
    w.end_object();
    w.key("transactional").value(st.transactional);
    w.key("with_next").value(st.with_next);
    w.key("lock_timeout").value(st.lock_timeout);
    w.key("statement_timeout").value(st.statement_timeout);
    w.key("lock").begin_object();
    w.key("level").value(lock_name(st.lock));
    w.key("table").value(st.locked_table);
    w.end_object();
    w.key("other_locks").begin_array();
    for (const auto& l : st.other_locks) {
      w.begin_object();
      w.key("level").value(lock_name(l.level));
      w.key("table").value(l.table);
      w.end_object();
    }
    w.end_array();
    w.key("rewrites").value(st.rewrites);
    w.key("scans").value(st.scans);
    // The duration class plan.md gives (summary.h's throughput assumptions); null when not measured.
    w.key("duration");
    if (std::string d = duration_class(plan, st); !d.empty()) w.value(d);
    else w.null();
    w.key("hazards").begin_array();
    for (const auto& h : st.hazards) {
      w.begin_object();
      w.key("code").value(h.code);
      w.key("message").value(h.message);
      if (!h.counts.empty()) {
        // Rows the hazard concerns; "rows" is null when they were not counted (no live database).
        w.key("counts").begin_array();
        for (const auto& c : h.counts) {
          w.begin_object();
          w.key("match").value(c.match == RowCount::Match::Null         ? "null"
                               : c.match == RowCount::Match::All        ? "all"
                               : c.match == RowCount::Match::Where      ? "where"
                               : c.match == RowCount::Match::Duplicates ? "duplicates"
                                                                        : "values");
          w.key("table").value(c.table);
          w.key("column").value(c.column);
          w.key("values");
          strings(w, c.values);
          if (c.match == RowCount::Match::Where || c.match == RowCount::Match::Duplicates) {
            w.key("condition").value(c.condition);
            if (c.match == RowCount::Match::Duplicates) {
              w.key("key");
              strings(w, c.key);
            }
          }
          w.key("rows");
          if (c.rows) w.value(*c.rows);
          else w.null();
          // "exact": rows is a count(*); false with rows set: the server's estimate (the count took longer than
          // --count-timeout); false with rows null: not counted (no live database, or --no-counts).
          w.key("exact").value(c.rows.has_value() && !c.estimated);
          w.end_object();
        }
        w.end_array();
      }
      w.end_object();
    }
    w.end_array();
    w.key("forward");
    strings(w, st.forward);
    w.key("rollback");
    strings(w, st.rollback);
    w.end_object();
  }
  w.end_array();
  // What `schemaplan apply` needs besides the steps (docs/plan-json.md): last, so the fields above keep their place.
  w.key("apply").begin_object();
  w.key("transaction_per_step").value(plan.transaction_per_step);
  w.key("from_fingerprint");
  if (plan.from_fingerprint.empty()) w.null();
  else w.value(plan.from_fingerprint);
  w.key("to_fingerprint");
  if (plan.to_fingerprint.empty()) w.null();
  else w.value(plan.to_fingerprint);
  w.key("up_sql_sha256").value(sha256_hex(up_sql(plan)));
  w.end_object();
  w.end_object();
  return w.str();
}

}  // namespace schemaplan::emit
