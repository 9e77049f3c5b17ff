#pragma once
/// Turns the user's SOURCE arguments into catalogs that can be compared exactly.
///
/// Design (docs/design.md): the parser and PostgreSQL print expressions differently, so a parsed catalog is
/// only compared with another parsed catalog. When either side is a live database, every SQL side is loaded
/// into a temporary database created on that server (or into the --dev-db scratch database) and introspected:
/// both sides then come from PostgreSQL's own catalogs (the shadow-database technique of Prisma and Atlas).
/// With no database at all, the two parsed models are compared offline. A migration directory
/// (`migrations:PATH[@NAME]`) is replayed, as its runner would, into such a database and introspected too.
#include <map>
#include <optional>
#include <utility>
#include <string>

#include "migrations/migration_dir.h"
#include "cli/object_filter.h"
#include "introspect/database.h"
#include "model/diagnostic.h"
#include "model/model.h"

namespace schemaplan::cli {

enum class SourceKind { Empty, Files, Database, Migrations };

SourceKind source_kind(const std::string& source);

struct LoadOptions {
  std::string dev_db;  ///< conninfo of a scratch database to load SQL into; empty: create a temporary one
  std::optional<migrations::Layout> layout;  ///< layout of migration directories; none: guessed from the file names
  ObjectFilter filter;           ///< applied to both sides after loading
  bool strict = false;           ///< data statements in SQL files are errors (parser::ParseOptions::strict)
  std::string role;  ///< between SQL files: the role that will run the plan (parser::ParseOptions::running_role)
};

struct CatalogPair {
  Catalog from;
  Catalog to;
  bool offline = false;  ///< true when both came from the parser
  std::vector<Diagnostic> warnings;          ///< from reading SQL files (skipped data statements)

  /// Where the desired objects are declared (SQL file sources only). Found from `to` on first use when `to` is
  /// the parsed catalog as read: only a GitHub annotation or a missing role asks, and walking every object into
  /// a map (and freeing it) was ~3% of an offline plan of 10,000 tables.
  const std::map<ObjectId, SourceSpan>& to_spans() const;
  mutable std::map<ObjectId, SourceSpan> spans;  ///< to_spans(), when found
  mutable bool spans_from_to = false;            ///< to_spans() is still to be found from `to`
};

/// A migration source `migrations:PATH[@NAME]` read: its directory, and how many of its migrations it names
/// (through NAME, else all). `layout`: as LoadOptions::layout.
std::pair<migrations::MigrationDir, size_t> read_migration_source(const std::string& source,
                                                                  const std::optional<migrations::Layout>& layout);
/// Loads both sides (see above). Throws DiagnosticError on bad input or connection problems.
CatalogPair load_pair(const std::string& from, const std::string& to, const LoadOptions& options);

/// Loads only the desired side, `schema` (SQL files or a migration directory), into a scratch database:
/// options.dev_db, or a temporary database created on `server`. The result is in `to`, filtered; `from` stays
/// empty, and so do the spans (a load error still points at the files). For checking many databases against one
/// schema (drift over a fleet).
CatalogPair load_desired(const std::string& schema, const std::string& server, const LoadOptions& options);
/// Refuses (usage error, exit 2) a --dev-db that is one of `databases`: the scratch database is emptied before
/// anything is loaded into it. Compared by what the servers say (Database::database_identity()), not by the
/// text of the connection strings. Connects to each; one that cannot be reached is skipped.
void refuse_dev_db_among(const std::string& dev_db, const std::vector<std::string>& databases);
/// Reads a live database.
Catalog load_database(const std::string& conninfo,
                      introspect::CatalogSessions sessions = introspect::CatalogSessions::by_size);

/// The text of the SQL file a span points into, for printing its line under an error; "" when it cannot be read.
std::string source_text(const std::string& file);

/// The state after the first `count` migrations of `dir`, replayed into a scratch database (options.dev_db, or
/// a temporary database created on `server`). The filter is not applied.
Catalog load_migrations(const migrations::MigrationDir& dir, size_t count, const std::string& server,
                        const LoadOptions& options);

}  // namespace schemaplan::cli
