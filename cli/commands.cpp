#include "cli/commands.h"

#include <cctype>
#include <filesystem>
#include <future>
#include <iostream>
#include <set>

#include "apply/applier.h"
#include "cli/fail_on.h"
#include "migrations/migration_writer.h"
#include "cli/object_spans.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "cli/role_check.h"
#include "cli/fleet_drift.h"
#include "cli/row_counts.h"
#include "cli/sources.h"
#include "emitters/emitters.h"
#include "model/diagnostic.h"
#include "planner/fingerprint.h"
#include "planner/planner.h"

namespace schemaplan::cli {
namespace {

void print_warnings(const Plan& p) {
  for (const auto& w : p.warnings) std::cerr << "warning: " << w << '\n';
}

/// Warnings from reading the sources, `file:line:col: warning: ...` with the line and a caret.
void print_warnings(const CatalogPair& pair) {
  for (const auto& w : pair.warnings) std::cerr << format_diagnostic(w, source_text(w.span.file));
}

/// A duration as PostgreSQL's timeout settings take it: a number with an optional unit (us, ms, s, min, h, d;
/// none means milliseconds), e.g. `5s`, `500ms`, `0` (no limit). Checked here so a typo is a usage error, not a
/// failure halfway through up.sql.
std::string duration(const std::string& option, const std::string& text) {
  size_t i = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  std::string unit = text.substr(i);
  static const std::set<std::string> units{"", "us", "ms", "s", "min", "h", "d"};
  if (i == 0 || !units.count(unit))
    fail("usage", option + " expects a duration such as 5s, 500ms, 2min or 0 (no limit), got '" + text + "'");
  return text;
}

PlanOptions plan_options(const DiffArgs& a) {
  PlanOptions o;
  if (a.strategy == "simple") o.strategy = Strategy::Simple;
  else if (a.strategy == "online") o.strategy = Strategy::Online;
  else fail("usage", "unknown strategy '" + a.strategy + "' (expected online or simple)");
  o.concurrently = !a.no_concurrently;
  o.lock_timeout = duration("--lock-timeout", a.lock_timeout);
  o.statement_timeout = duration("--statement-timeout", a.statement_timeout);
  if (a.batch_size <= 0) fail("usage", "--batch-size expects a positive number of rows");
  o.batch_size = a.batch_size;
  return o;
}

template <class Args>
LoadOptions load_options(const Args& a) {
  LoadOptions o{a.dev_db};
  o.strict = a.strict;
  if (!a.layout.empty()) o.layout = migrations::parse_layout(a.layout);
  o.filter.include_schemas = a.include_schemas;
  o.filter.exclude_schemas = a.exclude_schemas;
  o.filter.exclude_objects = a.exclude;
  return o;
}

void check_format(const std::string& format, std::initializer_list<const char*> valid) {
  std::string list;
  for (const char* v : valid) {
    if (format == v) return;
    list += std::string(list.empty() ? "" : ", ") + v;
  }
  fail("usage", "unknown format '" + format + "' (expected " + list + ")");
}

/// The plan in `format`; `level`/`title` are for GitHub annotations.
std::string formatted(const Plan& p, const std::string& format, const CatalogPair& pair, const std::string& level,
                      const std::string& title) {
  if (format == "sql") return emit::up_sql(p);
  if (format == "markdown") return emit::markdown(p);
  if (format == "json") return emit::json(p);
  if (format == "dot") return emit::dot(p);
  if (format == "github")
    return emit::github(p, [&](const ObjectId& id) { return span_for(pair.to_spans(), id); }, level, title);
  return emit::text(p);
}

/// The steps of one phase (`--phase`), in plan order: a runner applies expand, deploys, then contract.
Plan only_phase(const Plan& p, const std::string& name) {
  bool known = false;
  for (Phase ph : {Phase::Expand, Phase::Backfill, Phase::Contract}) known |= name == phase_name(ph);
  if (!known) fail("usage", "unknown phase '" + name + "' (expected expand, backfill or contract)");
  Plan out = p;
  out.steps.clear();
  for (const auto& s : p.steps)
    if (name == phase_name(s.phase)) out.steps.push_back(s);
  return out;
}

}  // namespace

Plan plan_diff(const DiffArgs& a, CatalogPair& pair, const PlanExtras& extras) {
  PlanOptions opts = plan_options(a);
  const CountOptions counts{!a.no_counts, count_timeout_ms(a.count_timeout), extras.table_sizes};
  LoadOptions load = load_options(a);
  load.role = a.role;
  pair = load_pair(a.from, a.to, load);
  print_warnings(pair);
  if (!a.with_owners) keep_stated_owners(pair.from, pair.to);
  // For `apply` (apply/): fingerprints only where a database read later can match them: both sides read back
  // from PostgreSQL, nothing filtered out, and the whole plan (one phase leaves the database in between).
  // Each fingerprint plans its catalog from nothing (planner/fingerprint.h), as much work as the plan itself at
  // 2,000 tables: both run on threads of their own beside the planning and the row counts, which only read
  // the pair from here on.
  bool comparable = !pair.offline && a.phase.empty() && a.exclude.empty() && a.exclude_schemas.empty() &&
                    a.include_schemas.empty();
  std::future<std::string> from_fingerprint, to_fingerprint;
  if (comparable && extras.fingerprints) {
    from_fingerprint = std::async(std::launch::async, [&pair] { return catalog_fingerprint(pair.from); });
    to_fingerprint = std::async(std::launch::async, [&pair] { return catalog_fingerprint(pair.to); });
  }
  // Every role the desired side names must exist on the --from server (cli/role_check.h): asked on a
  // connection of its own while the plan is made, not after it.
  bool from_database = source_kind(a.from) == SourceKind::Database;
  std::future<std::string> missing_role;
  if (from_database)
    missing_role = std::async(std::launch::async, [&pair, &a] { return first_missing_role(pair.to, a.from); });
  Plan p = with_progress("planning", [&] { return plan(pair.from, pair.to, opts); });
  if (from_database) {
    if (std::string role = missing_role.get(); !role.empty()) fail_missing_role(pair.to, role, pair.to_spans());
    with_progress("counting the rows behind hazards", [&] { count_hazard_rows(p, a.from, counts); });
  }
  print_warnings(p);
  if (!a.phase.empty()) p = only_phase(p, a.phase);
  if (from_fingerprint.valid()) {
    p.from_fingerprint = from_fingerprint.get();
    p.to_fingerprint = to_fingerprint.get();
  }
  return p;
}

int run_diff(const DiffArgs& a) {
  check_format(a.format, {"sql", "markdown", "json", "text", "github", "dot"});
  FailOn fail_on = parse_fail_on(a.fail_on);
  if (a.from.empty() || a.to.empty()) fail("usage", "diff needs --from and --to (or 'schema' and a database in schemaplan.yaml)");
  if (!a.write_migration.empty() && a.migration_name.empty()) fail("usage", "--write-migration needs --name NAME");
  CatalogPair pair;
  // Sizes only where something shows them: reading them opens each locked table and its indexes, a third of a
  // second for 500 tables on a cold session (docs/performance.md, seventh round).
  const bool plan_json = !a.out.empty() || a.format == "json";
  Plan p = plan_diff(a, pair, PlanExtras{plan_json, plan_json || a.format == "markdown" || !fail_on.empty()});
  LoadOptions load = load_options(a);
  if (!a.write_migration.empty() && p.empty()) {
    std::cerr << "no changes: no migration written\n";
    return 0;
  }
  if (!a.write_migration.empty()) {
    // The layout: --layout, else that of the migrations already in the folder, else plain.
    std::optional<migrations::Layout> layout = load.layout;
    migrations::MigrationDir existing{a.write_migration, layout.value_or(migrations::Layout::Plain), {}};
    std::error_code ec;
    if (std::filesystem::is_directory(a.write_migration, ec) && !std::filesystem::is_empty(a.write_migration, ec)) {
      if (!layout) layout = migrations::detect_layout(a.write_migration);
      existing = migrations::read_migration_dir(a.write_migration, layout);
    } else if (!layout) {
      fail("usage", "--write-migration into an empty folder needs --layout (prisma, golang-migrate, flyway, dbmate or plain)");
    }
    auto files = migrations::next_migration(existing, p,
                                            migrations::WriteMigrationOptions{*layout, a.migration_name, a.timestamp});
    migrations::write_new_files(a.write_migration, files);
    for (const auto& f : files) std::cerr << "wrote " << (std::filesystem::path(a.write_migration) / f.path).string() << '\n';
    if (std::string note = migrations::split_note(p, *layout); !note.empty()) std::cerr << "note: " << note << '\n';
  }
  if (!a.out.empty()) {
    with_progress("writing " + a.out, [&] {
      write_files_atomically(a.out, {{"up.sql", emit::up_sql(p)},
                                     {"down.sql", emit::down_sql(p)},
                                     {"plan.md", emit::markdown(p)},
                                     {"plan.json", emit::json(p)}});
    });
  } else {
    std::string out = with_progress("writing the plan", [&] {
      return formatted(p, a.format, pair, p.empty() ? "notice" : "warning", "schemaplan: planned change");
    });
    std::cout << out;
  }
  if (p.empty()) std::cerr << "no changes\n";
  else if (!a.out.empty()) std::cerr << p.steps.size() << " steps written to " << a.out << "/{up.sql,down.sql,plan.md,plan.json}\n";
  // The files are written first: a CI job that refuses the plan still shows it.
  if (std::string v = fail_on_violations(p, fail_on); !v.empty()) {
    std::cerr << "error: the plan holds hazards listed in --fail-on:\n" << v;
    return 1;
  }
  return a.exit_code && !p.empty() ? 1 : 0;
}

/// When the drift is made of schemaplan's own expand/contract helpers (a `*_sp_new` column, a `*_sp_sync`
/// trigger and function, a `*_not_null_sp` check), a migration stands between its expand and contract phases:
/// says so, so that CI output points at the missing contract run rather than at a hand-made change.
static std::string migration_in_progress_note(const Plan& p) {
  std::vector<std::string> helpers;
  for (const auto& s : p.steps) {
    const std::string& n = s.target.name;
    if (s.change == ChangeKind::Drop &&
        (n.ends_with("_sp_new") || n.ends_with("_sp_sync") || n.ends_with("_not_null_sp")))
      helpers.push_back(s.target.sql_name());
  }
  if (helpers.empty()) return "";
  std::string out = "note: the database holds schemaplan's expand/contract helpers (";
  for (size_t i = 0; i < helpers.size(); ++i) out += (i ? ", " : "") + helpers[i];
  return out + "): a migration's expand phase ran and its contract phase has not yet; run the contract phase " +
         "(diff --phase contract, from the same starting point as the expand) once the new code is deployed\n";
}

/// Several databases against one schema: the desired side is loaded once (through the first database's server,
/// or --dev-db, when it is SQL files or migrations) and every database is checked against it.
int run_fleet_drift(const DriftArgs& a, const std::vector<std::string>& targets) {
  check_format(a.format, {"text", "markdown", "json", "github"});
  if (a.jobs < 1) fail("usage", "--jobs must be at least 1");
  LoadOptions load = load_options(a);
  if (source_kind(a.schema) == SourceKind::Database) fail("usage", "--schema must be SQL files or migrations:DIR, got a database");
  // Only the schema is loaded, through a server: --dev-db (emptied first, so none of the targets), else the first
  // target that can be reached (the others that cannot are reported with the rest). No target is read until then.
  refuse_dev_db_among(a.dev_db, targets);
  std::vector<std::string> servers = a.dev_db.empty() ? targets : std::vector<std::string>{a.dev_db};
  Catalog desired;
  for (size_t i = 0;; ++i) {
    try {
      CatalogPair loaded = load_desired(a.schema, servers[i], load);
      print_warnings(loaded);
      desired = std::move(loaded.to);
      break;
    } catch (const DiagnosticError& e) {
      if (e.diagnostic().code != "connection-error" || i + 1 == servers.size()) throw;
    }
  }
  ObjectFilter filter = migrations::is_migration_source(a.schema) ? with_runner_bookkeeping(load.filter) : load.filter;
  auto results = check_fleet(desired, targets, filter, a.jobs);
  std::cout << format_fleet(results, a.format, a.schema);
  return fleet_exit_code(results);
}

int run_drift(const DriftArgs& a) {
  check_format(a.format, {"text", "markdown", "json", "github", "dot"});
  std::vector<std::string> targets = a.dbs;
  // The configured database stands in for --db, unless --targets names the databases.
  if (targets.empty() && !a.db.empty() && a.targets.empty()) targets.push_back(a.db);
  if (!a.targets.empty())
    for (auto& t : read_targets_file(a.targets)) targets.push_back(std::move(t));
  for (const auto& t : targets)
    if (source_kind(t) != SourceKind::Database) fail("usage", "--db must be a PostgreSQL URL or conninfo, got '" + t + "'");
  if (!targets.empty() && a.schema.empty()) fail("usage", "drift needs --schema (or 'schema' in schemaplan.yaml)");
  if (targets.size() > 1 || !a.targets.empty()) {
    if (targets.empty()) fail("usage", "the targets file " + a.targets + " names no database");
    return run_fleet_drift(a, targets);
  }
  if (a.db.empty() || a.schema.empty()) fail("usage", "drift needs --db and --schema (or a database and 'schema' in schemaplan.yaml)");
  if (source_kind(a.db) != SourceKind::Database) fail("usage", "--db must be a PostgreSQL URL or conninfo, got '" + a.db + "'");
  // The plan takes the database to the schema: its steps are exactly the drift.
  const CountOptions counts{!a.no_counts, count_timeout_ms(a.count_timeout)};
  CatalogPair pair = load_pair(a.db, a.schema, load_options(a));
  print_warnings(pair);
  keep_stated_owners(pair.from, pair.to);
  Plan p = plan(pair.from, pair.to, PlanOptions{Strategy::Simple, false});
  count_hazard_rows(p, a.db, counts);
  print_warnings(p);
  if (a.format == "text") {
    if (p.empty()) std::cout << "no drift: the database matches " << a.schema << '\n';
    else std::cout << "drift: the database differs from " << a.schema << " (" << p.steps.size() << " changes to match it)\n" << emit::text(p);
  } else {
    std::cout << formatted(p, a.format, pair, "error", "schemaplan: drift from " + a.schema);
  }
  std::cerr << migration_in_progress_note(p);
  if (!p.empty()) std::cerr << apply::pending_phases_note(a.db);
  return p.empty() ? 0 : 1;
}

int run_rollback(const RollbackArgs& a) {
  check_format(a.format, {"sql", "markdown", "json", "text", "dot"});
  if (!migrations::is_migration_source(a.source))
    fail("usage", "rollback expects migrations:DIR[@NAME], got '" + a.source + "'");
  if (a.dev_db.empty())
    fail("usage", "rollback replays the migration history: give --dev-db URL (a scratch database schemaplan may empty)");
  DiffArgs d;
  d.strategy = a.strategy;
  PlanOptions opts = plan_options(d);
  LoadOptions load = load_options(a);
  migrations::MigrationSource ms = migrations::parse_migration_source(a.source);
  migrations::MigrationDir dir = migrations::read_migration_dir(ms.path, load.layout);
  if (dir.migrations.empty()) fail("migration-error", "no migrations in " + ms.path);
  size_t through = ms.stop_after.empty() ? dir.migrations.size() : migrations::migrations_through(dir, ms.stop_after);
  ObjectFilter filter = with_runner_bookkeeping(load.filter);
  Catalog after = load_migrations(dir, through, a.dev_db, load);
  Catalog before = load_migrations(dir, through - 1, a.dev_db, load);
  filter.apply(after);
  filter.apply(before);
  Plan p = plan(after, before, opts);
  print_warnings(p);
  const std::string& name = dir.migrations[through - 1].name;
  if (!a.out.empty()) {
    write_files_atomically(a.out, {{"down.sql", emit::up_sql(p)}, {"plan.md", emit::markdown(p)}, {"plan.json", emit::json(p)}});
  } else {
    CatalogPair none;
    if (a.format == "sql") std::cout << "-- rollback of migration " << name << " (" << dir.path << "): from after it to before it\n";
    std::cout << formatted(p, a.format, none, "notice", "schemaplan: rollback of " + name);
  }
  std::cerr << (p.empty() ? "migration " + name + " changed nothing schemaplan models: the rollback is empty\n"
                          : "rollback of migration " + name + ": " + std::to_string(p.steps.size()) +
                                (p.steps.size() == 1 ? " step\n" : " steps\n"));
  return 0;
}

int run_inspect(const InspectArgs& a) {
  if (source_kind(a.db) != SourceKind::Database) fail("usage", "--db must be a PostgreSQL URL or conninfo, got '" + a.db + "'");
  Catalog c = load_database(a.db);
  Plan p = plan(Catalog{}, c, PlanOptions{Strategy::Simple, false});
  print_warnings(p);
  std::cout << "-- schema of the database, as loadable DDL, generated by schemaplan\n\n" << emit::ddl(p);
  return 0;
}

}  // namespace schemaplan::cli
