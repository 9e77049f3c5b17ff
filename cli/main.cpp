/// schemaplan: a declarative PostgreSQL schema -> a safe migration plan. The only place that prints or exits.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/config.h"
#include "model/diagnostic.h"

namespace {
constexpr int kExitError = 2;
}

int main(int argc, char** argv) {
  using namespace schemaplan;
  CLI::App app{"schemaplan: turn a declarative PostgreSQL schema into a safe migration plan"};
  app.set_version_flag("--version", "schemaplan 0.1.0");
  app.require_subcommand(1);
  std::string config_file;
  app.fallthrough();  // --config may come after the command name too
  app.add_option("--config", config_file, "settings file (default: ./schemaplan.yaml when present); flags override it");
  // Options every command that loads sources shares (migration layout, include/exclude globs).
  auto add_source_options = [](CLI::App* c, std::string& layout, auto& args) {
    c->add_option("--layout", layout, "migration layout: prisma, golang-migrate, flyway, dbmate or plain (default: guessed)");
    c->add_option("--exclude", args.exclude, "leave out objects matching this glob (name or schema.name); repeatable")->allow_extra_args(false);
    c->add_option("--exclude-schema", args.exclude_schemas, "leave out schemas matching this glob; repeatable")->allow_extra_args(false);
    c->add_option("--include-schema", args.include_schemas, "compare only schemas matching this glob; repeatable")->allow_extra_args(false);
    c->add_flag("--strict", args.strict,
                "data statements in schema files (INSERT, UPDATE, DELETE, COPY, SELECT f(), CALL) are errors instead of "
                "being skipped with a warning");
  };

  cli::DiffArgs diff;
  auto* d = app.add_subcommand("diff", "plan the migration that takes --from to --to");
  const char* source_help =
      "a postgres:// URL or conninfo, env:VAR (the URL in that environment variable), a .sql file, a directory of "
      ".sql files, migrations:DIR[@NAME], or 'empty'";
  d->add_option("--from", diff.from, std::string("current state: ") + source_help);
  d->add_option("--to", diff.to, std::string("desired state: ") + source_help);
  d->add_option("--role", diff.role,
                "between SQL files: the role that will run the plan (its ALTER DEFAULT PRIVILEGES FOR ROLE apply to "
                "what the plan creates; OWNER TO it states no owner); with a database it is the connecting role");
  d->add_option("--out", diff.out, "write up.sql, down.sql, plan.md and plan.json into this directory (all or nothing)");
  d->add_option("--format", diff.format, "what to print without --out: sql (default), markdown, json, text, github or dot");
  d->add_flag("--exit-code", diff.exit_code, "exit 1 when there are changes, 0 when there are none");
  d->add_option("--dev-db", diff.dev_db, "scratch database to load SQL files and replay migrations into (emptied and reused) instead of a temporary one");
  d->add_option("--strategy", diff.strategy, "online (default: zero-downtime rules) or simple (plain DDL)");
  d->add_flag("--no-concurrently", diff.no_concurrently, "never use CREATE/DROP INDEX CONCURRENTLY");
  d->add_option("--lock-timeout", diff.lock_timeout,
                 "online: SET lock_timeout before every step (default 5s; 0 = wait forever)");
  d->add_option("--statement-timeout", diff.statement_timeout,
                "online: SET statement_timeout before every step but long non-blocking ones (default 0 = no limit)");
  d->add_option("--count-timeout", diff.count_timeout,
                "longest a row count behind a hazard may take on --from (default 2s); past it the figure is the "
                "server's estimate, marked as such");
  d->add_flag("--no-counts", diff.no_counts, "count no rows on --from for hazards (a plan never scans tables)");
  d->add_flag("--with-owners", diff.with_owners,
              "also plan owner changes of objects whose owner the desired schema does not state (they go to the "
              "role running the migration)");
  d->add_option("--phase", diff.phase, "only the steps of one phase: expand, backfill or contract (up.sql, down.sql, plan.md and plan.json alike)");
  d->add_option("--batch-size", diff.batch_size, "online: rows per committed batch of a backfill (default 10000)");
  d->add_option("--fail-on", diff.fail_on, "HAZARD[>SIZE][,...]: exit 1 when the plan holds any of these hazards (see docs/hazards.md); with >SIZE (e.g. table-rewrite>1GB) only on tables over that size");
  d->add_option("--write-migration", diff.write_migration, "write the plan as the next migration of this directory");
  d->add_option("--name", diff.migration_name, "the new migration's name (with --write-migration)");
  d->add_option("--timestamp", diff.timestamp, "YYYYMMDDHHMMSS (UTC) for the new migration's version, for reproducible output");
  add_source_options(d, diff.layout, diff);

  cli::DriftArgs drift;
  auto* r = app.add_subcommand("drift", "check a database against the schema files: exit 0 equal, 1 drifted, 2 error");
  r->add_option("--db", drift.dbs, "the database (URL, conninfo or env:VAR); repeat it to check a fleet")->allow_extra_args(false);
  r->add_option("--targets", drift.targets, "a file of databases to check, one URL, conninfo or env:VAR a line");
  r->add_option("--jobs", drift.jobs, "databases read at once when there are several (default 4)");
  r->add_option("--schema", drift.schema, "the desired schema: a .sql file, a directory, or migrations:DIR[@NAME]");
  r->add_option("--format", drift.format, "text (default), markdown, json, github or dot");
  r->add_option("--dev-db", drift.dev_db, "scratch database to load the schema files or replay migrations into");
  r->add_option("--count-timeout", drift.count_timeout, "longest a row count behind a hazard may take (default 2s)");
  r->add_flag("--no-counts", drift.no_counts, "count no rows for hazards");
  add_source_options(r, drift.layout, drift);

  cli::RollbackArgs rollback;
  auto* b = app.add_subcommand("rollback", "print the SQL that undoes a migration of a migration directory");
  b->add_option("migration", rollback.source, "migrations:DIR[@NAME] (default NAME: the latest migration)");
  b->add_option("--dev-db", rollback.dev_db, "scratch database to replay the history into (emptied and reused)");
  b->add_option("--format", rollback.format, "sql (default), markdown, json, text or dot");
  b->add_option("--strategy", rollback.strategy, "online (default) or simple");
  b->add_option("--out", rollback.out, "write down.sql, plan.md and plan.json into this directory");
  add_source_options(b, rollback.layout, rollback);

  cli::InspectArgs inspect;
  auto* i = app.add_subcommand("inspect", "print a database's schema as loadable DDL");
  i->add_option("--db", inspect.db, "the database (URL, conninfo or env:VAR)")->required();

  cli::ApplyArgs apply;
  auto* ap = app.add_subcommand("apply", "run a plan directory (diff --out) on a database: locked, journaled, resumable");
  ap->add_option("--db", apply.db, "the database (URL, conninfo or env:VAR)")->required();
  ap->add_option("--plan", apply.plan, "a directory written by `schemaplan diff --out` (plan.json and up.sql)");
  ap->add_option("--wait", apply.wait, "wait this long for another applier to finish (e.g. 30s, 5min) instead of exiting 2");
  ap->add_flag("--force", apply.force, "apply although the database is not in the plan's from-state");
  ap->add_flag("--allow-edited", apply.allow_edited, "apply plan.json's steps although up.sql was edited");
  ap->add_option("--allow-hazards", apply.allow_hazards,
                 "CODE[,CODE...]: accept these hazards (a plan that deletes-data or has an unreversible-rollback is "
                 "refused otherwise)");
  ap->add_option("--retries", apply.retries, "retries of a step that could not get its lock in time (default 5)");
  CLI::Option* apply_to =
      ap->add_option("--to", apply.to, std::string("plan from --db to this desired state and apply the plan (printed first): ") + source_help);
  ap->add_option("--phase", apply.phase, "only the steps of one phase: expand, backfill or contract (in that order)");
  ap->add_flag("--down", apply.down, "undo the steps of --plan that ran (the journal says which), last first");
  ap->add_option("--format", apply.format, "progress lines on stderr: text (default) or json (one object a line, for CI logs)");
  ap->add_option("--strategy", apply.planning.strategy, "with --to: online (default) or simple")->needs(apply_to);
  ap->add_option("--lock-timeout", apply.planning.lock_timeout, "with --to: as diff's (default 5s)")->needs(apply_to);
  ap->add_option("--statement-timeout", apply.planning.statement_timeout, "with --to: as diff's (default 0)")->needs(apply_to);
  ap->add_option("--batch-size", apply.planning.batch_size, "with --to: rows per committed batch of a backfill")->needs(apply_to);
  ap->add_flag("--no-concurrently", apply.planning.no_concurrently, "with --to: never use CREATE/DROP INDEX CONCURRENTLY")->needs(apply_to);
  ap->add_flag("--with-owners", apply.planning.with_owners, "with --to: as diff's")->needs(apply_to);
  ap->add_flag("--no-counts", apply.planning.no_counts, "with --to: count no rows for hazards")->needs(apply_to);
  ap->add_option("--dev-db", apply.planning.dev_db, "with --to: scratch database to load SQL files and replay migrations into")->needs(apply_to);
  ap->add_option("--layout", apply.planning.layout, "with --to migrations:DIR: prisma, golang-migrate, flyway, dbmate or plain")->needs(apply_to);
  ap->add_flag("--strict", apply.planning.strict, "with --to: data statements in schema files are errors")->needs(apply_to);

  cli::StatusArgs status;
  auto* st = app.add_subcommand("status", "show the plans applied to a database and where a stopped one stopped");
  st->add_option("--db", status.db, "the database (URL, conninfo or env:VAR)")->required();

  cli::LintArgs lint;
  auto* l = app.add_subcommand("lint", "review a migration statement by statement: locks, rewrites, hazards and the safe form");
  l->add_option("input", lint.inputs, "FILE.sql or migrations:DIR[@NAME] (every migration of the directory, or only NAME)");
  l->add_option("--db", lint.db, "the database the migration will run on: its schema, and the rows and size of each table");
  l->add_option("--format", lint.format, "text (default), markdown, json, github or sarif");
  l->add_option("--fail-on", lint.fail_on, "CODE[,CODE...]: exit 1 when a finding has one of these codes (errors always fail)");
  l->add_option("--layout", lint.layout, "migration layout: prisma, golang-migrate, flyway, dbmate or plain (default: guessed)");
  l->add_option("--lock-timeout", lint.lock_timeout, "the lock_timeout the safe forms set (default 5s)");
  l->add_option("--count-timeout", lint.count_timeout, "longest a table's row count may take on --db (default 2s), else estimated");
  l->add_flag("--no-counts", lint.no_counts, "count no rows on --db");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "error: " << e.what() << "\n" << "run 'schemaplan --help' for usage\n";
    return kExitError;
  }

  try {
    cli::Config config = cli::load_config(config_file);
    auto env = [](std::string& s) { s = cli::expand_env_source(s, [](const char* n) { return std::getenv(n); }); };
    if (!drift.dbs.empty()) drift.db = drift.dbs.front();
    for (std::string* s : {&diff.from, &diff.to, &diff.dev_db, &drift.db, &drift.schema, &drift.dev_db, &rollback.dev_db, &inspect.db, &apply.db, &status.db, &apply.to, &apply.planning.dev_db})
      env(*s);
    for (auto& s : drift.dbs) env(s);
    auto given = [](CLI::App* c) { return [c](const std::string& o) { return c->count(o) > 0; }; };
    if (d->parsed()) return cli::apply_config(config, diff, given(d)), cli::run_diff(diff);
    if (r->parsed()) return cli::apply_config(config, drift, given(r)), cli::run_drift(drift);
    if (b->parsed()) return cli::apply_config(config, rollback, given(b)), cli::run_rollback(rollback);
    if (i->parsed()) return cli::run_inspect(inspect);
    if (ap->parsed()) return cli::run_apply(apply);
    if (st->parsed()) return cli::run_status(status);

    if (l->parsed()) return env(lint.db), cli::run_lint(lint);
  } catch (const DiagnosticError& e) {
    std::cerr << e.formatted();
    return kExitError;
  } catch (const std::exception& e) {
    std::cerr << "error: internal error: " << e.what() << '\n';
    return kExitError;
  }
  return kExitError;
}
