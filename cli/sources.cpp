#include "cli/sources.h"

#include <iterator>
#include <tuple>
#include <vector>

#include "migrations/migration_replay.h"
#include "cli/object_spans.h"
#include "cli/progress.h"
#include "introspect/both_sides.h"
#include "introspect/database.h"
#include "model/diagnostic.h"
#include "parser/parser.h"
#include "planner/planner.h"

namespace schemaplan::cli {
namespace {

/// `for_server`: the catalog will be loaded into PostgreSQL, so its SQL must say exactly what the files say.
Catalog parse_source(const std::string& source, bool for_server, const LoadOptions& options,
                     std::vector<Diagnostic>& warnings) {
  if (source_kind(source) == SourceKind::Empty) return Catalog{};
  Progress progress("parsing", 0);
  progress.update(0, source);
  return parser::parse(parser::read_sources(source), parser::ParseOptions{!for_server, options.strict, for_server ? "" : options.role}, &warnings);
}

/// Between SQL files the role that will run the plan is unknown, and ALTER DEFAULT PRIVILEGES FOR ROLE R (as
/// pg_dump writes every default) applies to the objects the plan creates only if R runs it: the plan counts
/// them as not applying. One warning, at the first such statement, says how to state the role.
void warn_role_defaults(CatalogPair& pair) {
  for (const Catalog* c : {&pair.to, &pair.from})
    for (const auto& d : c->default_privileges) {
      if (d.role.empty()) continue;
      pair.warnings.push_back(Diagnostic{
          Severity::Warning, "running-role-unknown",
          "default privileges FOR ROLE " + d.role + " apply to what the plan creates only when " + d.role +
              " runs it, which SQL files do not tell: the plan assumes it does not; --role " + d.role +
              " plans as that role",
          d.meta.span});
      return;
    }
}

/// Reads a catalog, saying so on a terminal: a database with thousands of tables takes a while.
Catalog read_catalog(introspect::Database& db, const std::string& what,
                     introspect::CatalogSessions sessions = introspect::CatalogSessions::by_size) {
  Progress progress("reading the catalog of", 0);
  progress.update(0, what);
  return db.read_catalog(sessions);
}

/// Loads SQL files into a database on `server_conninfo`'s server and reads it back.
class ShadowLoader {
 public:
  ShadowLoader(const std::string& server_conninfo, const LoadOptions& options)
      : server_conninfo_(server_conninfo), options_(options) {}

  /// Loads an already parsed catalog (its spans point error messages at the user's files).
  Catalog load(const Catalog& parsed) {
    Catalog loaded = in_scratch([&](introspect::Database& shadow) { load_parsed(shadow, parsed); });
    // Rename hints live in the files' comments, which the database does not keep: carry them over.
    loaded.renames = parsed.renames;
    return loaded;
  }

  /// Replays the first `count` migrations of `dir`.
  Catalog replay(const migrations::MigrationDir& dir, size_t count) {
    return in_scratch([&](introspect::Database& shadow) {
      Progress progress("replaying " + dir.path, count);
      migrations::replay_migrations(dir, count, shadow,
                                    [&](size_t i, const std::string& name) { progress.update(i, name); });
    });
  }

 private:
  /// Runs `fill` on an empty scratch database and reads the result back.
  template <class Fill>
  Catalog in_scratch(Fill fill) {
    std::string target, temp_name;
    std::optional<introspect::Database> admin;
    if (!options_.dev_db.empty()) {
      target = options_.dev_db;
      introspect::Database(target).reset_database();
    } else {
      admin.emplace(server_conninfo_);
      temp_name = admin->create_temp_database();
      target = admin->conninfo_for(temp_name);
    }
    // Drop the temporary database whatever happens below.
    struct Cleanup {
      std::optional<introspect::Database>& admin;
      const std::string& name;
      ~Cleanup() {
        if (!admin || name.empty()) return;
        try {
          admin->drop_database(name);
        } catch (...) {
          // Best effort: a leftover database is named schemaplan_tmp_* and holds nothing of value.
        }
      }
    } cleanup{admin, temp_name};
    introspect::Database shadow(target);
    fill(shadow);
    return read_catalog(shadow, "the scratch database");
  }

  static void load_parsed(introspect::Database& shadow, const Catalog& parsed) {
    PlanOptions simple;
    simple.strategy = Strategy::Simple;
    Plan p = plan(Catalog{}, parsed, simple);
    // One statement per round trip made the load as slow as psql -f: thousands of round trips and commits.
    // Statements of transactional steps go in batches instead, each one simple-query message that the server
    // runs as one implicit transaction (all or nothing). A batch the server rejects is rolled back whole and
    // run again one statement at a time, which names the statement and object at fault exactly as before
    // (and loads a batch whose statements only conflict within one transaction). Batches stay small enough
    // for max_locks_per_transaction: each CREATE holds a few locks until its batch commits.
    constexpr size_t kBatchStatements = 100;
    struct Pending {
      const Step* step;
      const std::string* sql;
    };
    std::vector<Pending> batch;
    auto one_by_one = [&](const std::vector<Pending>& items) {
      for (const auto& [step, stmt] : items) {
        try {
          shadow.execute(*stmt);
        } catch (const DiagnosticError& e) {
          // Point at the object the statement came from.
          SourceSpan span = span_for(spans_of(parsed), step->target);
          fail("load-error",
               "PostgreSQL rejected " + step->target.str() + " while loading the desired schema: " + e.diagnostic().message,
               span, source_text(span.file));
        }
      }
    };
    size_t total = 0, done = 0;
    for (const auto& step : p.steps) total += step.forward.size();
    Progress progress("loading the desired schema into a scratch database", total);
    auto flush = [&] {
      if (batch.empty()) return;
      done += batch.size();
      progress.update(done, batch.back().step->target.str());
      if (batch.size() == 1) {
        one_by_one(batch);
      } else {
        std::string text;
        for (const auto& item : batch) text += *item.sql + "\n;\n";  // a newline first ends a trailing -- comment
        try {
          shadow.execute(text);
        } catch (const DiagnosticError&) {
          one_by_one(batch);
        }
      }
      batch.clear();
    };
    for (const auto& step : p.steps) {
      if (!step.transactional) {
        flush();
        for (const auto& stmt : step.forward) batch.push_back({&step, &stmt});
        // Statements that refuse a transaction block go one at a time, each its own message.
        std::vector<Pending> alone = std::move(batch);
        batch.clear();
        done += alone.size();
        one_by_one(alone);
        continue;
      }
      for (const auto& stmt : step.forward) {
        batch.push_back({&step, &stmt});
        if (batch.size() == kBatchStatements) flush();
      }
    }
    flush();
  }

  std::string server_conninfo_;
  LoadOptions options_;
};

}  // namespace

std::string source_text(const std::string& file) {
  if (file.empty()) return {};
  try {
    for (auto& f : parser::read_sources(file))
      if (f.path == file) return f.text;
  } catch (...) {
  }
  return {};
}

SourceKind source_kind(const std::string& source) {
  if (source == "empty") return SourceKind::Empty;
  if (migrations::is_migration_source(source)) return SourceKind::Migrations;
  if (introspect::looks_like_connection(source)) return SourceKind::Database;
  return SourceKind::Files;
}

Catalog load_database(const std::string& conninfo, introspect::CatalogSessions sessions) {
  introspect::Database db(conninfo);
  return read_catalog(db, introspect::redact(conninfo), sessions);
}

Catalog load_migrations(const migrations::MigrationDir& dir, size_t count, const std::string& server,
                        const LoadOptions& options) {
  return ShadowLoader(server, options).replay(dir, count);
}

std::pair<migrations::MigrationDir, size_t> read_migration_source(const std::string& source,
                                                                  const std::optional<migrations::Layout>& layout) {
  migrations::MigrationSource ms = migrations::parse_migration_source(source);
  migrations::MigrationDir dir = migrations::read_migration_dir(ms.path, layout);
  size_t count = ms.stop_after.empty() ? dir.migrations.size() : migrations::migrations_through(dir, ms.stop_after);
  return {std::move(dir), count};
}

void refuse_dev_db_among(const std::string& dev_db, const std::vector<std::string>& databases) {
  if (dev_db.empty() || databases.empty()) return;
  const std::string scratch = introspect::Database(dev_db).database_identity();
  for (const auto& db : databases) {
    std::string identity;
    try {
      identity = introspect::Database(db).database_identity();
    } catch (const DiagnosticError& e) {
      // One that cannot be reached is not the scratch database just reached; its own read reports it.
      if (e.diagnostic().code != "connection-error") throw;
      continue;
    }
    if (identity == scratch)
      fail("usage", "--dev-db names the same database as " + introspect::redact(db) +
                        ": schemaplan empties the --dev-db database before it loads the schema there; give it a "
                        "scratch database of its own");
  }
}

CatalogPair load_desired(const std::string& schema, const std::string& server, const LoadOptions& options) {
  const SourceKind kind = source_kind(schema);
  if (kind != SourceKind::Files && kind != SourceKind::Migrations)
    fail("usage", "the desired schema must be SQL files or migrations:DIR, got '" + introspect::redact(schema) + "'");
  CatalogPair out;
  ShadowLoader loader(server, options);
  if (kind == SourceKind::Migrations) {
    const auto [dir, count] = read_migration_source(schema, options.layout);
    out.to = loader.replay(dir, count);
    with_runner_bookkeeping(options.filter).apply(out.to);
  } else {
    Catalog parsed = parse_source(schema, true, options, out.warnings);
    out.to = loader.load(parsed);
    options.filter.apply(out.to);
  }
  return out;
}

const std::map<ObjectId, SourceSpan>& CatalogPair::to_spans() const {
  if (spans_from_to) {
    spans = spans_of(to);
    spans_from_to = false;
  }
  return spans;
}

CatalogPair load_pair(const std::string& from, const std::string& to, const LoadOptions& options) {
  SourceKind fk = source_kind(from), tk = source_kind(to);
  CatalogPair out;
  bool migrations = fk == SourceKind::Migrations || tk == SourceKind::Migrations;
  ObjectFilter filter = migrations ? with_runner_bookkeeping(options.filter) : options.filter;
  // Filters both sides in place; the caller then returns `out` itself (moved: a lambda returning the captured
  // `out` copied both catalogs, ~3% of an offline plan of 10,000 tables with the copy's destruction).
  auto finish = [&] {
    filter.apply(out.from);
    filter.apply(out.to);
  };
  bool needs_server = fk == SourceKind::Database || tk == SourceKind::Database || fk == SourceKind::Migrations ||
                      tk == SourceKind::Migrations;
  if (needs_server && !options.role.empty())
    fail("usage", "--role is for plans between SQL files: with a database the role running the plan is the one "
                  "connecting");
  if (!needs_server && options.dev_db.empty()) {
    // The two sides are parsed at once, like two databases are read (both_sides.h): parsing is nearly all of
    // an offline plan's time, and the sides share nothing (libpg_query keeps its memory per thread). Each side
    // has its own warnings, joined in the order a sequential run gives them.
    std::vector<Diagnostic> from_warnings, to_warnings;
    std::tie(out.from, out.to) = introspect::read_both_sides(
        [&] { return parse_source(from, false, options, from_warnings); },
        [&] { return parse_source(to, false, options, to_warnings); });
    for (auto* w : {&from_warnings, &to_warnings})
      out.warnings.insert(out.warnings.end(), std::make_move_iterator(w->begin()), std::make_move_iterator(w->end()));
    if (options.role.empty()) warn_role_defaults(out);
    // `to` as parsed, unless the filter removes objects from it (their spans were found before it did).
    if (filter.empty()) out.spans_from_to = true;
    else out.spans = spans_of(out.to);
    out.offline = true;
    finish();
    return out;
  }
  std::string server = fk == SourceKind::Database ? from : tk == SourceKind::Database ? to : options.dev_db;
  if (server.empty())
    fail("usage", "replaying a migration directory needs a PostgreSQL server: give --dev-db URL (a scratch database "
                  "that schemaplan may empty), or compare with a database");
  // Read both file and migration sides first so that input errors are reported before any database work.
  std::optional<Catalog> parsed_from, parsed_to;
  std::optional<std::pair<migrations::MigrationDir, size_t>> dir_from, dir_to;
  auto prepare = [&](const std::string& source, SourceKind kind, std::optional<Catalog>& parsed,
                     std::optional<std::pair<migrations::MigrationDir, size_t>>& dir) {
    if (kind == SourceKind::Migrations) {
      dir = read_migration_source(source, options.layout);
    } else if (kind != SourceKind::Database) {
      parsed = parse_source(source, true, options, out.warnings);
    }
  };
  prepare(from, fk, parsed_from, dir_from);
  prepare(to, tk, parsed_to, dir_to);
  if (parsed_to) out.spans = spans_of(*parsed_to);
  std::vector<std::string> live;
  for (const auto& [source, kind] : {std::pair{&from, fk}, std::pair{&to, tk}})
    if (kind == SourceKind::Database) live.push_back(*source);
  if (parsed_from || parsed_to || dir_from || dir_to) refuse_dev_db_among(options.dev_db, live);
  ShadowLoader loader(server, options);
  // Both sides at once, each on its own connections (introspect/both_sides.h), unless both would be loaded
  // into the one --dev-db scratch database.
  bool from_scratch = parsed_from || dir_from, to_scratch = parsed_to || dir_to;
  bool concurrently = !(from_scratch && to_scratch && !options.dev_db.empty());
  const auto sessions = concurrently && fk == SourceKind::Database && tk == SourceKind::Database
                            ? introspect::sessions_for_both(from, to)
                            : introspect::CatalogSessions::by_size;
  auto load = [&](const std::string& source, std::optional<Catalog>& parsed,
                  std::optional<std::pair<migrations::MigrationDir, size_t>>& dir) {
    if (parsed) return loader.load(*parsed);
    if (dir) return loader.replay(dir->first, dir->second);
    return load_database(source, sessions);
  };
  std::tie(out.from, out.to) = introspect::read_both_sides([&] { return load(from, parsed_from, dir_from); },
                                                           [&] { return load(to, parsed_to, dir_to); }, concurrently);
  finish();
  return out;
}

}  // namespace schemaplan::cli
