#include "cli/row_counts.h"

#include <cctype>
#include <optional>

#include "introspect/database.h"
#include "model/diagnostic.h"
#include "model/sql_writer.h"

namespace schemaplan::cli {
namespace {

/// `ARRAY['a', 'b']::text[]` of the values looked for.
std::string text_array(const std::vector<std::string>& values) {
  std::string list;
  for (const auto& v : values) list += (list.empty() ? "" : ", ") + sql::literal(v);
  return "ARRAY[" + list + "]::text[]";
}

/// Fills the bytes of the tables the plan locks, in one query bounded like a count: the catalog query does not
/// read sizes (pg_total_relation_size opens every table; see introspect/catalog_queries.cpp).
void measure_tables(Plan& plan, introspect::Database& db, int timeout_ms) {
  if (plan.table_stats.empty()) return;
  std::vector<std::string> names;
  for (const auto& [table, stats] : plan.table_stats) names.push_back(table);
  auto sizes = db.query_value_within(
      "SELECT string_agg(coalesce(pg_catalog.pg_total_relation_size(pg_catalog.to_regclass(t.name)), 0)::text, ',' "
      "ORDER BY t.o) FROM unnest(" + text_array(names) + ") WITH ORDINALITY AS t(name, o)",
      timeout_ms);
  if (!sizes) return;  // a table held by a lock: sizes are a courtesy, the plan does not wait for them
  size_t pos = 0;
  for (auto& [table, stats] : plan.table_stats) {
    size_t comma = sizes->find(',', pos);
    stats.bytes = std::stoll(sizes->substr(pos, comma - pos));
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
}

/// The rows (or, for duplicates, the groups) a Where / Duplicates count is about, as one SELECT: counted by
/// wrapping it in count(*), estimated by EXPLAIN.
std::string matching_rows(const RowCount& c) {
  std::string where = c.condition.empty() ? "" : " WHERE " + c.condition;
  if (c.match == RowCount::Match::Where) return "SELECT 1 FROM " + c.table + where;
  std::string key;
  for (const auto& k : c.key) key += (key.empty() ? "" : ", ") + sql::ident(k);
  return "SELECT 1 FROM " + c.table + where + " GROUP BY " + key + " HAVING count(*) > 1";
}

bool by_condition(const RowCount& c) { return c.match == RowCount::Match::Where || c.match == RowCount::Match::Duplicates; }

/// The top plan node's row estimate in EXPLAIN (FORMAT JSON) output; nullopt when there is none.
std::optional<long long> plan_rows(const std::string& json) {
  const std::string key = "\"Plan Rows\": ";
  size_t at = json.find(key);
  if (at == std::string::npos) return std::nullopt;
  return std::stoll(json.substr(at + key.size()));
}

}  // namespace

std::string row_count_query(const RowCount& c) {
  if (by_condition(c)) return "SELECT count(*) FROM (" + matching_rows(c) + ") AS sp_rows";
  if (c.match == RowCount::Match::All) return "SELECT count(*) FROM " + c.table;
  if (c.match == RowCount::Match::Null) return "SELECT count(*) FROM " + c.table + " WHERE " + sql::ident(c.column) + " IS NULL";
  const std::string list = text_array(c.values);
  // Compared as text: the values are labels of a type that the plan is about to replace.
  const std::string col = sql::ident(c.column);
  return "SELECT count(*) FROM " + c.table + " WHERE " +
         (c.array ? col + "::text[] && " + list : col + "::text = ANY (" + list + ")");
}

std::string row_estimate_query(const RowCount& c) {
  // No statistics answer an arbitrary condition: the planner's own estimate does, without reading the table
  // (EXPLAIN waits for a lock on it like any query, so it is bounded like a count).
  if (by_condition(c)) return "EXPLAIN (FORMAT JSON) " + matching_rows(c);
  // The share of the rows, from the column's statistics (NULL when it has none: the estimate is then unknown).
  // Only catalog rows are read: to_regclass() and pg_stats take no lock on the table itself.
  std::string share = "1";
  if (c.match != RowCount::Match::All) {
    std::string of_stats;
    if (c.match == RowCount::Match::Null) {
      of_stats = "s.null_frac";
    } else {
      // The most common values' (or array elements') frequencies: values outside that list count as none.
      const std::string vals = c.array ? "s.most_common_elems" : "s.most_common_vals";
      const std::string freqs = c.array ? "s.most_common_elem_freqs" : "s.most_common_freqs";
      of_stats = "least(1, (SELECT coalesce(sum(m.f), 0) FROM unnest(" + vals + "::text::text[], " + freqs +
                 ") AS m(v, f) WHERE m.v = ANY (" + text_array(c.values) + ")))";
    }
    share = "(SELECT " + of_stats + " FROM pg_catalog.pg_stats s WHERE s.schemaname = n.nspname AND s.tablename = "
            "c.relname AND s.attname = " + sql::literal(c.column) + " ORDER BY s.inherited LIMIT 1)";
  }
  return "SELECT CASE WHEN c.reltuples >= 0 THEN round(c.reltuples * " + share + ")::bigint END "
         "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
         "WHERE c.oid = pg_catalog.to_regclass(" + sql::literal(c.table) + ")";
}

int count_timeout_ms(const std::string& text) {
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  const std::string unit = text.substr(digits);
  long long factor = unit.empty() || unit == "ms" ? 1 : unit == "s" ? 1000 : unit == "min" ? 60000 : 0;
  if (digits == 0 || digits > 9 || factor == 0)
    fail("usage", "--count-timeout: '" + text + "' is not a duration (e.g. 2s, 500ms or 1min)");
  long long ms = std::stoll(text.substr(0, digits)) * factor;
  if (ms < 1 || ms > 86400000) fail("usage", "--count-timeout: '" + text + "' is not between 1ms and 24h");
  return static_cast<int>(ms);
}

namespace {

/// A condition written from the desired schema may not run on the starting database (it names a column or
/// function the plan adds, or a table it creates): then the figure stays unset, as offline, and the plan
/// goes on (a count is a courtesy, never a reason not to plan).
void count_by_condition(introspect::Database& db, RowCount& c, int timeout_ms) {
  try {
    if (auto exact = db.query_value_within(row_count_query(c), timeout_ms)) {
      c.rows = std::stoll(*exact);
      return;
    }
    c.estimated = true;
    if (auto plan = db.query_value_within(row_estimate_query(c), timeout_ms)) c.rows = plan_rows(*plan);
  } catch (const DiagnosticError& e) {
    if (e.diagnostic().code != "sql-error") throw;  // a lost connection stops the command as elsewhere
    c.estimated = false;
    c.rows.reset();
  }
}

}  // namespace

void count_hazard_rows(Plan& plan, const std::string& conninfo, const CountOptions& options) {
  bool any = false;
  for (const auto& s : plan.steps)
    for (const auto& h : s.hazards) any |= !h.counts.empty();
  const bool sizes = options.sizes && !plan.table_stats.empty();
  if (!(any && options.counts) && !sizes) return;  // no connection for plans that ask nothing
  introspect::Database db(conninfo);
  if (sizes) measure_tables(plan, db, options.timeout_ms);
  if (!options.counts) return;
  for (auto& s : plan.steps)
    for (auto& h : s.hazards)
      for (auto& c : h.counts) {
        if (by_condition(c)) {
          count_by_condition(db, c, options.timeout_ms);
          continue;
        }
        if (auto exact = db.query_value_within(row_count_query(c), options.timeout_ms)) {
          c.rows = std::stoll(*exact);
          continue;
        }
        c.estimated = true;
        std::string estimate = db.query_value(row_estimate_query(c));
        if (!estimate.empty()) c.rows = std::stoll(estimate);
      }
}

}  // namespace schemaplan::cli
