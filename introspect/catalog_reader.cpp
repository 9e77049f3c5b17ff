#include "introspect/catalog_reader.h"

#include <map>

#include <stdexcept>

#include "introspect/catalog_queries.h"

namespace schemaplan::introspect {

Catalog read_catalog_with(const QueryFn& query) {
  Catalog catalog;
  query(queries::set_search_path());
  read_schemas(query(queries::schemas()), catalog);
  read_extensions(query(queries::extensions()), catalog);
  read_enums(query(queries::enums()), catalog);
  read_sequences(query(queries::sequences()), catalog);
  read_tables(query(queries::tables()), catalog);
  read_columns(query(queries::columns()), catalog);
  read_constraints(query(queries::constraints()), catalog);
  read_indexes(query(queries::indexes()), catalog);
  read_functions(query(queries::functions()), catalog);
  read_triggers(query(queries::triggers()), catalog);
  read_unsupported(query(queries::unsupported()), catalog);
  read_views(query(queries::views()), catalog);
  read_domains(query(queries::domains()), catalog);
  read_composites(query(queries::composites()), catalog);
  read_policies(query(queries::policies()), catalog);
  read_grants(query(queries::grants()), catalog);
  read_default_privileges(query(queries::default_privileges()), catalog);
  read_owners(query(queries::owners()), catalog);
  read_generics(query(queries::generics()), catalog);
  normalize(catalog);
  return catalog;
}

namespace {

/// The kinds of generic_ref() (catalog_sql.cpp) by letter.
const ObjectKind* generic_ref_kind(const std::string& letter) {
  static const std::map<std::string, ObjectKind> kinds = {
      {"C", ObjectKind::Collation},          {"O", ObjectKind::Operator},
      {"K", ObjectKind::OperatorClass},      {"Y", ObjectKind::OperatorFamily},
      {"D", ObjectKind::TextSearchDictionary}, {"G", ObjectKind::TextSearchConfiguration},
      {"P", ObjectKind::TextSearchParser},   {"M", ObjectKind::TextSearchTemplate},
      {"V", ObjectKind::ForeignServer},      {"W", ObjectKind::ForeignDataWrapper}};
  auto it = kinds.find(letter);
  return it == kinds.end() ? nullptr : &it->second;
}

}  // namespace

std::vector<ObjectId> decode_deps(const std::vector<std::string>& flat) {
  if (flat.size() % 4 != 0) throw std::logic_error("dependency list is not made of quadruples");
  std::vector<ObjectId> out;
  for (std::size_t i = 0; i < flat.size(); i += 4) {
    const std::string& kind = flat[i];
    const std::string& schema = flat[i + 1];
    const std::string& name = flat[i + 2];
    const std::string& signature = flat[i + 3];
    if (kind == "E")
      out.push_back({ObjectKind::Extension, "", name, "", ""});
    else if (kind == "S")
      out.push_back({ObjectKind::Sequence, schema, name, "", ""});
    else if (kind == "F")
      out.push_back({ObjectKind::Function, schema, name, "", signature});
    else if (kind == "T")
      out.push_back({ObjectKind::Type, schema, name, "", ""});
    else if (kind == "R")
      out.push_back({ObjectKind::Table, schema, name, "", ""});
    else if (kind == "A")
      out.push_back({ObjectKind::Aggregate, schema, name, "", signature});
    else if (kind == "L")  // a column: its table in the signature's place
      out.push_back({ObjectKind::Column, schema, name, signature, ""});
    else if (kind == "N")
      out.push_back({ObjectKind::Schema, "", name, "", ""});
    else if (kind == "v")  // a view (a rule's, a statistics object's relation; generic_stats_rules_query.cpp)
      out.push_back({ObjectKind::View, schema, name, "", ""});
    else if (kind == "m")
      out.push_back({ObjectKind::MaterializedView, schema, name, "", ""});
    else if (const ObjectKind* k = generic_ref_kind(kind))
      out.push_back({*k, schema, name, "", signature});
    else
      throw std::logic_error("unknown dependency kind " + kind);
  }
  return out;
}

void read_unsupported(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) { catalog.unsupported.push_back(r.text("what")); });
}

}  // namespace schemaplan::introspect
