#pragma once
/// A catalog's fingerprint: a stable hash of everything a plan would create to build it from nothing, so that
/// two catalogs the differ finds equal have the same fingerprint. plan.json records the fingerprints of its
/// from- and to-states; `apply` compares them with the live database before and after (apply/).
#include <string>

#include "model/model.h"

namespace schemaplan {

/// Hex SHA-256 over the statements of `plan(empty, catalog)` with the simple strategy (the DDL `inspect`
/// prints), one per line, step by step. Left out, because they depend on who reads the catalog rather than on
/// the schema: owners and the connecting role (a plan only changes owners the desired files state, and the
/// database's owners are whoever ran the statements), rename hints (comments in the files), and the list of
/// unmodelled objects (warnings, never planned); nor, as in the differ, the order of a table's columns (matched
/// by name) and whether a child table's column or CHECK that it inherits is also its own. Only catalogs read from
/// PostgreSQL are comparable this way: a parsed catalog spells expressions differently (see cli/sources.h).
std::string catalog_fingerprint(const Catalog& catalog);

}  // namespace schemaplan
