#include "introspect/catalog_reader.h"
#include "introspect/stored_expression.h"

#include <stdexcept>

namespace schemaplan::introspect {

namespace {

ConstraintType constraint_type(char contype) {
  switch (contype) {
    case 'p': return ConstraintType::PrimaryKey;
    case 'u': return ConstraintType::Unique;
    case 'c': return ConstraintType::Check;
    case 'f': return ConstraintType::ForeignKey;
    case 'x': return ConstraintType::Exclude;
  }
  // The query selects exactly these five.
  throw std::logic_error(std::string("unexpected constraint type ") + contype);
}

}  // namespace

void read_constraints(const TextTable& rows, const TablesByOid& tables, const RelationColumns& columns,
                      const Dependencies& deps) {
  const auto order = rows_by_relation(rows, "rel");
  reserve_per_table(rows, order, tables, &Table::constraints, [](const TextRow&) { return true; });
  for (const RelationRow& o : order) {
    const TextRow r(rows, o.row);
    Table* table = tables.find(o.rel);
    if (!table) continue;  // see read_columns
    Constraint c;
    c.name = r.text("name");
    c.type = constraint_type(r.letter("type"));
    c.definition = as_reloaded(r.text("definition"));
    c.columns = columns.names(r.field("rel").value_or(""), column_numbers(r.field("key_numbers")), column_numbers(r.field("used_numbers")));
    c.ref_schema = r.text("ref_schema");
    c.ref_table = r.text("ref_table");
    if (auto ref = r.field("ref_rel")) c.ref_columns = columns.names(*ref, column_numbers(r.field("ref_numbers")));
    c.deferrable = r.flag("deferrable");
    c.initially_deferred = r.flag("deferred");
    c.validated = r.flag("validated");
    c.comment = r.optional_text("comment");
    c.flags = read_index_flags(r);
    c.meta.deps = deps.of_constraint(r.field("oid").value_or(""), r.field("index_oid"));
    // A foreign key needs the referenced table (and its key) to exist first.
    if (c.type == ConstraintType::ForeignKey)
      c.meta.deps.push_back({ObjectKind::Table, c.ref_schema, c.ref_table, "", ""});
    table->constraints.push_back(std::move(c));
  }
}

}  // namespace schemaplan::introspect
