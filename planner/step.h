#pragma once
/// Planner output: ordered steps, each holding its forward and rollback SQL together (pg_dump keeps an
/// object's create and drop SQL side by side for the same reason: one place to get both right).
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "differ/change.h"

namespace schemaplan {

/// Deployment phase of a step: `expand` is safe while the old application code still runs, `backfill` moves
/// data, `contract` may only run after the new code is deployed.
enum class Phase { Expand, Backfill, Contract };
const char* phase_name(Phase p);

/// PostgreSQL's table lock modes, weakest first (the order is used to find the worst lock of a plan).
enum class LockLevel {
  None,
  AccessShare,
  RowShare,
  RowExclusive,
  ShareUpdateExclusive,
  Share,
  ShareRowExclusive,
  Exclusive,
  AccessExclusive,
};
const char* lock_name(LockLevel l);  ///< "ACCESS EXCLUSIVE", ... ; "none"

/// Documented hazard codes (docs/hazards.md). The code that writes a statement attaches its hazards.
namespace hazard {
inline constexpr const char* kDeletesData = "deletes-data";
inline constexpr const char* kTableRewrite = "table-rewrite";
inline constexpr const char* kFullTableScan = "full-table-scan";
inline constexpr const char* kAccessExclusiveLock = "access-exclusive-lock";
inline constexpr const char* kIndexBuild = "index-build";
inline constexpr const char* kIndexDropped = "index-dropped";
inline constexpr const char* kBreaksRunningCode = "breaks-running-code";
inline constexpr const char* kUnreversibleRollback = "unreversible-rollback";
inline constexpr const char* kAuthorization = "authorization-change";
inline constexpr const char* kUntrackedDependency = "untracked-dependency";
inline constexpr const char* kDataDependent = "data-dependent";
/// Every code above, in the order of docs/hazards.md (for validating `--fail-on`).
inline constexpr const char* kAll[] = {
    kDeletesData,  kTableRewrite,      kFullTableScan,        kAccessExclusiveLock, kIndexBuild,
    kIndexDropped, kBreaksRunningCode, kUnreversibleRollback, kAuthorization,       kUntrackedDependency,
    kDataDependent,
};
}  // namespace hazard

/// A lock a step takes on a table besides its main one (e.g. the table a new foreign key references).
struct TableLock {
  std::string table;  ///< qualified name
  LockLevel level = LockLevel::None;
  bool operator==(const TableLock&) const = default;
};

/// Rows a hazard is about: the planner says which column and values; when --from is a live database the CLI
/// counts them while planning (one targeted query per entry, bounded by --count-timeout, else estimated) and
/// fills `rows`. E.g. the rows still holding the
/// enum values a type swap removes, or the rows holding NULL in a column about to become NOT NULL.
struct RowCount {
  /// Where: rows for which `condition` is true (a CHECK's violations, a foreign key's orphans, a cast's
  /// failures); Duplicates: groups of two or more rows, among those `condition` selects, equal on `key`.
  enum class Match { Values, Null, All, Where, Duplicates };
  std::string table;                ///< qualified name
  std::string column;               ///< column name, unquoted ("" with Match::All)
  std::vector<std::string> values;  ///< the values looked for, as text (Match::Values)
  bool array = false;               ///< the column holds arrays of them
  std::optional<long long> rows;    ///< rows holding any of them; unset: not counted (no database)
  Match match = Match::Values;      ///< Null: rows where the column IS NULL; All: every row of the table
  bool estimated = false;           ///< `rows` is the server's statistics' estimate, not a count (it took too long)
  /// Where / Duplicates: an SQL boolean over the rows of `table` (its columns unqualified, or qualified by the
  /// table's qualified name); "" with Duplicates: every row.
  std::string condition;
  std::vector<std::string> key;     ///< Duplicates: the key's columns, unquoted
  bool operator==(const RowCount&) const = default;
};

struct Hazard {
  std::string code;     ///< one of hazard::k*
  std::string message;  ///< what, concretely, on which object
  std::vector<RowCount> counts;  ///< rows it concerns, when they can be counted
  bool operator==(const Hazard&) const = default;
};

struct Step {
  ObjectId target;
  std::string action;  ///< short summary, e.g. "create table", "add column", "alter column type"
  ChangeKind change = ChangeKind::Create;
  Phase phase = Phase::Expand;
  std::vector<std::string> forward;   ///< statements, each without the final ';'
  std::vector<std::string> rollback;  ///< statements that undo `forward`
  std::vector<Hazard> hazards;
  LockLevel lock = LockLevel::None;  ///< strongest lock the forward statements take on an existing table
  std::string locked_table;          ///< qualified name of that table ("" when none)
  std::vector<TableLock> other_locks;  ///< locks on further existing tables, sorted by table
  bool rewrites = false;             ///< rewrites the table (or may)
  bool scans = false;                ///< reads the whole table under lock
  bool transactional = true;         ///< false: must run outside BEGIN/COMMIT (each statement on its own)
  /// Runs in the same transaction as the next step, even when every step gets its own (online): set on the
  /// steps from an object's drop to its creation again (planner/recreation_blocks.h).
  bool with_next = false;
  /// Timeouts the step sets before its statements (rule 10), as PostgreSQL durations ("5s", "0" = no limit);
  /// empty: the step sets none (`--strategy simple`). Written by the SQL emitter, not part of `forward`.
  std::string lock_timeout;
  std::string statement_timeout;
  bool operator==(const Step&) const = default;
};

struct Plan {
  std::vector<Step> steps;
  std::vector<std::string> warnings;  ///< e.g. objects in the database the model does not cover yet
  /// The dependency graph the order came from: (a, b) = step a must run before step b (indexes into steps).
  std::vector<std::pair<size_t, size_t>> edges;
  /// True (online strategy): every transactional step gets its own BEGIN/COMMIT, so a step's locks are released
  /// when it ends instead of piling up until the end of a shared block; false (simple): consecutive
  /// transactional steps share one block, all or nothing.
  bool transaction_per_step = false;
  /// Size estimates of the existing tables steps lock, by qualified name (only when read from a database).
  std::map<std::string, TableStats> table_stats;
  /// catalog_fingerprint() (planner/fingerprint.h) of the catalogs planned from and to, for `apply` to check the
  /// database against before and after; empty when they are not comparable with a database read later (set by
  /// the CLI, which knows where the catalogs came from).
  std::string from_fingerprint, to_fingerprint;
  bool empty() const { return steps.empty(); }
};

}  // namespace schemaplan
