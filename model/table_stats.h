#pragma once
/// Size estimates of a table read from a live database, for the reviewer (plan.md shows them beside steps that
/// scan or rewrite the table). Metadata: never compared, so two tables that differ only in size are equal.
#include <cstdint>

namespace schemaplan {

struct TableStats {
  bool known = false;      ///< false for parsed tables (and tables the database has never analysed: rows < 0)
  int64_t rows = -1;       ///< pg_class.reltuples (an estimate; -1 = never analysed)
  int64_t bytes = 0;       ///< pg_total_relation_size: heap, indexes and TOAST
  bool operator==(const TableStats&) const { return true; }
};

}  // namespace schemaplan
