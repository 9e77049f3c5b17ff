#include "introspect/catalog_reader.h"
#include "introspect/stored_expression.h"

#include <stdexcept>

namespace schemaplan::introspect {

IndexFlags read_index_flags(const TextRow& r) {
  IndexFlags f;
  f.clustered = r.flag("clustered");
  f.replica_identity = r.flag("replica_identity");
  auto stats = r.list("index_statistics");
  for (size_t i = 0; i + 1 < stats.size(); i += 2) f.statistics[std::stoi(stats[i])] = std::stoi(stats[i + 1]);
  return f;
}

void read_indexes(const TextTable& rows, Catalog& catalog, const RelationColumns& columns, const Dependencies& deps) {
  catalog.indexes.reserve(catalog.indexes.size() + rows.size());
  for_each_row(rows, [&](const TextRow& r) {
    Index i;
    i.schema = r.text("schema");
    i.name = r.text("name");
    i.table = r.text("table_name");
    i.unique = r.flag("is_unique");
    auto definition = r.optional_text("definition");
    // The query cuts off the prefix it rebuilt itself; a mismatch means PostgreSQL changed how
    // pg_get_indexdef() prints, which must not silently produce a wrong definition.
    if (!definition || definition->rfind("USING ", 0) != 0)
      throw std::logic_error("unexpected pg_get_indexdef() output for index " + i.name + ": " +
                             r.text("full_definition"));
    i.definition = as_reloaded(*definition);
    // 0 in the key stands for an expression.
    auto key = column_numbers(r.field("key_numbers"));
    std::erase_if(key, [](int n) { return n <= 0; });
    i.columns = columns.names(r.field("rel").value_or(""), key, column_numbers(r.field("used_numbers")));
    auto parts = r.list("partition_indexes");
    for (size_t k = 0; k + 2 < parts.size(); k += 3) i.partition_indexes.push_back({parts[k], parts[k + 1], parts[k + 2]});
    i.comment = r.optional_text("comment");
    i.flags = read_index_flags(r);
    i.meta.deps = deps.of_index(r.field("oid").value_or(""));
    catalog.indexes.push_back(std::move(i));
  });
}

}  // namespace schemaplan::introspect
