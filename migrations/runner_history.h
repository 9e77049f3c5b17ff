#pragma once
/// A runner's history table, kept true when schemaplan (not the runner) takes a database to migration Y of a
/// runner's directory (`apply --to migrations:DIR@Y`), so that the runner agrees afterwards (`prisma migrate
/// status` up to date, golang-migrate's `version` Y, dbmate's `status`). Each runner's own format:
/// - Prisma (`_prisma_migrations`): a row per migration applied, `checksum` the SHA-256 of its migration.sql,
///   `finished_at` set; a row with `rolled_back_at` set is ignored by Prisma (what `prisma migrate resolve
///   --rolled-back` writes). Migrations after Y that are recorded as applied, and failed rows of those up to Y,
///   get `rolled_back_at`; those up to Y not recorded get a new row.
/// - golang-migrate (`schema_migrations(version, dirty)`): one row, the version reached, not dirty (its
///   postgres driver empties the table and inserts that row; none at all before the first migration).
/// - dbmate (`schema_migrations(version)`): a row per applied version: those up to Y present, the later gone.
/// Flyway (`flyway_schema_history`) is not written: its rows carry a CRC32 checksum of the script's lines that
/// `flyway validate` checks, and its community edition has no record of an undone migration.
#include <string>
#include <vector>

#include "migrations/migration_dir.h"

namespace schemaplan::migrations {

/// The runner's history table of `layout` ("" for a plain folder, which has none).
std::string history_table(Layout layout);

/// Statements that make the history table record exactly the first `count` migrations of `dir` as applied,
/// whatever it recorded before; idempotent (a second run changes nothing). Unqualified table names: the
/// runner's table is found on the search_path, as the runner finds it. Throws DiagnosticError "usage" for a
/// layout whose history schemaplan does not write (Flyway).
std::vector<std::string> history_statements(const MigrationDir& dir, size_t count);

}  // namespace schemaplan::migrations
