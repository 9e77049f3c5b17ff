#pragma once
/// What an interrupted non-transactional step may have left behind, read from its statements. Such a step
/// commits statement by statement (or, for a concurrent index build, in several transactions of its own), so
/// a run killed in the middle leaves some statements done, one perhaps half-done, and the journal saying
/// only `running`. Before a statement of such a step runs again, apply asks the database whether its effect
/// is already there (skip it) or whether a failed attempt is in the way (clean it up).
#include <optional>
#include <string>

namespace schemaplan::apply {

/// An index a statement names: schema and name as PostgreSQL stores them (unquoted).
struct IndexName {
  std::string schema, name;
  bool operator==(const IndexName&) const = default;
};

/// `CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ON [ONLY] schema.table ...`: the index it builds
/// (in its table's schema). nullopt for any other statement.
std::optional<IndexName> index_built_concurrently(const std::string& statement);
/// `DROP INDEX CONCURRENTLY [IF EXISTS] schema.name`: the index it drops. nullopt for any other statement.
std::optional<IndexName> index_dropped_concurrently(const std::string& statement);
/// `ALTER TYPE ... ADD VALUE ...` (whose second run fails with duplicate_object once the first committed).
bool adds_enum_value(const std::string& statement);

}  // namespace schemaplan::apply
