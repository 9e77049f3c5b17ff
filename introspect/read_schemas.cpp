// Schemas, extensions and enum types: the objects that tables are built from.
#include "introspect/catalog_reader.h"

namespace schemaplan::introspect {

void read_schemas(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    Schema s;
    s.name = r.text("name");
    s.comment = r.optional_text("comment");
    catalog.connecting_role = r.text("role");
    catalog.schemas.push_back(std::move(s));
  });
}

void read_extensions(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    Extension e;
    e.name = r.text("name");
    e.schema = r.text("schema");
    e.version = r.text("version");
    e.comment = r.optional_text("comment");
    // An extension that requires another (earthdistance needs cube) can only be created after it.
    for (auto& required : r.list("requires")) e.meta.deps.push_back({ObjectKind::Extension, "", required, "", ""});
    catalog.extensions.push_back(std::move(e));
  });
}

void read_enums(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    EnumType e;
    e.schema = r.text("schema");
    e.name = r.text("name");
    e.values = r.list("labels");
    e.comment = r.optional_text("comment");
    catalog.enums.push_back(std::move(e));
  });
}

}  // namespace schemaplan::introspect
