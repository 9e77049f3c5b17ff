#pragma once
/// Steps that fail on some of the rows already there, and the rows they fail on: a CHECK they violate, a
/// foreign key whose referenced row is missing (orphans), a unique key or index over duplicate values, a type
/// change whose cast rejects a value. The planner attaches a `data-dependent` hazard to such a step, with the
/// query text the CLI counts with when --from is a live database (cli/row_counts.h); without a database the
/// hazard stands alone. Each function returns nullopt when the step cannot fail that way, or when no cheap
/// query can tell (an expression index, a cast this file does not know): then there is no hazard, rather than
/// a guess.
#include <optional>
#include <string>

#include "planner/step.h"

namespace schemaplan {

/// A CHECK, FOREIGN KEY, PRIMARY KEY or UNIQUE constraint added (validated) to the existing table `table`
/// (qualified name).
std::optional<Hazard> constraint_violations(const std::string& table, const Constraint& c);

/// A unique index built on an existing table.
std::optional<Hazard> index_duplicates(const Index& i);

/// Column `column` of `table` changed from type `from` to `to` (in place, or by a backfill) through a cast
/// that fails on some values: text to an integer type (not an integer, or out of its range), an integer
/// type narrowed (out of range), character varying shortened (longer values, trailing spaces aside).
std::optional<Hazard> cast_failures(const std::string& table, const std::string& column, const std::string& from,
                                    const std::string& to);

/// Column `column` of `table` changed from a string type to a shorter `character varying(n)` or `character(n)`
/// of another base type (text -> varchar(n), char(m) -> varchar(n), ...): the conversion is an explicit cast,
/// which PostgreSQL lets cut a longer value to n characters without an error. The rows that would lose their end.
std::optional<Hazard> cast_truncations(const std::string& table, const std::string& column, const std::string& from,
                                       const std::string& to);

/// The SQL condition a row fails the cast above on (nullopt: a cast not covered). Exposed for tests.
std::optional<std::string> cast_failure_condition(const std::string& column, const std::string& from, const std::string& to);

}  // namespace schemaplan
