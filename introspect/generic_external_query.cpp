// Foreign data wrappers, servers, user mappings, publications, event triggers and range types as DDL text
// (generic_queries.h).
#include "introspect/catalog_sql.h"
#include "introspect/generic_queries.h"

namespace schemaplan::introspect::generic_parts {

std::vector<std::string> external() { return {}; }

}  // namespace schemaplan::introspect::generic_parts
