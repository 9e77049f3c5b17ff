#pragma once
/// A live PostgreSQL database: connect, run SQL, read its schema into the model. libpqxx stays behind this
/// interface (its headers are slow to compile and must not leak into the rest of the tree).
#include <memory>
#include <optional>
#include <string>

#include "model/model.h"

namespace schemaplan::introspect {

/// True when `source` names a database rather than files: a postgres:// or postgresql:// URL, or a libpq
/// conninfo string (contains '=' such as "host=... dbname=...").
bool looks_like_connection(const std::string& source);

/// `conninfo` with any password removed, for messages.
std::string redact(const std::string& conninfo);

/// How many sessions read a catalog. by_size: three sessions in one snapshot when the database holds more than a
/// few hundred relations, else one: on a small catalog the queries' cost is planning them in a backend whose
/// catalog caches are cold, which each extra session pays again, plus its connection (docs/performance.md,
/// "fourth round"). one / three: always that many (tests compare the two on a small catalog).
enum class CatalogSessions { by_size, one, three };

/// How many sessions each of two databases read at the same time (introspect/both_sides.h) reads its catalog on:
/// one when both are on the same server (server_of()), whose cores the two reads share: three each were six
/// backends on two cores, each warming its catalog caches again, slower and holding more results in memory at
/// once (docs/performance.md, sixth round); else by size, as a read alone.
CatalogSessions sessions_for_both(const std::string& from_conninfo, const std::string& to_conninfo);

class Database {
 public:
  /// Connects; throws DiagnosticError (code "connection-error") with the password redacted on failure.
  explicit Database(const std::string& conninfo);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// Reads every user schema (all schemas but pg_catalog, information_schema, pg_toast, temp schemas) with a
  /// small fixed number of bulk catalog queries (one per object kind), never one query per table, all in one
  /// read-only REPEATABLE READ transaction so they see one snapshot. Objects that belong to an extension are
  /// left out (the extension stands for them). Objects of kinds the model does not cover yet are listed in
  /// Catalog::unsupported. Needs PostgreSQL 14 or later (DiagnosticError "unsupported-server" otherwise).
  /// `sessions`: how many connections share the reading (the catalog read is the same either way).
  Catalog read_catalog(CatalogSessions sessions = CatalogSessions::by_size);

  /// Runs SQL (may hold several statements) outside any explicit transaction. Throws DiagnosticError
  /// (code "sql-error") with the server's message on failure; when the server says where in the text the
  /// error is, the span's line and column point there (its file is empty: the caller knows the text).
  void execute(const std::string& sql);

  /// Runs one read-only query and returns the first column of its first row as text ("" for none or NULL).
  /// For the CLI's planning-time questions that are not part of the schema (e.g. counting rows that hold a
  /// value a plan removes): read_catalog() never calls it.
  std::string query_value(const std::string& sql);

  /// query_value() given at most `timeout_ms` milliseconds (statement_timeout, which counts waiting for a lock
  /// too): nullopt when the server cancelled it for taking longer. For questions to a production database that
  /// must never turn into a long scan (e.g. count(*) over a 50 GB table during a mere diff).
  std::optional<std::string> query_value_within(const std::string& sql, int timeout_ms);

  /// Which database this is, however it was reached (a socket or TCP, another host name for the same server):
  /// the server's start time, its port setting and the database's name. Two connections give the same text
  /// exactly when they reach the same database of the same running server.
  std::string database_identity();
  /// Name of the connected database and the conninfo to reach another database on the same server.
  std::string database_name();
  std::string conninfo_for(const std::string& dbname) const;

  /// Creates a uniquely named empty database on this server (for loading SQL files) and returns its name,
  /// `schemaplan_tmp_<pid>_<counter>_<random>`. It is copied from the server's default template, template1,
  /// not template0: a DBA may have put extensions there that loading a schema needs without superuser
  /// rights. The flip side: whatever template1 holds shows up in the new database (and in read_catalog()).
  std::string create_temp_database();
  /// Drops a database created above, if it still exists (WITH (FORCE): other sessions are terminated).
  void drop_database(const std::string& name);
  /// Empties a scratch database for --dev-db: drops every user schema, every extension but plpgsql, event
  /// triggers, publications and foreign data wrappers, and recreates `public` exactly as PostgreSQL 15 creates
  /// it (owner pg_database_owner, USAGE for PUBLIC, its standard comment), in one transaction.
  void reset_database();

  /// Number of SQL round trips sent so far (catalog queries, execute() calls, ...), so that tests can check
  /// that read_catalog() costs the same for one table as for fifty. A catalog query counts once, though its
  /// cursor takes a DECLARE, a FETCH per 10,000 rows and a CLOSE.
  int queries_run() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string conninfo_;
};

}  // namespace schemaplan::introspect
