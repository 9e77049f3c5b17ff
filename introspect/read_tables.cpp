// Tables and their columns.
#include "introspect/catalog_reader.h"
#include "introspect/stored_expression.h"

#include <optional>
#include <stdexcept>

namespace schemaplan::introspect {

void read_tables(const TextTable& rows, Catalog& catalog) {
  catalog.tables.reserve(catalog.tables.size() + rows.size());
  for_each_row(rows, [&](const TextRow& r) {
    Table t;
    t.schema = r.text("schema");
    t.name = r.text("name");
    t.unlogged = r.flag("unlogged");
    t.comment = r.optional_text("comment");
    t.partition_key = r.text("partition_key");
    if (auto parent = r.optional_text("parent_name")) {
      t.partition_of = TableRef{r.text("parent_schema"), *parent};
      t.partition_bound = r.text("partition_bound");
      t.meta.deps.push_back({ObjectKind::Table, t.partition_of->schema, t.partition_of->name, "", ""});
    }
    auto inherits = r.list("inherits");
    for (size_t i = 0; i + 1 < inherits.size(); i += 2) {
      t.inherits.push_back(TableRef{inherits[i], inherits[i + 1]});
      t.meta.deps.push_back({ObjectKind::Table, inherits[i], inherits[i + 1], "", ""});
    }
    t.row_security = r.flag("row_security");
    t.force_row_security = r.flag("force_row_security");
    t.options.items = r.list("options");
    t.toast_options.items = r.list("toast_options");
    t.replica_identity = r.letter("replica_identity") ? r.letter("replica_identity") : 'd';
    t.stats.known = true;
    t.stats.rows = r.number("est_rows");
    // stats.bytes: asked by the CLI for the tables a plan locks (the catalog query does not read sizes).
    catalog.tables.push_back(std::move(t));
  });
}

namespace {

// The identity sequence's options: type, start, increment, min, max, cache, cycle (none when the column has no
// identity sequence).
SequenceOptions identity_options(const TextRow& r) {
  SequenceOptions o;
  const auto f = r.list("identity_options");
  if (f.empty()) return o;
  if (f.size() != 7) throw std::logic_error("columns: identity_options is not seven fields");
  const auto number = [](const std::string& text) { return whole_number(text, "identity_options"); };
  o.data_type = f[0];
  o.start = number(f[1]);
  o.increment = number(f[2]);
  o.min_value = number(f[3]);
  o.max_value = number(f[4]);
  o.cache = number(f[5]);
  o.cycle = f[6] == "true";  // a boolean cast to text
  return o;
}

}  // namespace

void read_columns(const TextTable& rows, const TablesByOid& tables, const Dependencies& deps) {
  const auto order = rows_by_relation(rows, "rel", "number");
  reserve_per_table(rows, order, tables, &Table::columns, [](const TextRow& r) { return !r.flag("inherited"); });
  // Looked up once per table, not per column (rows_by_relation() puts each table's rows together).
  std::optional<std::uint32_t> rel;
  Table* table = nullptr;
  for (const RelationRow& o : order) {
    const TextRow r(rows, o.row);
    if (o.rel != rel) {
      rel = o.rel;
      table = tables.find(o.rel);
    }
    // Both queries filter tables alike and run in one snapshot, so this only skips rows if that breaks.
    if (!table) continue;
    Column c;
    c.name = r.text("name");
    c.type = r.text("type");
    c.not_null = r.flag("not_null");
    c.default_expr = reloaded(r.optional_text("default_expr"));
    c.generated = reloaded(r.optional_text("generated"));
    c.identity = r.letter("identity");
    if (c.identity) c.identity_options = identity_options(r);
    c.collation = r.text("collation");
    c.comment = r.optional_text("comment");
    c.statistics = static_cast<int>(r.number("statistics"));
    c.storage = r.letter("storage");
    c.compression = r.letter("compression");
    c.options.items = r.list("options");
    c.meta.deps = deps.of_column(o.rel, static_cast<int>(o.number), r.field("default_oid"));
    if (r.flag("inherited")) {
      // A column of its parents' that the child set otherwise (the query returns only such ones).
      table->inherited_settings.push_back(InheritedColumn{c.name, c.not_null, c.default_expr, c.meta});
      continue;
    }
    table->columns.push_back(std::move(c));
  }
}

}  // namespace schemaplan::introspect
