#pragma once
/// Lint's own finding codes, for what no hazard code of planner/step.h describes (docs/lint.md). A finding about
/// locks, rewrites, scans or lost data uses the hazard code a plan would carry for the same statement.
namespace schemaplan::lint::code {
/// A statement PostgreSQL refuses inside a transaction block (CREATE/DROP INDEX CONCURRENTLY, REINDEX
/// CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, CREATE/DROP DATABASE) where the runner's transaction, or
/// the file's own BEGIN, holds it: the migration fails there (error).
inline constexpr const char* kTransactionBlock = "transaction-block";
/// BEGIN inside a transaction the runner already opened, or COMMIT/ROLLBACK ending it early: the migration is no
/// longer all or nothing.
inline constexpr const char* kTransactionNesting = "transaction-nesting";
/// A statement locks an existing table while no `SET lock_timeout` came before it.
inline constexpr const char* kMissingTimeout = "missing-timeout";
/// serial/bigserial/smallserial: an identity column does the same with standard SQL and clearer ownership.
inline constexpr const char* kPreferIdentity = "prefer-identity";
/// An integer or smallint key that can run out of values.
inline constexpr const char* kPreferBigint = "prefer-bigint";
/// char(n)/varchar(n): a length limit that changing later rewrites or rescans the table; text (with a CHECK) serves.
inline constexpr const char* kPreferText = "prefer-text";
/// timestamp without time zone: stores wall-clock readings that mean different instants on different servers.
inline constexpr const char* kPreferTimestamptz = "prefer-timestamptz";
/// ALTER TYPE ... ADD VALUE ... BEFORE/AFTER: the enum's order no longer follows its values' creation order.
inline constexpr const char* kEnumValueOrder = "enum-value-order";
/// An identifier longer than 63 bytes: PostgreSQL silently cuts it, so the object gets another name.
inline constexpr const char* kIdentifierTooLong = "identifier-too-long";

/// With --db: the statement names a table, column or constraint the database does not have, or creates one it
/// has already, so the server refuses it (error).
inline constexpr const char* kStatementFails = "statement-fails";

inline constexpr const char* kAll[] = {kTransactionBlock,  kTransactionNesting, kMissingTimeout,    kPreferIdentity,
                                       kPreferBigint,      kPreferText,         kPreferTimestamptz, kEnumValueOrder,
                                       kIdentifierTooLong, kStatementFails};
}  // namespace schemaplan::lint::code
