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
/// - Flyway (`flyway_schema_history`): a successful row per applied migration (next installed_rank, version
///   with dots, description, type SQL, script file name, `checksum` as Flyway computes it, installed_by the
///   role); its community edition keeps no record of an undone migration, so the rows of versions after Y are
///   deleted (`flyway info` then shows them pending, as they are), and failed rows of those up to Y too (what
///   `flyway repair` removes).
#include <cstdint>
#include <string>
#include <vector>

#include "migrations/migration_dir.h"

namespace schemaplan::migrations {

/// The runner's history table of `layout` ("" for a plain folder, which has none).
std::string history_table(Layout layout);

/// Statements that make the history table record exactly the first `count` migrations of `dir` as applied,
/// whatever it recorded before; idempotent (a second run changes nothing). Unqualified table names: the
/// runner's table is found on the search_path, as the runner finds it. Throws DiagnosticError "usage" for a
/// layout whose history schemaplan does not write.
std::vector<std::string> history_statements(const MigrationDir& dir, size_t count);

/// Flyway's checksum of a script: CRC-32 (IEEE, java.util.zip.CRC32's) over the UTF-8 bytes of its lines
/// without their line endings (`\n`, `\r\n` or `\r`, as Java's readLine() splits them) and without a leading
/// byte-order mark, as a signed 32-bit integer. Line endings do not change it.
std::int32_t flyway_checksum(const std::string& script);
/// Flyway's version and description of a migration: V1_2__add_users.sql is version "1.2", "add users".
std::string flyway_version(const Migration& m);
std::string flyway_description(const Migration& m);

}  // namespace schemaplan::migrations
