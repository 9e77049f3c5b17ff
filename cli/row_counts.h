#pragma once
/// Planning-time questions to the starting database that are not part of its schema: how many rows a hazard
/// concerns (Hazard::counts), asked only when --from is a live database. Kept out of introspection on purpose:
/// read_catalog() reads the schema with a fixed number of bulk queries, while these are one targeted count per
/// affected column, and only for plans that need them.
#include <string>

#include "planner/planner.h"

namespace schemaplan::cli {

/// Fills `rows` of every hazard count of `plan` by querying the database at `conninfo`.
void count_hazard_rows(Plan& plan, const std::string& conninfo);

/// The query counting the rows of `c.table` whose `c.column` holds any of `c.values` (or is NULL, or all rows:
/// RowCount::match).
std::string row_count_query(const RowCount& c);

}  // namespace schemaplan::cli
