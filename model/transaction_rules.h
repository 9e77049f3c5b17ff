#pragma once
/// Which statements PostgreSQL refuses inside a transaction block, and so where a step's rollback may run in one.
/// Shared by the migration-directory reader (migrations/), the SQL emitter's down.sql and `apply`'s rollback, so
/// that the file a reviewer reads and the run apply makes group the same statements.
#include <string>
#include <vector>

namespace schemaplan::sql {

/// True for a statement PostgreSQL refuses inside a transaction block: CREATE/DROP INDEX CONCURRENTLY,
/// REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, CREATE/DROP DATABASE or TABLESPACE, ALTER SYSTEM.
/// Case and spacing do not matter; the statement is one statement without its final ';'.
bool is_non_transactional(const std::string& statement);

/// Whether a step's rollback runs inside BEGIN/COMMIT. A transactional step's rollback does, like the step. A
/// step outside a transaction (an enum value added, an index built concurrently) often has a rollback that can
/// run in one: an enum rebuilt in several statements, which run whole or not at all there. Not when a statement
/// of it is refused in a transaction block, nor a DO block or CALL, which may COMMIT inside.
bool rollback_in_transaction(bool step_transactional, const std::vector<std::string>& rollback);

}  // namespace schemaplan::sql
