#pragma once
/// Turns the results of the catalog queries (catalog_queries.h) into the model. Free of libpqxx: the
/// connection hands rows over as TextTables through a QueryFn.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "introspect/text_table.h"
#include "model/model.h"

namespace schemaplan::introspect {

/// Reads the whole catalog through `query`, one call per catalog query (a fixed number, however many
/// objects there are), and returns it normalised. `query` must run everything in one transaction: the
/// first call makes the search_path empty for the rest of that transaction only.
Catalog read_catalog_with(const QueryFn& query);

/// Decodes a `deps` column: a flat list of (kind letter, schema, name, signature) quadruples.
std::vector<ObjectId> decode_deps(const std::vector<std::string>& flat);

/// The catalog's tables by (schema, name), for attaching columns and constraints. The pointers stay valid
/// while catalog.tables is not resized.
std::map<std::pair<std::string, std::string>, Table*> tables_by_name(Catalog& catalog);

// One reader per query; each appends to `catalog`. Columns and constraints attach to the tables read before.
void read_schemas(const TextTable& rows, Catalog& catalog);
void read_extensions(const TextTable& rows, Catalog& catalog);
void read_enums(const TextTable& rows, Catalog& catalog);
void read_sequences(const TextTable& rows, Catalog& catalog);
void read_tables(const TextTable& rows, Catalog& catalog);
void read_columns(const TextTable& rows, Catalog& catalog);
void read_constraints(const TextTable& rows, Catalog& catalog);
/// clustered, replica_identity and index_statistics of an index or of a key constraint's index.
IndexFlags read_index_flags(const TextRow& r);
void read_indexes(const TextTable& rows, Catalog& catalog);
void read_functions(const TextTable& rows, Catalog& catalog);
void read_triggers(const TextTable& rows, Catalog& catalog);
void read_unsupported(const TextTable& rows, Catalog& catalog);
void read_views(const TextTable& rows, Catalog& catalog);
void read_domains(const TextTable& rows, Catalog& catalog);
void read_composites(const TextTable& rows, Catalog& catalog);
void read_policies(const TextTable& rows, Catalog& catalog);
void read_grants(const TextTable& rows, Catalog& catalog);
void read_default_privileges(const TextTable& rows, Catalog& catalog);
void read_owners(const TextTable& rows, Catalog& catalog);
void read_generics(const TextTable& rows, Catalog& catalog);

}  // namespace schemaplan::introspect
