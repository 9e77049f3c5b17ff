#include "introspect/catalog_reader.h"
#include "introspect/stored_expression.h"
#include "model/sql_writer.h"

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

// An ON UPDATE / ON DELETE action as pg_get_constraintdef() prints it; empty for NO ACTION, which it leaves out.
std::string_view fk_action(char code) {
  switch (code) {
    case 'r': return "RESTRICT";
    case 'c': return "CASCADE";
    case 'n': return "SET NULL";
    case 'd': return "SET DEFAULT";
    default: return "";
  }
}

// The text pg_get_constraintdef() prints for a primary key, unique constraint or foreign key, from the catalog
// fields the query returns and the column names (ruleutils.c, pg_get_constraintdef_worker(): the same words and
// separators, each name through quote_identifier(), which sql::ident() is, and the referenced table always
// schema-qualified, as the catalog session's empty search_path makes generate_relation_name() print it). CHECK
// and EXCLUDE keep the function's own text. read_constraints_test.cpp compares the two on every shape.
std::string key_definition(const TextRow& r, char type, const RelationColumns& columns, const std::string& name) {
  const auto rel = r.field("rel").value_or("");
  auto named = [&](std::string_view of, std::optional<std::string_view> numbers) {
    auto names = columns.each_name(of, column_numbers(numbers));
    if (!names)
      throw std::runtime_error("constraint " + sql::ident(name) + " names a column the catalog read did not list");
    return "(" + sql::ident_list(*names) + ")";
  };
  std::string out;
  if (type == 'p' || type == 'u') {
    out = type == 'p' ? "PRIMARY KEY " : "UNIQUE ";
    if (type == 'u' && r.flag("nulls_not_distinct")) out += "NULLS NOT DISTINCT ";
    out += named(rel, r.field("key_numbers"));
    if (auto include = r.field("include_numbers")) out += " INCLUDE " + named(rel, include);
  } else {
    out = "FOREIGN KEY " + named(rel, r.field("key_numbers")) + " REFERENCES " +
          sql::qualified(r.text("ref_schema"), r.text("ref_table")) +
          named(r.field("ref_rel").value_or(""), r.field("ref_numbers"));
    switch (r.letter("match_type")) {
      case 'f': out += " MATCH FULL"; break;
      case 'p': out += " MATCH PARTIAL"; break;
      default: break;
    }
    if (auto a = fk_action(r.letter("on_update")); !a.empty()) out += " ON UPDATE " + std::string(a);
    if (auto a = fk_action(r.letter("on_delete")); !a.empty()) out += " ON DELETE " + std::string(a);
    if (auto set = r.field("delete_set_numbers")) out += " " + named(rel, set);
  }
  if (r.flag("deferrable")) out += " DEFERRABLE";
  if (r.flag("deferred")) out += " INITIALLY DEFERRED";
  if (!r.flag("validated")) out += " NOT VALID";
  return out;
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
    const char type = r.letter("type");
    c.type = constraint_type(type);
    c.definition = type == 'c' || type == 'x' ? as_reloaded(r.text("definition")) : key_definition(r, type, columns, c.name);
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
