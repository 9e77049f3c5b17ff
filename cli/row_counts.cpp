#include "cli/row_counts.h"

#include "introspect/database.h"
#include "model/sql_writer.h"

namespace schemaplan::cli {

std::string row_count_query(const RowCount& c) {
  if (c.match == RowCount::Match::All) return "SELECT count(*) FROM " + c.table;
  if (c.match == RowCount::Match::Null) return "SELECT count(*) FROM " + c.table + " WHERE " + sql::ident(c.column) + " IS NULL";
  std::string values;
  for (const auto& v : c.values) values += (values.empty() ? "" : ", ") + sql::literal(v);
  const std::string list = "ARRAY[" + values + "]::text[]";
  // Compared as text: the values are labels of a type that the plan is about to replace.
  const std::string col = sql::ident(c.column);
  return "SELECT count(*) FROM " + c.table + " WHERE " +
         (c.array ? col + "::text[] && " + list : col + "::text = ANY (" + list + ")");
}

void count_hazard_rows(Plan& plan, const std::string& conninfo) {
  bool any = false;
  for (const auto& s : plan.steps)
    for (const auto& h : s.hazards) any |= !h.counts.empty();
  if (!any) return;  // no connection at all for plans without counts
  introspect::Database db(conninfo);
  for (auto& s : plan.steps)
    for (auto& h : s.hazards)
      for (auto& c : h.counts) c.rows = std::stoll(db.query_value(row_count_query(c)));
}

}  // namespace schemaplan::cli
