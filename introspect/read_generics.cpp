// Objects kept as DDL text (model/generic.h) from the rows of queries::generics().
#include <stdexcept>

#include "introspect/catalog_reader.h"
#include "introspect/stored_expression.h"

namespace schemaplan::introspect {
namespace {

ObjectKind generic_kind(const std::string& name) {
  if (name == "range type") return ObjectKind::Type;
  if (name == "foreign table") return ObjectKind::Table;
  for (int k = static_cast<int>(ObjectKind::Aggregate); k <= static_cast<int>(ObjectKind::Conversion); ++k)
    if (name == kind_name(static_cast<ObjectKind>(k))) return static_cast<ObjectKind>(k);
  throw std::logic_error("unknown kind in the generic objects query: " + name);
}

}  // namespace

void read_generics(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    GenericObject g;
    g.kind = generic_kind(r.text("kind"));
    g.schema = r.text("schema");
    g.name = r.text("name");
    g.parent = r.text("parent");
    g.signature = r.text("signature");
    g.create = r.list("statements");
    // A rule's condition and actions are expressions printed as views are: read in the form PostgreSQL keeps once
    // its print is loaded again (stored_expression.h), so that a database and its own dump compare equal.
    if (g.kind == ObjectKind::Rule)
      for (auto& statement : g.create) statement = as_reloaded(statement);
    g.comment = r.optional_text("comment");
    g.meta.deps = decode_deps(r.list("deps"));
    catalog.generics.push_back(std::move(g));
  });
}

}  // namespace schemaplan::introspect
