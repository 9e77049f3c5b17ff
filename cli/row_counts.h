#pragma once
/// Planning-time questions to the starting database that are not part of its schema: how many rows a hazard
/// concerns (Hazard::counts) and how big the tables a plan locks are (Plan::table_stats), asked only when
/// --from is a live database. Kept out of introspection on purpose: read_catalog() reads the schema with a fixed
/// number of bulk queries, while these are one targeted query per affected column, and only for plans that
/// need them.
///
/// A plan never loads production: an exact count(*) is a sequential scan, so each is bounded by a statement
/// timeout, and when it strikes the figure is the server's statistics' estimate instead, marked as such.
#include <string>

#include "planner/planner.h"

namespace schemaplan::cli {

struct CountOptions {
  bool counts = true;     ///< false (--no-counts): no count and no estimate; the figures stay unset
  int timeout_ms = 2000;  ///< --count-timeout: the longest one count (or the size query) may take
  bool sizes = true;      ///< false: the table sizes are not read (nothing the caller shows uses them)
};

/// Fills `rows` of every hazard count of `plan` (exact, or estimated past the timeout) and (options.sizes) the
/// `bytes` of its table_stats, querying the database at `conninfo`; no connection when there is nothing to ask.
void count_hazard_rows(Plan& plan, const std::string& conninfo, const CountOptions& options = {});

/// The query counting the rows of `c.table` whose `c.column` holds any of `c.values` (or is NULL, or all rows:
/// RowCount::match).
std::string row_count_query(const RowCount& c);

/// The same figure estimated from the planner's statistics alone (pg_class.reltuples, and pg_stats' null
/// fraction or most common values), without reading the table or waiting for a lock on it: NULL when the
/// table was never analysed.
std::string row_estimate_query(const RowCount& c);

/// Parses a --count-timeout value ("2s", "500ms", "1min" or plain milliseconds) into milliseconds; throws a
/// usage DiagnosticError on anything else.
int count_timeout_ms(const std::string& text);

}  // namespace schemaplan::cli
