#pragma once
/// The SQL that empties a scratch database for --dev-db (Database::reset_database).
#include <string>

#include "introspect/text_table.h"

namespace schemaplan::introspect {

/// Looks up what the database holds through `query` and returns the statements that drop it all and
/// recreate `public` as PostgreSQL 15 creates it, so the result cannot be told apart from a fresh database
/// (created from an empty template). Run the result in one transaction.
std::string reset_script(const QueryFn& query);

}  // namespace schemaplan::introspect
