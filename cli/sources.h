#pragma once
/// Turns the user's SOURCE arguments into catalogs that can be compared exactly.
///
/// Design (docs/design.md): the parser and PostgreSQL print expressions differently, so a parsed catalog is
/// only compared with another parsed catalog. When either side is a live database, every SQL side is loaded
/// into a temporary database created on that server (or into the --dev-db scratch database) and introspected:
/// both sides then come from PostgreSQL's own catalogs (the shadow-database technique of Prisma and Atlas).
/// With no database at all, the two parsed models are compared offline.
#include <optional>
#include <string>

#include "model/model.h"

namespace schemaplan::cli {

enum class SourceKind { Empty, Files, Database };

SourceKind source_kind(const std::string& source);

struct LoadOptions {
  std::string dev_db;  ///< conninfo of a scratch database to load SQL into; empty: create a temporary one
};

struct CatalogPair {
  Catalog from;
  Catalog to;
  bool offline = false;  ///< true when both came from the parser
};

/// Loads both sides (see above). Throws DiagnosticError on bad input or connection problems.
CatalogPair load_pair(const std::string& from, const std::string& to, const LoadOptions& options);

/// Loads one side on its own (a database is read; files are parsed, or loaded into `server` when given).
Catalog load_database(const std::string& conninfo);

}  // namespace schemaplan::cli
