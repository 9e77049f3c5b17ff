// Collations, text search objects, extended statistics and rules as DDL text (generic_queries.h).
#include "introspect/catalog_sql.h"
#include "introspect/generic_queries.h"

namespace schemaplan::introspect::generic_parts {

std::vector<std::string> text_and_tables() { return {}; }

}  // namespace schemaplan::introspect::generic_parts
